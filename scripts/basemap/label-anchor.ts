/**
 * Where a country's one label goes: inside its largest part, at the point farthest from the
 * edges (the pole of inaccessibility, via mapbox's polylabel), found in Web Mercator so the label
 * looks centred on the flat map. Islands and exclaves get no label of their own. A few countries
 * are placed by hand, as atlases place them (LABEL_POINTS).
 */
import polylabel from 'polylabel';
import type { Polygon, Position } from './antimeridian.ts';
import { approximateArea } from '../../src/map/polygon-area.ts';

const toRadians = Math.PI / 180;

export function largestPart(parts: Polygon[]): Polygon {
  return parts.reduce((best, part) => (approximateArea(part) > approximateArea(best) ? part : best));
}

/** Web Mercator's y of a latitude, in degrees (equal to longitude's at the equator); and back. */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * toRadians) / 2)) / toRadians;
export const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y * toRadians)) - Math.PI / 2) / toRadians;

/**
 * Label points set by hand, where the pole of inaccessibility names the country badly. Vietnam's
 * widest land is its north, round Hanoi, whose marker takes that spot at every opening view, and
 * the name had no other spot on its narrow land: it is set along the country's middle, on the
 * Central Highlands, as atlases set it. China's pole lies by Xi'an, whose marker pushed the name
 * south over Yunnan, where it took Myanmar's only room (a phone's and a 1280 × 800 projector's
 * opening globe named no Myanmar): it is set west, on the plateau, as atlases set it.
 */
export const LABEL_POINTS: Record<string, Position> = {
  CHN: [100, 33],
  VNM: [108.2, 14.2],
};

export function labelAnchor(parts: Polygon[], iso3?: string): Position {
  const byHand = iso3 === undefined ? undefined : LABEL_POINTS[iso3];
  if (byHand) return byHand;
  const part = largestPart(parts);
  const projected = part.map((ring) => ring.map(([lon, lat]): Position => [lon, mercatorY(lat)]));
  const [x, y] = polylabel(projected, 0.05);
  return [round(x), round(inverseMercatorY(y))];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
