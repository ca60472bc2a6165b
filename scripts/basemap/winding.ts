/**
 * Ring orientation as RFC 7946 asks: exterior rings counter-clockwise, holes clockwise.
 * world-atlas follows d3's spherical convention (the reverse), so every ring is checked.
 */
import type { Polygon, Ring } from './antimeridian.ts';

/** Twice the signed planar area in lon/lat: positive for a counter-clockwise ring. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1];
    const [x2, y2] = ring[i];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

export function rewindPolygon(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}
