/**
 * What the camera frames for a chosen country: the bounds of its shape, not the point of its
 * capital (around Moscow at zoom 3, "Russia" showed Europe). Far-off small parts are left out,
 * so that an overseas island does not pull the frame across an ocean: only the parts at least a
 * tenth the size of the largest count. A frame that would span more than half the world across
 * the antimeridian (a country the basemap cut there) is taken the other way round, past 180°.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from './selection-bounds.ts';
import { approximateArea } from './polygon-area.ts';

const MIN_SHARE_OF_LARGEST = 0.1;

export function countryFrame(geometry: Polygon | MultiPolygon): Bounds | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (parts.length === 0) return null;
  const areas = parts.map(approximateArea);
  const largest = Math.max(...areas);
  const points = parts.filter((_, i) => areas[i] >= MIN_SHARE_OF_LARGEST * largest).flatMap(([outer]) => outer);
  const [south, north] = span(points.map((p) => p[1]));
  const [west, east] = narrowerSpan(points.map((p) => p[0]));
  return [
    [west, south],
    [east, north],
  ];
}

/** The longitudes' span as given or, if that is over half the world, with the western hemisphere's moved past 180°. */
function narrowerSpan(lons: number[]): [number, number] {
  const direct = span(lons);
  if (direct[1] - direct[0] <= 180) return direct;
  const across = span(lons.map((x) => (x < 0 ? x + 360 : x)));
  return across[1] - across[0] < direct[1] - direct[0] ? across : direct;
}

/** Least and greatest (a loop, not Math.min(...xs): a country has thousands of points). */
function span(xs: number[]): [number, number] {
  let [least, greatest] = [Infinity, -Infinity];
  for (const x of xs) [least, greatest] = [Math.min(least, x), Math.max(greatest, x)];
  return [least, greatest];
}
