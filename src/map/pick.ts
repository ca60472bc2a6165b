/**
 * What a click, a tap or the pointer is on. A tie's line is one to three pixels wide and a marker
 * a few more: a finger's tap on a thin tie landed, a pixel or two off, on the country under it
 * (Russia → Indonesia's dashed line opened India). So a point on no tie, route or marker looks
 * around it, within reach, for the nearest one, and only then takes the country.
 */
import type { MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Position } from 'geojson';
import { isShown } from './hidden.ts';

type Point = { x: number; y: number };
/** The map's part this needs: what is drawn in a box, and where a place lies on screen. */
export type PickingMap = {
  queryRenderedFeatures(
    geometry: PointLike | [PointLike, PointLike],
    options: { layers: string[] },
  ): MapGeoJSONFeature[];
  project(lngLat: [number, number]): Point;
};

/** How far from the point (CSS px) a finger's tap, or a mouse, still reaches a line or a marker. */
export const REACH = { touch: 16, mouse: 5 } as const;
/**
 * How far from a marker's centre (CSS px) a finger on a tie that ends there takes the marker: ties
 * meet at their places' markers, 3.5 px in radius, and a tap aimed at Hanoi's marker, landing on
 * a tie beside it, opened the tie.
 */
export const MARKER_GRIP = 8;

/**
 * The feature at `point` (the first shown one of `atPoint`, the map's answer there, topmost first)
 * unless that is a country or nothing: then the tie, route or marker nearest to it within `reach`.
 * With a `grip`, a tie or route under the point gives way to a marker it ends at that near.
 */
export function pickFeature(
  map: PickingMap,
  point: Point,
  atPoint: MapGeoJSONFeature[],
  { reach, marks, area, grip = 0 }: { reach: number; marks: string[]; area: string; grip?: number },
): MapGeoJSONFeature | undefined {
  const exact = atPoint.find(isShown);
  const around = (r: number) => map.queryRenderedFeatures(boxAround(point, r), { layers: marks }).filter(isShown);
  if (exact && exact.layer.id !== area) {
    if (!grip || exact.geometry.type === 'Point') return exact;
    const ends = linesOf(exact).flatMap((line) => [line[0]!, line.at(-1)!].map((p) => project(map, p)));
    const endMarker = around(grip).find(
      (f) =>
        f.geometry.type === 'Point' &&
        screenDistance(map, point, f) <= grip &&
        ends.some((end) => screenDistance(map, end, f) < 1),
    );
    return endMarker ?? exact;
  }
  let nearest: { feature: MapGeoJSONFeature; distance: number } | undefined;
  for (const feature of around(reach)) {
    const distance = screenDistance(map, point, feature);
    if (distance <= reach && (!nearest || distance < nearest.distance)) nearest = { feature, distance };
  }
  return nearest?.feature ?? exact;
}

const boxAround = ({ x, y }: Point, r: number): [PointLike, PointLike] => [
  [x - r, y - r],
  [x + r, y + r],
];
const project = (map: PickingMap, [lng, lat]: Position) => map.project([lng!, lat!]);

/** A feature's lines: a point's is one of one point. */
function linesOf({ geometry: g }: MapGeoJSONFeature): Position[][] {
  return g.type === 'Point'
    ? [[g.coordinates]]
    : g.type === 'LineString'
      ? [g.coordinates]
      : g.type === 'MultiLineString'
        ? g.coordinates
        : [];
}

/**
 * Distance on screen from a point to a feature's point or lines, in whichever copy of the world it
 * is drawn nearest. A flat map draws the world again beside itself, and gives a marker's place in
 * the first copy: a tie drawn across the antimeridian ends at the marker's next copy (Seoul, at
 * −233° for United States → South Korea). A globe has one copy: its two ±180° meet.
 */
function screenDistance(map: PickingMap, point: Point, feature: MapGeoJSONFeature): number {
  const world = project(map, [180, 0]).x - project(map, [-180, 0]).x;
  let least = Infinity;
  for (const line of linesOf(feature)) {
    const onScreen = line.map((p) => project(map, p));
    for (const shift of world ? [0, world, -world] : [0]) {
      const p = { x: point.x + shift, y: point.y };
      if (onScreen.length === 1) least = Math.min(least, Math.hypot(p.x - onScreen[0]!.x, p.y - onScreen[0]!.y));
      for (let i = 1; i < onScreen.length; i++) least = Math.min(least, toSegment(p, onScreen[i - 1]!, onScreen[i]!));
    }
  }
  return least;
}

/** Distance from p to the segment a–b. */
export function toSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
