/**
 * What the camera frames for a chosen country: the bounds of its shape, not the point of its
 * capital (around Moscow at zoom 3, "Russia" showed Europe). Far-off small parts are left out,
 * so that an overseas island does not pull the frame across an ocean: only the parts at least a
 * tenth the size of the largest count. A frame that would span more than half the world across
 * the antimeridian (a country the basemap cut there) is taken the other way round, past 180°.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { boundsOf, type Bounds } from './bounds.ts';
import type { LngLat } from './arcs.ts';
import { approximateArea } from './polygon-area.ts';

const MIN_SHARE_OF_LARGEST = 0.1;

export function countryFrame(geometry: Polygon | MultiPolygon): Bounds | null {
  return boundsOf(countryOutline(geometry));
}

/**
 * The points of the parts that count, past 180° where the frame is: what the globe's fit shows
 * (globe-fit.ts), since there a frame's corners may lie far out at sea or round the back.
 */
export function countryOutline(geometry: Polygon | MultiPolygon): LngLat[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const areas = parts.map(approximateArea);
  const largest = Math.max(...areas);
  const points = parts
    .filter((_, i) => areas[i] >= MIN_SHARE_OF_LARGEST * largest)
    .flatMap(([outer]) => outer.map(([lon, lat]): LngLat => [lon, lat]));
  const direct = boundsOf(points);
  if (!direct || width(direct) <= 180) return points;
  const shifted = points.map(([lon, lat]): LngLat => [lon < 0 ? lon + 360 : lon, lat]);
  const across = boundsOf(shifted);
  return across && width(across) < width(direct) ? shifted : points;
}

const width = ([[west], [east]]: Bounds) => east - west;
