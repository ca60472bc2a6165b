/**
 * Draws one view of the map as a static SVG, for browsers without WebGL. It reads the same
 * prepared basemap and dataset as the live map and goes through the same pure functions (which
 * entries are visible, the flows' arcs, sides and widths, the places and the country shading),
 * so the picture shows what the live map would. Colours are presentation attributes, never
 * inline styles, so the picture may be placed in the page under its Content-Security-Policy, and
 * each painted element carries a class the page's stylesheet uses to recolour it for dark mode.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { IndexedDataset } from '../../data/dataset.ts';
import { visibleEntries } from '../../data/visible.ts';
import { buildOverlay } from '../../map/overlay.ts';
import { highlightTarget } from '../../map/highlight.ts';
import { fading, inChapter } from '../../map/focus.ts';
import { FADED_OPACITY } from '../../map/hidden.ts';
import { lineKey } from '../../map/layers/lines.ts';
import { fadedLabel } from '../../legend/legend-model.ts';
import { PLACE_SOURCE } from '../../map/layers/places.ts';
import { eventMarkerTitle } from '../../map/layers/event-groups.ts';
import { THEMES, type Theme } from '../../map/theme.ts';
import type { Side } from '../../map/sides.ts';
import { widthScalesOf } from '../../scales/cache.ts';
import { involvementScale } from '../../scales/involvement.ts';
import { describeView } from '../../summary/describe-view.ts';
import { namedPlacesOf } from '../../map/named-places.ts';
import { namedCountriesOf } from '../../map/named-countries.ts';
import { storyCountries } from '../../map/style.ts';
import { flowWidthFactor, globeProjection, inView, type Projected, type Size } from './globe.ts';
import { pathData } from './path-string.ts';
import { el, r1, text, type Attributes } from './svg.ts';
import type { Box } from './labels.ts';
import { drawCountryLabels, drawPlaceLabels, drawRouteLabels, halo, markerBoxes, markerRadius } from './names.ts';
import { drawHeader, drawLegend, legendModel } from './legend.ts';
import { STATIC_SIZE, type StaticView } from './views.ts';

export type CountryProps = { iso3: string; name: string };
export type Basemap = {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: FeatureCollection<MultiLineString>;
  /** `spots`, `storySpots`: where a name may move when its point is taken (scripts/basemap/label-spots.ts). */
  labels: FeatureCollection<Point, CountryProps & { area: number; spots?: unknown[]; storySpots?: unknown[] }>;
};

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
    namedPlaces: namedPlacesOf(d, view.chapter, view.selection),
    selectedRoute: view.selection?.kind === 'route' ? view.selection.id : null,
    // The static map is a globe.
    markers: { zoom: view.camera.zoom, latitude: view.camera.latitude, projection: 'globe', theme },
    selection: view.selection,
  });
  const selected = (kind: string) => (view.selection?.kind === kind ? view.selection.id : null);
  // The place a selection lights, as on the live map: a place, an event's, a tie's drawn as no line.
  const lit = highlightTarget(view.selection, 'selected', d);
  const selectedPlace = lit?.source === PLACE_SOURCE ? lit.id : null;
  const selectedCountry =
    selected('country') ?? (/^[A-Z]{3}$/.test(selected('actor') ?? '') ? selected('actor') : null);

  // The lines faded as on the live map: those the chapter or the selection is not about, else in a
  // year view the undated ones; the key says which.
  const focus = view.chapter ? inChapter(view.selection, view.chapter) : view.selection;
  const faded = fading(d, visible, view.time !== null, focus);
  const faint = new Set(faded?.keys);
  const slug = view.file.replace(/\.svg$/, '');
  // Three bands: the title above the map, the map, the key and credits below it.
  const header = drawHeader(d, view, theme, size.width);
  const fadedRow = faded && faint.size > 0 ? fadedLabel(faded.why, focus) : null;
  const key = drawLegend(
    legendModel(overlay, fadedRow),
    attributionOf(d),
    theme,
    size.width,
    header.height + size.height,
  );
  const taken: Box[] = markerBoxes(map, overlay.places, view.camera.zoom);
  const factor = flowWidthFactor(view.camera.zoom);
  // As in the live map, the selection's countries' names win over place names, and those over
  // route and other country names; all are drawn above the data.
  const storyList = storyCountries(d);
  const story = new Set(storyList);
  const named = new Set(namedCountriesOf(d, view.selection, storyList));
  const countryLabels = (among: (iso3: string) => boolean) =>
    drawCountryLabels(map, basemap, story, view.camera.zoom, theme, taken, among);
  const namedCountryNames = countryLabels((iso3) => named.has(iso3));
  const placeNames = drawPlaceLabels(map, overlay.places, view.camera.zoom, theme, taken);
  const routeNames = drawRouteLabels(map, overlay.routeLabels, view.camera.zoom, theme, taken);
  const countryNames = countryLabels((iso3) => !named.has(iso3));
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
    el('desc', { id: `${slug}-desc` }, text(describeView(d, view.layers, view.time, faded?.why === 'undated'))),
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
      drawRoutes(map, overlay.routes, selected('route'), faint, theme),
      drawFlows(map, overlay.flows, selected('relation'), faint, factor, theme),
      drawPlaces(map, overlay.places, selectedPlace, view.camera.zoom, theme),
      countryNames,
      namedCountryNames,
      routeNames,
      placeNames,
    ),
    key.markup,
  );
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

