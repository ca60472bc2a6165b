/**
 * Draws one view of the map as a static SVG, for browsers without WebGL. It reads the same
 * prepared basemap and dataset as the live map and goes through the same pure functions (which
 * entries are visible, the flows' arcs, sides and widths, the places and the country shading),
 * so the picture shows what the live map would. Colours are presentation attributes, never
 * inline styles, so the picture may be placed in the page under its Content-Security-Policy, and
 * each painted element carries a class the page's stylesheet uses to recolour it for dark mode.
 */
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { IndexedDataset } from '../../data/dataset.ts';
import { visibleEntries } from '../../data/visible.ts';
import { buildOverlay } from '../../map/overlay.ts';
import { THEMES, type Theme } from '../../map/theme.ts';
import type { Side } from '../../map/sides.ts';
import { widthScalesOf } from '../../scales/cache.ts';
import { involvementScale } from '../../scales/involvement.ts';
import { describeView } from '../../summary/describe-view.ts';
import { chapterPlaces } from '../../tour/chapters.ts';
import { storyCountries } from '../../map/style.ts';
import { flowWidthFactor, globeProjection, type Size } from './globe.ts';
import { pathData } from './path-string.ts';
import { el, r1, text, type Attributes } from './svg.ts';
import { besideOnly, labelBox, placeLabels, spotShifts, wrapWords, type Box, type LabelCandidate } from './labels.ts';
import { besidePoint, besideSquare } from '../../map/layers/label-anchors.ts';
import { NAME_SIDES } from '../../map/layers/places.ts';
import { ROUTE_NAME_GAPS, ROUTE_NAMES_FROM } from '../../map/layers/routes.ts';
import { drawHeader, drawLegend, legendModel } from './legend.ts';
import { STATIC_SIZE, type StaticView } from './views.ts';

export type CountryProps = { iso3: string; name: string };
export type Basemap = {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: FeatureCollection<MultiLineString>;
  /** `spots`, `storySpots`: where a name may move when its point is taken (scripts/basemap/label-spots.ts). */
  labels: FeatureCollection<Point, CountryProps & { area: number; spots?: unknown[]; storySpots?: unknown[] }>;
};

type Projected = { projection: GeoProjection; centre: [number, number]; size: Size };

