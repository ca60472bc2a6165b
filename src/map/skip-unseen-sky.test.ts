import { describe, expect, it, vi } from 'vitest';
import { atmosphereShows, onlyIfShown, skyShows } from './skip-unseen-sky.ts';

const colour = (a: number) => ({ r: 0.5, g: 0.5, b: 1, a });
/** MapLibre's sky when the style sets none: transparent, with no atmosphere. */
const NO_SKY = { 'sky-color': colour(0), 'horizon-color': colour(0), 'atmosphere-blend': 0 };
type Draw = Parameters<typeof onlyIfShown>[0];
const frameWith = (sky: object | undefined) => ({ data: { sky } }) as unknown as Parameters<Draw>[1];
const mesh = {} as Parameters<Draw>[0];

describe('the sky and the atmosphere', () => {
  it('are not drawn (nor their shaders built) when the sky is transparent with no atmosphere', () => {
    const draw = vi.fn();
    onlyIfShown(draw, skyShows)(mesh, frameWith(NO_SKY));
    onlyIfShown(draw, atmosphereShows)(mesh, frameWith(NO_SKY));
    expect(draw).not.toHaveBeenCalled();
  });

  it('are drawn when they show, and when the sky is not known yet', () => {
    const sky = vi.fn();
    const atmosphere = vi.fn();
    onlyIfShown(sky, skyShows)(mesh, frameWith({ ...NO_SKY, 'horizon-color': colour(0.4) }));
    onlyIfShown(atmosphere, atmosphereShows)(mesh, frameWith({ ...NO_SKY, 'atmosphere-blend': 0.8 }));
    onlyIfShown(sky, skyShows)(mesh, frameWith(undefined));
    expect(sky).toHaveBeenCalledTimes(2);
    expect(atmosphere).toHaveBeenCalledTimes(1);
  });
});