/** The opacity attribute of a line drawn faint (its parts are faded each, as the live map's layers). */
const fadedIf = (faint: boolean) => (faint ? FADED_OPACITY : null);

function drawRoutes(
  map: Projected,
  routes: FeatureCollection,
  selectedId: string | null,
  faint: Set<string>,
  theme: Theme,
): string {
  const items = routes.features.map((f) => {
    const d = pathData(map.projection, f);
    if (!d) return '';
    const planned = f.properties?.certainty === 'planned';
    const line: Attributes = { d, fill: 'none', 'stroke-linejoin': 'round' };
    const id = String(f.properties?.id);
    return el(
      'g',
      { class: 'route', 'data-id': id, opacity: fadedIf(faint.has(lineKey('route', id))) },
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
  faint: Set<string>,
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
    const opacity = fadedIf(faint.has(lineKey('flow', String(p.id))));
    lines.push(
      el(
        'g',
        { class: 'flow', 'data-id': String(p.id), opacity },
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
          opacity,
          stroke: theme.land,
          'stroke-width': r1(width * 0.45),
          'stroke-dasharray': dashArray,
        }),
      );
    const middle = arcMiddle(map, (f.geometry as LineString).coordinates as [number, number][]);
    if (middle) marks.push(drawArrow(middle, width, side, opacity, theme));
    if (middle && p.certainty === 'disputed')
      marks.push(
        el(
          'text',
          {
            ...halo(theme),
            class: 'mark',
            opacity,
            x: r1(middle.x),
            y: r1(middle.y + 6),
            'font-size': 16,
            'font-weight': 600,
          },
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

function drawArrow(
  at: { x: number; y: number; angle: number },
  width: number,
  side: Side,
  opacity: number | null,
  theme: Theme,
): string {
  const s = Math.max(4, width * 0.9);
  return el('path', {
    class: `arrow ${side}`,
    opacity,
    d: `M${r1(-s)},${r1(-s)}L0,0L${r1(-s)},${r1(s)}`,
    transform: `translate(${r1(at.x)} ${r1(at.y)}) rotate(${Math.round(at.angle)})`,
    fill: 'none',
    stroke: theme[side],
    'stroke-width': 2.5,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
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
        // A group's places (event-groups.ts), so that pointing at one of them lights it (pointed.ts).
        {
          class: 'event',
          'data-id': String(p.id),
          'data-members': Array.isArray(p.members) ? p.members.join(' ') : null,
        },
        el('title', {}, text(eventMarkerTitle(p))),
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

function attributionOf(d: IndexedDataset): string {
  return `Basemap: Natural Earth. Data: the cited dataset, version ${d.version.version}. Drawn for browsers without WebGL.`;
}