export function renderStaticMap(
  d: IndexedDataset,
  basemap: Basemap,
  view: StaticView,
  theme: Theme = THEMES.light,
  size: Size = STATIC_SIZE,
): string {
  const map: Projected = {
    projection: globeProjection(view.camera, size),
    centre: [view.camera.longitude, view.camera.latitude],
    size,
  };
  const visible = visibleEntries(d, view.layers, view.time);
  const overlay = buildOverlay(d, visible, widthScalesOf(d), null, {
    chapterPlaces: view.chapter ? chapterPlaces(d, view.chapter) : undefined,
    selectedRoute: view.selection?.kind === 'route' ? view.selection.id : null,
  });
  const selected = (kind: string) => (view.selection?.kind === kind ? view.selection.id : null);
  const selectedPlace =
    selected('place') ??
    (view.selection?.kind === 'event' ? (overlay.eventPlaces.get(view.selection.id) ?? null) : null);
  const selectedCountry =
    selected('country') ?? (/^[A-Z]{3}$/.test(selected('actor') ?? '') ? selected('actor') : null);

  const slug = view.file.replace(/\.svg$/, '');
  // Three bands: the title above the map, the map, the key and credits below it.
  const header = drawHeader(d, view, theme, size.width);
  const key = drawLegend(legendModel(overlay), attributionOf(d), theme, size.width, header.height + size.height);
  const taken: Box[] = markerBoxes(map, overlay.places, view.camera.zoom);
  const factor = flowWidthFactor(view.camera.zoom);
  // Place names win over country names, as in the live map, but are drawn above the data.
  const placeNames = drawPlaceLabels(map, overlay.places, view, theme, taken);
  const routeNames = drawRouteLabels(map, overlay.routeLabels, view.camera.zoom, theme, taken);
  const countryNames = drawCountryLabels(map, basemap, new Set(storyCountries(d)), view.camera.zoom, theme, taken);
  const height = header.height + size.height + key.height;

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${size.width} ${height}`,
      width: size.width,
      height,
      role: 'img',
      'aria-labelledby': `${slug}-title ${slug}-desc`,
      class: 'static-map-picture',
      'font-family': "'Noto Sans', system-ui, sans-serif",
    },
    el('title', { id: `${slug}-title` }, text(`Static map: ${view.title}`)),
    el('desc', { id: `${slug}-desc` }, text(describeView(d, view.layers, view.time))),
    // Its own backdrop, so the title and key stay readable on any page, in either theme.
    el('rect', { class: 'backdrop', width: size.width, height, rx: 6, fill: theme.land }),
    header.markup,
    el(
      'g',
      { class: 'map', transform: `translate(0 ${header.height})` },
      el('path', { class: 'sea', d: pathData(map.projection, { type: 'Sphere' }), fill: theme.sea }),
      drawCountries(map, basemap, overlay.involvement, theme),
      el('path', {
        class: 'border',
        d: pathData(map.projection, basemap.borders),
        fill: 'none',
        stroke: theme.border,
        'stroke-width': 0.8,
        'stroke-dasharray': '2.4 1.2',
      }),
      drawSelectedCountry(map, basemap, selectedCountry, theme),
      countryNames,
      drawRoutes(map, overlay.routes, selected('route'), theme),
      drawFlows(map, overlay.flows, selected('relation'), factor, theme),
      drawPlaces(map, overlay.places, selectedPlace, view.camera.zoom, theme),
      routeNames,
      placeNames,
    ),
    key.markup,
  );
}

/** Where a point is in the picture, if it is on the visible face of the globe and inside the frame. */
function inView(map: Projected, lonLat: [number, number]): [number, number] | null {
  // Beyond the horizon the perspective would fold points back onto the globe's face.
  if (geoDistance(lonLat, map.centre) > ((map.projection.clipAngle() ?? 90) * Math.PI) / 180) return null;
  const p = map.projection(lonLat);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > map.size.width || p[1] > map.size.height) return null;
  return p;
}

function drawCountries(map: Projected, basemap: Basemap, involvement: Map<string, number>, theme: Theme): string {
  const scale = involvementScale(Math.max(0, ...involvement.values()), theme.involvement);
  const paths = basemap.countries.features.map((f) => {
    const d = pathData(map.projection, forD3(f.geometry));
    if (!d) return '';
    const count = involvement.get(f.properties.iso3);
    const fill = count ? scale(count) : theme.land;
    const shade = count ? ` shade-${theme.involvement.indexOf(fill)}` : '';
    return el('path', { class: `country${shade}`, 'data-iso3': f.properties.iso3, d, fill });
  });
  return el(
    'g',
    { class: 'countries', stroke: theme.coastline, 'stroke-width': 0.6, 'stroke-linejoin': 'round' },
    ...paths,
  );
}

function drawSelectedCountry(map: Projected, basemap: Basemap, iso3: string | null, theme: Theme): string {
  const country = iso3 && basemap.countries.features.find((f) => f.properties.iso3 === iso3);
  const d = country ? pathData(map.projection, forD3(country.geometry)) : '';
  return d ? el('path', { class: 'selected', d, fill: 'none', stroke: theme.selection, 'stroke-width': 3 }) : '';
}

/**
 * A country's polygons as d3-geo reads them. The prepared basemap follows RFC 7946 (outer rings
 * counter-clockwise), d3-geo's spherical convention is the reverse (a counter-clockwise ring
 * encloses the rest of the world), so every ring is reversed. Rings that simplification collapsed
 * below a triangle (tiny islands end up as one point) are dropped: MapLibre skips them, d3 cannot.
 */
export function forD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons
      .filter((rings) => rings[0]?.length >= 4)
      .map((rings) => rings.filter((ring) => ring.length >= 4).map((ring) => [...ring].reverse())),
  };
}

const sideOf = (f: Feature) => String(f.properties?.side ?? 'other') as Side;

function drawRoutes(map: Projected, routes: FeatureCollection, selectedId: string | null, theme: Theme): string {
  const items = routes.features.map((f) => {
    const d = pathData(map.projection, f);
    if (!d) return '';
    const planned = f.properties?.certainty === 'planned';
    const line: Attributes = { d, fill: 'none', 'stroke-linejoin': 'round' };
    return el(
      'g',
      { class: 'route', 'data-id': String(f.properties?.id) },
      el('title', {}, text(`${f.properties?.name}${f.properties?.schematic ? ' (schematic)' : ''}`)),
      f.properties?.id === selectedId
        ? el('path', { ...line, class: 'selected', stroke: theme.selection, 'stroke-width': 12 })
        : '',
      el('path', { ...line, class: 'casing', stroke: theme.land, 'stroke-width': 7 }),
      el('path', {
        ...line,
        class: sideOf(f),
        stroke: theme[sideOf(f)],
        'stroke-width': 4,
        'stroke-dasharray': planned ? '0.4 6.4' : null,
        'stroke-linecap': planned ? 'round' : null,
      }),
    );
  });
  return el('g', { class: 'routes' }, ...items);
}

function drawFlows(
  map: Projected,
  flows: FeatureCollection,
  selectedId: string | null,
  factor: number,
  theme: Theme,
): string {
  // Drawn in the live map's layer order: lines, then the hollow cores, then arrows and marks.
  const lines: string[] = [];
  const cores: string[] = [];
  const marks: string[] = [];
  const ordered = [...flows.features].sort((a, b) => passOf(a) - passOf(b));
  for (const f of ordered) {
    const d = pathData(map.projection, f);
    if (!d) continue;
    const p = f.properties!;
    const width = r1(Number(p.width) * factor);
    const side = sideOf(f);
    const dash = p.certainty === 'planned' ? [0.1, 2] : p.hasValue ? null : [2.5, 1.5];
    const dashArray = dash?.map((n) => r1(n * width)).join(' ');
    const common: Attributes = { d, fill: 'none', 'stroke-linejoin': 'round' };
    lines.push(
      el(
        'g',
        { class: 'flow', 'data-id': String(p.id) },
        el('title', {}, text(String(p.title))),
        p.id === selectedId
          ? el('path', { ...common, class: 'selected', stroke: theme.selection, 'stroke-width': r1(width * 1.2 + 6) })
          : '',
        el('path', {
          ...common,
          class: side,
          stroke: theme[side],
          'stroke-width': width,
          'stroke-opacity': p.hasValue ? 0.9 : 0.7,
          'stroke-dasharray': dashArray,
          'stroke-linecap': dash && dash[0] < 1 ? 'round' : null,
        }),
      ),
    );
    if (p.certainty === 'reported')
      cores.push(
        el('path', {
          ...common,
          class: 'core',
          stroke: theme.land,
          'stroke-width': r1(width * 0.45),
          'stroke-dasharray': dashArray,
        }),
      );
    const middle = arcMiddle(map, (f.geometry as LineString).coordinates as [number, number][]);
    if (middle) marks.push(drawArrow(middle, width, side, theme));
    if (middle && p.certainty === 'disputed')
      marks.push(
        el(
          'text',
          { ...halo(theme), class: 'mark', x: r1(middle.x), y: r1(middle.y + 6), 'font-size': 16, 'font-weight': 600 },
          '?',
        ),
      );
  }
  return el('g', { class: 'flows' }, ...lines, ...cores, ...marks);
}

/** Layer order of the live map: solid, dashed, then dotted (planned) flows. */
function passOf(f: Feature): number {
  if (f.properties?.certainty === 'planned') return 2;
  return f.properties?.hasValue ? 0 : 1;
}

/** The arc's middle point on screen and its direction there, if it is in view. */
function arcMiddle(map: Projected, coordinates: [number, number][]) {
  const i = Math.floor(coordinates.length / 2);
  const [a, m, b] = [coordinates[i - 1], coordinates[i], coordinates[i + 1]].map((c) => c && inView(map, c));
  if (!a || !m || !b) return null;
  return { x: m[0], y: m[1], angle: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
}

function drawArrow(at: { x: number; y: number; angle: number }, width: number, side: Side, theme: Theme): string {
  const s = Math.max(4, width * 0.9);
  return el('path', {
    class: `arrow ${side}`,
    d: `M${r1(-s)},${r1(-s)}L0,0L${r1(-s)},${r1(s)}`,
    transform: `translate(${r1(at.x)} ${r1(at.y)}) rotate(${Math.round(at.angle)})`,
    fill: 'none',
    stroke: theme[side],
    'stroke-width': 2.5,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

/** A place's marker radius (px): an event disc grows with its count, an anchor's dot with the zoom. */
function markerRadius(p: GeoJsonProperties, zoom: number): number {
  if (p?.role !== 'event') return r1(2.5 + (Math.min(Math.max(zoom, 1), 6) - 1) * 0.4);
  return r1(7 + ((Math.min(Math.max(Number(p.events), 1), 10) - 1) * 6) / 9);
}

/** The boxes the markers take, which names keep clear of, as the live map's names do. */
function markerBoxes(map: Projected, places: FeatureCollection, zoom: number): Box[] {
  return places.features.flatMap((f) => {
    const at = inView(map, (f.geometry as Point).coordinates as [number, number]);
    const r = markerRadius(f.properties, zoom);
    return at ? [{ left: at[0] - r, top: at[1] - r, right: at[0] + r, bottom: at[1] + r }] : [];
  });
}

function drawPlaces(
  map: Projected,
  places: FeatureCollection,
  selectedId: string | null,
  zoom: number,
  theme: Theme,
): string {
  const dots: string[] = [];
  const events: string[] = [];
  for (const f of places.features) {
    const p = f.properties!;
    const at = inView(map, (f.geometry as Point).coordinates as [number, number]);
    if (!at) continue;
    const [cx, cy] = [r1(at[0]), r1(at[1])];
    const isSelected = p.id === selectedId;
    if (p.role !== 'event') {
      dots.push(
        el('circle', {
          class: isSelected ? 'place selected' : 'place',
          'data-id': String(p.id),
          cx,
          cy,
          r: markerRadius(p, zoom),
          fill: theme.land,
          stroke: isSelected ? theme.selection : theme.place,
          'stroke-width': isSelected ? 3 : 1.5,
        }),
      );
      continue;
    }
    const count = Number(p.events);
    const radius = markerRadius(p, zoom);
    events.push(
      el(
        'g',
        { class: 'event', 'data-id': String(p.id) },
        el('title', {}, text(`${p.name}: ${count} event${count === 1 ? '' : 's'}`)),
        el('circle', {
          class: 'event-disc',
          cx,
          cy,
          r: radius,
          fill: theme.event,
          stroke: isSelected ? theme.selection : theme.land,
          'stroke-width': isSelected ? 4 : 1.5,
        }),
        el(
          'text',
          {
            class: 'event-count',
            x: cx,
            y: r1(cy + 4),
            'text-anchor': 'middle',
            'font-size': 11,
            'font-weight': 600,
            fill: theme.land,
          },
          text(String(count)),
        ),
      ),
    );
  }
  return el('g', { class: 'places' }, ...dots, ...events);
}

function halo(theme: Theme): Attributes {
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
function drawPlaceLabels(map: Projected, places: FeatureCollection, view: StaticView, theme: Theme, taken: Box[]) {
  const named = places.features.filter((f) => view.camera.zoom >= 2.5 || f.properties?.chapter);
  const rank = (f: Feature) => (f.properties?.chapter ? 1000 : 0) + Number(f.properties?.events);
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
      const gap = (markerRadius(f.properties, view.camera.zoom) + 3) / label.fontSize;
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
function drawRouteLabels(map: Projected, labels: FeatureCollection, zoom: number, theme: Theme, taken: Box[]) {
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
      return [besideOnly(label, spotShifts(besidePoint(...ROUTE_NAME_GAPS), label))];
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
 * Country names in capitals, the story's countries first (style.ts), then the largest; small
 * countries only when zoomed in; a name whose point is taken moves to one of its spots (as basemap.ts).
 */
function drawCountryLabels(
  map: Projected,
  basemap: Basemap,
  story: ReadonlySet<string>,
  zoom: number,
  theme: Theme,
  taken: Box[],
): string {
  const minArea = zoom < 3 ? 4 : zoom < 4.5 ? 1 : 0;
  const t = Math.min(Math.max((zoom - 1) / 4, 0), 1);
  const inStory = (iso3: string) => (story.has(iso3) ? 1 : 0);
  const candidates = [...basemap.labels.features]
    .filter((f) => f.properties.area >= minArea)
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
  return el(
    'g',
    { class: 'country-labels' },
    ...kept.map((c) => drawLabel(c, 'label', theme, { 'letter-spacing': '0.04em' })),
  );
}

function attributionOf(d: IndexedDataset): string {
  return `Basemap: Natural Earth. Data: the cited dataset, version ${d.version.version}. Drawn in advance for browsers without WebGL.`;
}
