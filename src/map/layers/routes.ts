/**
 * Rail routes as lines through the places on their way. Reads routes.geojson; properties used:
 * id, name, certainty, schematic, actors. Colour = whose project (Russia, China, other);
 * dotted = planned. Each route of the view is named, on a plate, at the middle of its line, with
 * "(schematic)" when the line is drawn through named places rather than along the track; the
 * selected one (property `selected` of the route-labels source) before the other names.
 */
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { RouteFeature } from '../../data/schema.ts';
import type { Theme } from '../theme.ts';
import { MAP_FONT_REGULAR } from '../font-names.ts';
import { besidePoint } from './label-anchors.ts';
import { actorSide } from '../sides.ts';
import { sideColour } from './flows.ts';
import { isHovered } from '../highlight.ts';
import { perFeature } from './per-feature.ts';
import { unlessCut } from './basemap.ts';
import { FADED_OPACITY, fadedIfUndated, unlessHidden } from '../hidden.ts';
import { LINE_SOURCE, isKind, lineProperties } from './lines.ts';
import { LABEL_PLATE_IMAGE } from '../label-plate.ts';

/** The routes' names, as points: a name along the line did not fit on the short Central Asian routes. */
export const ROUTE_LABEL_SOURCE = 'route-labels';
export const ROUTE_LAYER_IDS = ['route-line', 'route-planned'];

export function routeFeatures(d: IndexedDataset, routes: RouteFeature[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: routes.map((r) => ({
      type: 'Feature',
      properties: {
        ...lineProperties('route', r.id),
        name: r.properties.name,
        certainty: r.properties.certainty,
        schematic: r.properties.schematic,
        side: r.properties.actors.map((a) => actorSide(d, a)).find(Boolean) ?? 'other',
      },
      geometry: r.geometry as LineString,
    })),
  };
}

/** One point per route of the view, on its line (labelPoint), carrying its name; `selected` marks the selected route's. */
export function routeLabelFeatures(
  routes: RouteFeature[],
  selectedRoute: string | null = null,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: routes.map((r) => ({
      type: 'Feature',
      properties: {
        id: r.id,
        name: r.properties.name,
        schematic: r.properties.schematic,
        certainty: r.properties.certainty,
        selected: r.id === selectedRoute,
      },
      geometry: { type: 'Point', coordinates: labelPoint((r.geometry as LineString).coordinates) },
    })),
  };
}

/**
 * Where a route's name goes: the middle of its longest leg. The towns are the line's vertices and
 * carry their own labels, so the longest leg is where the name has the most room.
 */
