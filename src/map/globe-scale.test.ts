import { describe, expect, it } from 'vitest';
import { globeRadius } from './globe-scale.ts';

describe('globeRadius', () => {
  it('is the world size over 2π at the equator, as MapLibre sizes its globe', () => {
    expect(globeRadius(0, 0)).toBeCloseTo(512 / (2 * Math.PI), 6);
  });
  it('doubles with each zoom level', () => {
    expect(globeRadius(3, 40) / globeRadius(2, 40)).toBeCloseTo(2, 6);
  });
  it('grows with the latitude of the centre (1 / cos latitude)', () => {
    expect(globeRadius(2, 60) / globeRadius(2, 0)).toBeCloseTo(2, 6);
  });
});
