/**
 * The static map's names: places', routes' and countries', placed as the live map places them
 * (layers/places.ts, routes.ts, basemap.ts) in spirit: the selection's countries first
 * (named-countries.ts), then the places, the routes, the other countries, each kept clear of the
 * markers and of the names placed before it (labels.ts).
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Point } from 'geojson';
import type { Theme } from '../../map/theme.ts';
import { besidePoint, besideSquare } from '../../map/layers/label-anchors.ts';
import { eventMarkerRadius, NAME_SIDES } from '../../map/layers/places.ts';
import { ROUTE_NAME_GAPS, ROUTE_NAMES_FROM, SELECTED_ROUTE_NAME_GAPS } from '../../map/layers/routes.ts';
import { inView, type Projected } from './globe.ts';
import { besideOnly, labelBox, placeLabels, spotShifts, wrapWords, type Box, type LabelCandidate } from './labels.ts';
import { el, r1, text, type Attributes } from './svg.ts';
import type { Basemap } from './render.ts';

/** A place's marker radius (px): an event disc grows with its count as on the live map, an anchor's dot with the zoom. */
export function markerRadius(p: GeoJsonProperties, zoom: number): number {
  if (p?.role !== 'event') return r1(2.5 + (Math.min(Math.max(zoom, 1), 6) - 1) * 0.4);
  return r1(eventMarkerRadius(Number(p.events)));
}

/** The boxes the markers take, which names keep clear of, as the live map's names do. */
export function markerBoxes(map: Projected, places: FeatureCollection, zoom: number): Box[] {
  return places.features.flatMap((f) => {
    const at = inView(map, (f.geometry as Point).coordinates as [number, number]);
    const r = markerRadius(f.properties, zoom);
    return at ? [{ left: at[0] - r, top: at[1] - r, right: at[0] + r, bottom: at[1] + r }] : [];
  });
}

/** A text's colours, with the theme's halo round it so it reads over lines. */
export function halo(theme: Theme): Attributes {
  return {
    fill: theme.label,
    stroke: theme.labelHalo,
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
    'text-anchor': 'middle',
  };
}

function drawLabel(c: LabelCandidate, className: string, theme: Theme, extra: Attributes = {}): string {
  const lineHeight = c.fontSize * 1.15;
  const top = c.y - ((c.lines.length - 1) * lineHeight) / 2 + c.fontSize * 0.35;
  const lines = c.lines.map((line, i) => el('tspan', { x: r1(c.x), y: r1(top + i * lineHeight) }, text(line)));
  return el(
    'text',
    { ...halo(theme), class: className, 'text-anchor': c.anchor, 'font-size': c.fontSize, ...extra },
    ...lines,
  );
}

/**
 * Place names beside their markers: the live map shows them from zoom 2.5, and the places a chapter
 * is about at any zoom (tour/chapters.ts); those first, then the places with the most events.
 */
export function drawPlaceLabels(map: Projected, places: FeatureCollection, zoom: number, theme: Theme, taken: Box[]) {
  const named = places.features.filter((f) => zoom >= 2.5 || f.properties?.named);
  const rank = (f: Feature) => (f.properties?.named ? 1000 : 0) + Number(f.properties?.events);
  const candidates = named
    .sort((a, b) => rank(b) - rank(a))
    .flatMap((f) => {
      const at = inView(map, (f.geometry as Point).coordinates as [number, number]);
      if (!at) return [];
      const label: LabelCandidate = {
        x: at[0],
        y: at[1],
        lines: [String(f.properties?.name)],
        fontSize: 12,
        anchor: 'middle',
      };
      // Beside the marker, then at its corners, as the live map's names (places.ts).
      const gap = (markerRadius(f.properties, zoom) + 3) / label.fontSize;
      return [besideOnly(label, spotShifts(besideSquare(gap, NAME_SIDES), label))];
    });
  if (candidates.length === 0) return '';
  const kept = placeLabels(candidates, map.size, taken);
  return el('g', { class: 'place-labels' }, ...kept.map((c) => drawLabel(c, 'label', theme)));
}