export function labelPoint(line: Position[]): Position {
  let best = 0;
  let longest = -1;
  for (let i = 0; i + 1 < line.length; i++) {
    const length = Math.hypot(line[i + 1][0] - line[i][0], line[i + 1][1] - line[i][1]);
    if (length > longest) [best, longest] = [i, length];
  }
  const [a, b] = [line[best], line[best + 1] ?? line[best]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

export function routeLayers(theme: Theme): LayerSpecification[] {
  const width = (extra = 0): ExpressionSpecification =>
    unlessHidden(['case', isHovered, (6 + extra) * theme.lineScale, (4 + extra) * theme.lineScale]);
  const isRoute = isKind('route');
  const planned: ExpressionSpecification = ['==', ['get', 'certainty'], 'planned'];
  return [
    {
      id: 'route-casing',
      type: 'line',
      source: LINE_SOURCE,
      filter: isRoute,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(theme.land), 'line-width': width(3), 'line-opacity': fadedIfUndated(1) },
    },
    {
      id: 'route-line',
      type: 'line',
      source: LINE_SOURCE,
      filter: ['all', isRoute, ['!', planned]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': sideColour(theme), 'line-width': width(), 'line-opacity': fadedIfUndated(1) },
    },
    {
      id: 'route-planned',
      type: 'line',
      source: LINE_SOURCE,
      filter: ['all', isRoute, planned],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': sideColour(theme),
        'line-width': width(),
        'line-opacity': fadedIfUndated(1),
        'line-dasharray': [0.1, 1.6],
      },
    },
  ];
}

/** The names of routes that run (China's to Europe over Russia's network), apart from the plans'. */
export const RUNNING_ROUTE_LABEL = 'running-route-label';
/** The selected route's name, apart from the others'. */
export const SELECTED_ROUTE_LABEL = 'selected-route-label';
/** The layers of routes' names, all hidden when the map's edge would cut them (edge-labels.ts). */
export const ROUTE_LABEL_LAYERS = ['route-label', RUNNING_ROUTE_LABEL, SELECTED_ROUTE_LABEL];
/** The room kept around a route's name (MapLibre's default, named for edge-labels.ts). */
export const ROUTE_LABEL_PADDING = 2;

/**
 * The routes' names, from zoom 1.75: below it (a phone's overview, about 1.2) they crowd the
 * flows. From 2, the tour's rail chapter went unnamed on a 1280×800 or 1024×768 projector, where
 * it opens at 1.8 and 1.9 (its frame fitted to a smaller map). They give way to the markers and to
 * the places' names (places.ts). The plans' names ('route-label') also give way to the names of
 * the story's countries (basemap.ts), the names of routes that run do not: in style.ts the plans'
 * layer lies under the story's countries' and the running routes' above it (later layers are
 * placed first). With all of them in one layer, either NORTH KOREA lost its place to the Korean
 * plans' name, or China's route to Europe went unnamed in the rail chapter on some loads.
 *
 * The selected route's name has a layer of its own, placed before every country's and route's
 * name (style.ts): the reader chose it, and it is what the details panel is about. In its plain
 * layer the China–Kyrgyzstan–Uzbekistan projects, among Central Asia's markers and names, went
 * unnamed when selected by a link or by the rail chapter. It gives way to the markers and to the
 * names of the places the selection or the chapter is about, not to other places' names: after
 * those, the rail chapter presented on a 1920 × 1080 projector left it unnamed (Tashkent's name,
 * not in its text, gives way to it there). Placed before those, it once took Jalal-Abad's spot
 * on a phone; with its further spots (SELECTED_ROUTE_NAME_GAPS) both are named there now.
 */
export function routeLabelLayers(theme: Theme): {
  planned: LayerSpecification;
  running: LayerSpecification;
  selected: LayerSpecification;
} {
  const planned: ExpressionSpecification = ['==', ['get', 'certainty'], 'planned'];
  const selected: ExpressionSpecification = ['==', ['get', 'selected'], true];
  return {
    planned: routeLabelLayer(theme, 'route-label', ['all', ['!', selected], planned], ROUTE_NAME_GAPS),
    running: routeLabelLayer(theme, RUNNING_ROUTE_LABEL, ['all', ['!', selected], ['!', planned]], ROUTE_NAME_GAPS),
    selected: routeLabelLayer(theme, SELECTED_ROUTE_LABEL, selected, SELECTED_ROUTE_NAME_GAPS),
  };
}

/** The feature-state of a route's name whose route is drawn faint (1) or not (0 or none). */
export const ROUTE_NAME_FADED_STATE = 'faded';

/** `opacity`, none for a name the map's edge would cut, less for a faint route's. */
function nameOpacity(opacity: number): ExpressionSpecification {
  const faded: ExpressionSpecification = ['==', ['feature-state', ROUTE_NAME_FADED_STATE], 1];
  return ['*', opacity, unlessCut(), ['case', faded, FADED_OPACITY, 1]];
}

/** The zoom route names are drawn from, and how far (ems) a name may sit from its point; the static map's too. */
export const ROUTE_NAMES_FROM = 1.75;
export const ROUTE_NAME_GAPS = [0.8, 1.6, 2.4];
/**
 * The selected route's name may sit further off: its line is drawn highlighted, so the name still
 * reads as its. On a 1920 × 1080 projector the rail chapter's China–Kyrgyzstan–Uzbekistan projects,
 * among Kashgar's, Bishkek's and Samarkand's markers and names, found no room within 2.4 ems.
 */
export const SELECTED_ROUTE_NAME_GAPS = [...ROUTE_NAME_GAPS, 3.2, 4];

function routeLabelLayer(
  theme: Theme,
  id: string,
  filter: ExpressionSpecification,
  gaps: number[],
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: ROUTE_LABEL_SOURCE,
    filter,
    minzoom: ROUTE_NAMES_FROM,
    layout: {
      'text-field': [
        'case',
        ['get', 'schematic'],
        ['format', ['get', 'name'], {}, '\n(schematic)', { 'font-scale': 0.85 }],
        ['get', 'name'],
      ],
      'text-font': MAP_FONT_REGULAR,
      'text-size': ['*', theme.labelScale, 11],
      // Narrow blocks: they find room between the markers of Central Asia and of the Koreas.
      'text-max-width': 9,
      'text-padding': ROUTE_LABEL_PADDING,
      // Beside its point, further off where markers or names crowd it: a name that moved reads
      // better than one drawn over a town's marker or left out.
      'text-variable-anchor-offset': besidePoint(...gaps),
      // On a plate: it lies on its line, often across a flow's band, where a halo left it crossed out.
      'icon-image': LABEL_PLATE_IMAGE,
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [1, 3, 1, 3],
    },
    paint: {
      'text-color': theme.label,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': theme.labelHaloWidth,
      // Per feature, as the flows' arrows read theirs: the plate shares their shader program. A
      // program of its own cost software WebGL ~130 ms on the first frame (per-feature.ts).
      'icon-color': perFeature(theme.labelHalo),
      // A name the map's edge would cut is hidden until it can be read whole (edge-labels.ts);
      // the name of a route drawn faint is faint too (overlay.ts).
      'icon-opacity': nameOpacity(0.85),
      'text-opacity': nameOpacity(1),
    },
  };
}
