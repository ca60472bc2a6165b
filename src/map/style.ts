/**
 * Builds the whole MapLibre style from the basemap, the theme and what the view shows. Pure:
 * the same inputs give the same style, which react-maplibre diffs against the previous one.
 * Hover and selection are not in the style: they are feature-state (highlight.ts), the
 * highlight source's data (highlight-shapes.ts) and, for a route's name, the route labels' data
 * (routes.ts), so a click never restyles the map.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme.ts';
import type { BasemapUrls } from './basemap-data.ts';
import type { ProjectionName } from './camera.ts';
import type { VisibleEntries } from '../data/visible.ts';
import type { IndexedDataset } from '../data/dataset.ts';
import type { WidthScales } from '../scales/flow-width.ts';
import { BASEMAP_SOURCES, basemapLayers } from './layers/basemap.ts';
import { countryFill } from './layers/countries.ts';
import { HIGHLIGHT_SOURCE, highlightLayer, highlightMarkerLayer } from './layers/highlight-shapes.ts';
import { flowLayers } from './layers/flows.ts';
import { LINE_KEY, LINE_SOURCE } from './layers/lines.ts';
import { markerRoomLayer, NO_PLACES, PLACE_SOURCE, placeLayers } from './layers/places.ts';
import { NO_COUNTRIES } from './named-countries.ts';
import { ROUTE_LABEL_SOURCE, routeLabelLayers, routeLayers } from './layers/routes.ts';

/** The entries drawn as lines: those of the view, or of every year in the view's layers (overlay.ts). */
export type DrawnLines = Pick<VisibleEntries, 'relations' | 'routes'>;

/** The data overlay's sources, computed from the visible entries (see overlay.ts). */
export type Overlay = {
  flows: FeatureCollection;
  routes: FeatureCollection;
  /** The flows and routes, as the map draws them: from one source (layers/lines.ts). */
  lines: FeatureCollection;
  /** The places, with overlapping event markers drawn as one at the map's scale (layers/event-groups.ts). */
  places: FeatureCollection;
  /** The places, each event marker its own. */
  ungroupedPlaces: FeatureCollection;
  /** The names of the view's routes, as points (not hidden by feature-state: built for the view). */
  routeLabels: FeatureCollection;
  involvement: Map<string, number>;
  /** Line key (lines.ts) → HIDDEN for a flow or route drawn but not of the view's year, FADED for an undated one in a year view or one outside the selection (focus.ts): feature-state `hidden` (hidden.ts). */
  hidden: Map<string, number>;
  /** Route id → 1 for a route drawn faint, whose name is faint too: feature-state `faded` of the route names (routes.ts). */
  fadedRouteNames: Map<string, number>;
  /** Place id → the marker drawn for it where markers are drawn as one (event-groups.ts), so pointing at it lights the group's. */
  markerOf: ReadonlyMap<string, string>;
  /** What it was built from, so the next overlay can keep the sources that did not change. */
  visible: VisibleEntries;
  drawn: DrawnLines;
  /** The selected route's id, its name marked in `routeLabels` (null when no route is selected). */
  selectedRoute: string | null;
  /** The places named at any zoom (named-places.ts), which `places` marks (layers/places.ts). */
  namedPlaces: ReadonlySet<string>;
  /** The countries named first (named-countries.ts): the filters of the country names' layers. */
  namedCountries: readonly string[];
  dataset: IndexedDataset | null;
  scales: WidthScales | null;
};

/**
 * How far (in 512ths of a tile) the geometry of each tile reaches past its edge, for the sources
 * drawn as fills and lines: land and borders, routes and flows. MapLibre's default, 128, makes every
 * tile carry more than twice its own area of them, all drawn and then clipped away: on the globe,
 * in software WebGL, a fifth of each frame at 1× data and over a quarter at 100×. A tile is drawn
 * at least at its own size, so 16 is at least 16 px: more than half the widest line (a 14 px flow,
 * 22 px on a projector), so a line's clipped end stays outside the tile, and room for the flows'
 * small arrows. The picture is the same but for where dashes and arrows start along a line.
 */
export const LINE_TILE_BUFFER = 16;

