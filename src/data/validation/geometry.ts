/**
 * RFC 7946 rules on a raw GeoJSON geometry: positions in range, linear rings closed, exterior
 * rings counter-clockwise and holes clockwise.
 */
import { isObj, type Collector } from './collector.ts';

function isPosition(p: unknown): p is number[] {
  return Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Twice the signed area of a ring (shoelace); positive = counter-clockwise in lon/lat. */
export function ringArea2(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** RFC 7946 checks on a raw geometry, whatever its type (so polygons are checked if they ever appear). */
export function checkGeometry(c: Collector, file: string, g: unknown, path: string): void {
  if (!isObj(g)) return;
  const pos = (p: unknown, pp: string): void => {
    if (!isPosition(p)) return;
    const [lon, lat] = p;
    const axes = [
      ['longitude', lon, 180],
      ['latitude', lat, 90],
    ] as const;
    for (const [axis, value, limit] of axes) {
      if (value < -limit || value > limit) {
        c.add(
          file,
          pp,
          `${axis} ${value} is out of range [-${limit}, ${limit}]`,
          'write positions as [longitude, latitude]; the coordinates may be swapped',
        );
      }
    }
  };
  const ring = (r: unknown, rp: string, outer: boolean): void => {
    if (!Array.isArray(r)) return;
    r.forEach((p, i) => pos(p, `${rp}[${i}]`));
    if (!r.every(isPosition)) return;
    const first = r[0];
    const last = r[r.length - 1];
    if (r.length < 4) {
      c.add(
        file,
        rp,
        `a linear ring needs at least 4 positions, it has ${r.length}`,
        'give at least three corners and repeat the first position at the end',
      );
      return;
    }
    if (first[0] !== last[0] || first[1] !== last[1]) {
      c.add(
        file,
        rp,
        'linear ring is not closed: the last position differs from the first',
        'repeat the first position at the end of the ring',
      );
      return;
    }
    const a = ringArea2(r);
    if (outer && a < 0) {
      c.add(
        file,
        rp,
        'outer ring is clockwise; RFC 7946 requires counter-clockwise exterior rings',
        'reverse the order of the ring’s positions',
      );
    }
    if (!outer && a > 0) {
      c.add(
        file,
        rp,
        'hole is counter-clockwise; RFC 7946 requires clockwise interior rings',
        'reverse the order of the ring’s positions',
      );
    }
  };
  const coords = g.coordinates;
  switch (g.type) {
    case 'Point':
      pos(coords, `${path}.coordinates`);
      break;
    case 'LineString':
    case 'MultiPoint':
      if (Array.isArray(coords)) coords.forEach((p, i) => pos(p, `${path}.coordinates[${i}]`));
      break;
    case 'Polygon':
      if (Array.isArray(coords)) coords.forEach((r, i) => ring(r, `${path}.coordinates[${i}]`, i === 0));
      break;
    case 'MultiPolygon':
      if (Array.isArray(coords)) {
        coords.forEach((poly, j) => {
          if (Array.isArray(poly)) poly.forEach((r, i) => ring(r, `${path}.coordinates[${j}][${i}]`, i === 0));
        });
      }
      break;
    default:
      break;
  }
}
