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

/**
 * `bounds` widened about their middle to at least `least` degrees each way. A single place's
 * bounds have no size, and for some places (Astana, the Kyrgyz–Tajik border) MapLibre's fit on the
 * globe then finds no camera ("Map cannot fit within canvas") and the map stays where it was: on a
 * phone, a link to the border clashes left their place under the details sheet.
 */
export function withSize([[west, south], [east, north]]: Bounds, least = 0.01): Bounds {
  const grow = (low: number, high: number) => Math.max(0, least - (high - low)) / 2;
  const [dx, dy] = [grow(west, east), grow(south, north)];
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}