/** The overlay's GeoJSON sources, in the order the map receives them. */
export const OVERLAY_SOURCES = [
  [LINE_SOURCE, 'lines'],
  [PLACE_SOURCE, 'places'],
  [ROUTE_LABEL_SOURCE, 'routeLabels'],
] as const;

export function buildStyle(
  basemap: BasemapUrls,
  theme: Theme,
  projection: ProjectionName,
  overlay: Overlay | null,
): StyleSpecification {
  const data = overlay ?? EMPTY_OVERLAY;
  const routeNames = routeLabelLayers(theme);
  const [background, basemapFill, coastline, border, countryLabel, storyCountryLabel, namedCountryLabel] =
    basemapLayers(theme, storyCountries(data.dataset), data.namedCountries);
  return {
    version: 8,
    // The projection belongs to the style: set apart from it, every restyle's diff would reset
    // it to the default and back, reloading every tile (seen in the benchmark).
    projection: { type: projection },
    // No `glyphs`: labels are drawn from the page's own web fonts (see fonts.ts).
    sources: {
      // Promoted ids address hover and selection as feature-state (see highlight.ts).
      [BASEMAP_SOURCES.countries]: {
        type: 'geojson',
        data: basemap.countries,
        promoteId: 'iso3',
        buffer: LINE_TILE_BUFFER,
      },
      // Generated ids address a label cut by the map's edge as feature-state (edge-labels.ts).
      [BASEMAP_SOURCES.labels]: { type: 'geojson', data: basemap.labels, generateId: true },
      [LINE_SOURCE]: { type: 'geojson', data: data.lines, promoteId: LINE_KEY, buffer: LINE_TILE_BUFFER },
      [PLACE_SOURCE]: { type: 'geojson', data: data.places, promoteId: 'id' },
      [ROUTE_LABEL_SOURCE]: { type: 'geojson', data: data.routeLabels, promoteId: 'id' },
      // Filled by MapView with what is selected, hovered and pointed at.
      [HIGHLIGHT_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      background,
      countryFill(theme, basemapFill),
      coastline,
      border,
      // Under the labels and the data: a halo lies beneath its flow or route.
      highlightLayer(theme),
      ...routeLayers(theme),
      ...flowLayers(theme),
      // Labels over the flows, in their halo: beneath them, CHINA was crossed out by its own flows.
      countryLabel,
      routeNames.planned,
      // Placed before the plans' names (later layers are placed first), other countries' after.
      storyCountryLabel,
      routeNames.running,
      highlightMarkerLayer(theme),
      // The selected route's name is placed before every other route's and country's name and
      // the other places' names, after the markers, the named places' names (and the selection's
      // countries', which a selected route has none of).
      ...placeLayers(theme, [routeNames.selected]),
      // Placed before the places' names, after the markers (named-countries.ts).
      namedCountryLabel,
      markerRoomLayer(theme),
    ],
  };
}

/**
 * The countries the story is about: those two or more of the data's entries (relations and
 * events) name. A country named once (Turkmenistan, Syria) is left with the others, whose names
 * give way to the routes': in the rail chapter Turkmenistan's took the southern link's.
 */
export function storyCountries(d: IndexedDataset | null): string[] {
  if (!d) return [];
  const entries = new Map<string, number>();
  const count = (actorId: string) => {
    const iso3 = d.actorById.get(actorId)?.iso3;
    if (iso3) entries.set(iso3, (entries.get(iso3) ?? 0) + 1);
  };
  for (const r of d.relations) [r.from, r.to].forEach(count);
  for (const e of d.events) e.actors.forEach(count);
  return [...entries].filter(([, n]) => n >= 2).map(([iso3]) => iso3);
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const EMPTY_OVERLAY: Overlay = {
  flows: EMPTY,
  routes: EMPTY,
  lines: EMPTY,
  places: EMPTY,
  ungroupedPlaces: EMPTY,
  routeLabels: EMPTY,
  involvement: new Map(),
  hidden: new Map(),
  fadedRouteNames: new Map(),
  markerOf: new Map(),
  visible: { relations: [], events: [], routes: [] },
  drawn: { relations: [], routes: [] },
  selectedRoute: null,
  namedPlaces: NO_PLACES,
  namedCountries: NO_COUNTRIES,
  dataset: null,
  scales: null,
};