/**
 * Route names on plates beside their point, as the live map draws them from zoom 1.75 (routes.ts):
 * the selected route's first, then running routes', then planned ones'.
 */
export function drawRouteLabels(map: Projected, labels: FeatureCollection, zoom: number, theme: Theme, taken: Box[]) {
  if (zoom < ROUTE_NAMES_FROM) return '';
  const rank = (f: Feature) => (f.properties?.selected ? 2 : 0) + (f.properties?.certainty === 'planned' ? 0 : 1);
  const candidates = [...labels.features]
    .sort((a, b) => rank(b) - rank(a))
    .flatMap((f) => {
      const at = inView(map, (f.geometry as Point).coordinates as [number, number]);
      if (!at) return [];
      const lines = wrapWords(String(f.properties?.name), 21);
      if (f.properties?.schematic) lines.push('(schematic)');
      const label: LabelCandidate = { x: at[0], y: at[1], lines, fontSize: 11, anchor: 'middle', padding: 3 };
      // Never on the point, which lies on the line: beside it, as the live map's names.
      const gaps = f.properties?.selected ? SELECTED_ROUTE_NAME_GAPS : ROUTE_NAME_GAPS;
      return [besideOnly(label, spotShifts(besidePoint(...gaps), label))];
    });
  const kept = placeLabels(candidates, map.size, taken);
  return el(
    'g',
    { class: 'route-labels' },
    ...kept.map((c) => {
      const box = labelBox({ ...c, padding: 0 });
      const plate = el('rect', {
        class: 'plate',
        x: r1(box.left - 3),
        y: r1(box.top - 1),
        width: r1(box.right - box.left + 6),
        height: r1(box.bottom - box.top + 2),
        rx: 2,
        fill: theme.labelHalo,
        'fill-opacity': 0.85,
      });
      return plate + drawLabel(c, 'label', theme);
    }),
  );
}

/**
 * Country names in capitals, of the countries `among` picks: the story's countries first
 * (style.ts), then the largest; small countries only when zoomed in; a name whose point is taken
 * moves to one of its spots (as basemap.ts).
 */
export function drawCountryLabels(
  map: Projected,
  basemap: Basemap,
  story: ReadonlySet<string>,
  zoom: number,
  theme: Theme,
  taken: Box[],
  among: (iso3: string) => boolean = () => true,
): string {
  const minArea = zoom < 3 ? 4 : zoom < 4.5 ? 1 : 0;
  const t = Math.min(Math.max((zoom - 1) / 4, 0), 1);
  const inStory = (iso3: string) => (story.has(iso3) ? 1 : 0);
  const candidates = [...basemap.labels.features]
    .filter((f) => f.properties.area >= minArea && among(f.properties.iso3))
    .sort((a, b) => inStory(b.properties.iso3) - inStory(a.properties.iso3) || b.properties.area - a.properties.area)
    .flatMap((f) => {
      const at = inView(map, f.geometry.coordinates as [number, number]);
      if (!at) return [];
      const [small, large] = f.properties.area < 300 ? [10, 13] : [12, 16];
      const fontSize = r1(small + t * (large - small));
      const lines = wrapWords(f.properties.name.toUpperCase(), 12);
      const label: LabelCandidate = { x: at[0], y: at[1], lines, fontSize, anchor: 'middle', padding: 4 };
      const spots = story.has(f.properties.iso3) ? f.properties.storySpots : f.properties.spots;
      return [{ ...label, moves: spotShifts(spots ?? [], label) }];
    });
  const kept = placeLabels(candidates, map.size, taken);
  if (kept.length === 0) return '';
  return el(
    'g',
    { class: 'country-labels' },
    ...kept.map((c) => drawLabel(c, 'label', theme, { 'letter-spacing': '0.04em' })),
  );
}
