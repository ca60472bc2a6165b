/** The smallest box of longitude and latitude around some points: what the camera fits. */
import type { LngLat } from './arcs.ts';

export type Bounds = [LngLat, LngLat];

/** A loop, not Math.min(...lons): a country's shape has thousands of points. */
export function boundsOf(points: readonly number[][]): Bounds | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    [west, east] = [Math.min(west, lon), Math.max(east, lon)];
    [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  }
  return [
    [west, south],
    [east, north],
  ];
}
