import { describe, expect, it } from 'vitest';
import { flowWidthFactor, globeProjection, viewpointDistance } from './globe.ts';
import { globeRadius } from '../../map/globe-scale.ts';
import { pathData } from './path-string.ts';
import { defaultCamera, DEFAULT_FRAME } from '../../map/camera.ts';
import { STATIC_SIZE } from './views.ts';

describe('viewpointDistance', () => {
  it('puts the camera 1.5 picture heights above the centre (MapLibre’s 36.87° field of view)', () => {
    expect(viewpointDistance(600, 600)).toBeCloseTo(2.5, 6);
    expect(viewpointDistance(300, 600)).toBeCloseTo(4, 6);
  });
});

describe('globeProjection', () => {
  const camera = { longitude: 100, latitude: 40, zoom: 2.5 };
  const size = { width: 800, height: 500 };
  const projection = globeProjection(camera, size);

  it('puts the camera centre in the middle of the picture', () => {
    const [x, y] = projection([100, 40])!;
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(250, 6);
  });
  it('puts north up and east right', () => {
    expect(projection([100, 50])![1]).toBeLessThan(250);
    expect(projection([110, 40])![0]).toBeGreaterThan(400);
  });
  it('sees less than a hemisphere, as a camera near the globe does', () => {
    // About 80° south of the centre: on the near hemisphere, but beyond this camera's horizon (64°).
    const beyondHorizon = {
      type: 'LineString' as const,
      coordinates: [
        [99, -40],
        [101, -40],
      ],
    };
    expect(pathData(projection, beyondHorizon)).toBe('');
  });
  it('shows what is near the centre at the globe’s own scale there', () => {
    const [x] = projection([101, 40])!;
    expect(x - 400).toBeCloseTo((globeRadius(2.5, 40) * Math.PI * Math.cos((40 * Math.PI) / 180)) / 180, 0);
  });
  it('draws nothing of a line on the far side of the globe', () => {
    const far = {
      type: 'LineString' as const,
      coordinates: [
        [-80, -40],
        [-70, -35],
      ],
    };
    expect(pathData(projection, far)).toBe('');
    const near = {
      type: 'LineString' as const,
      coordinates: [
        [95, 38],
        [105, 42],
      ],
    };
    expect(pathData(projection, near)).not.toBe('');
  });

  it('frames the default view: the frame’s west, east and north edges inside, filling the width', () => {
    const fitted = globeProjection(defaultCamera(STATIC_SIZE.width, STATIC_SIZE.height), STATIC_SIZE);
    const { west, east, north } = DEFAULT_FRAME;
    const points = [fitted([west, 40])!, fitted([east, 40])!, fitted([(west + east) / 2, north])!];
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(STATIC_SIZE.width);
      expect(y).toBeGreaterThanOrEqual(0);
    }
    // (The camera is fitted in Web Mercator, as on the live globe, so the far south of the frame
    // may fall a little below the picture there too.)
    expect((points[1][0] - points[0][0]) / STATIC_SIZE.width).toBeGreaterThan(0.5);
  });
});

describe('flowWidthFactor', () => {
  it('follows the live style: 0.7 at zoom 1 up to 1.2 at zoom 5, flat beyond', () => {
    expect(flowWidthFactor(0.8)).toBeCloseTo(0.7);
    expect(flowWidthFactor(3)).toBeCloseTo(0.95);
    expect(flowWidthFactor(5)).toBeCloseTo(1.2);
    expect(flowWidthFactor(7)).toBeCloseTo(1.2);
  });
});
