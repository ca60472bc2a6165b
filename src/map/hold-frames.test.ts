import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdFrames } from './hold-frames.ts';

/** What holdFrames touches of MapLibre's map: its pending frame and, on its prototype, triggerRepaint. */
class FakeMap {
  _frameRequest: AbortController | null = null;
  repaints = 0;
  triggerRepaint() {
    this.repaints += 1;
  }
}
const hold = (map: FakeMap) => holdFrames(map as unknown as MapLibreMap);

describe('holdFrames', () => {
  afterEach(() => vi.useRealTimers());

  it('swallows the frames asked for while held and draws once on release', () => {
    const map = new FakeMap();
    const release = hold(map);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(map.repaints).toBe(0);
    release();
    expect(map.repaints).toBe(1);
    map.triggerRepaint(); // released: frames are asked for as before
    expect(map.repaints).toBe(2);
    release(); // a second release changes nothing
    expect(map.repaints).toBe(2);
  });

  it('does not draw on release when no frame was asked for', () => {
    const map = new FakeMap();
    hold(map)();
    expect(map.repaints).toBe(0);
  });

  it('cancels a frame already pending and draws it on release', () => {
    const map = new FakeMap();
    const pending = new AbortController();
    map._frameRequest = pending;
    const release = hold(map);
    expect(pending.signal.aborted).toBe(true);
    expect(map._frameRequest).toBeNull();
    release();
    expect(map.repaints).toBe(1);
  });

  it('lets go by itself after a second, so a source that never loads cannot freeze the map', () => {
    vi.useFakeTimers();
    const map = new FakeMap();
    hold(map);
    map.triggerRepaint();
    vi.advanceTimersByTime(999);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
  });

  it('leaves a hold in place to the first holder: a second hold releases nothing', () => {
    const map = new FakeMap();
    const first = hold(map);
    const second = hold(map);
    map.triggerRepaint();
    second();
    expect(map.repaints).toBe(0);
    first();
    expect(map.repaints).toBe(1);
  });
});
