/**
 * Places and events. Events are drawn as one marker per place, sized by how many visible events
 * happened there and labelled with that count; other places that anchor a visible flow or route
 * are small dots. Reads places.geojson and the visible events; writes the `places` source's
 * properties: id, name, events (count), role ('event' | 'anchor'), anchor (a flow or route ends
 * there), named (the selection or the tour's chapter is about the place: its name is shown at any
 * zoom; named-places.ts), hub (it ends a third or more of the ties shown: its name is shown at any
 * zoom, as room allows). Markers that would overlap are then drawn as one (event-groups.ts).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { VisibleEntries } from '../../data/visible.ts';
import type { Theme } from '../theme.ts';
import { MAP_FONT_REGULAR, MAP_FONT_SEMIBOLD } from '../font-names.ts';
import { isSelected } from '../highlight.ts';
import { opaqueText } from './per-feature.ts';
import { unlessCut } from './basemap.ts';
import { besideSquare, type Anchor } from './label-anchors.ts';
import { hubPlacesOf } from '../named-places.ts';

export const PLACE_SOURCE = 'places';
export const PLACE_LABEL = 'place-label';
/** The names of the places the selection or the tour's chapter is about, in a layer of their own (see placeLayers). */
export const NAMED_PLACE_LABEL = 'named-place-label';
/** A place's name, in pixels at the theme's labelScale 1 (the handout's theme is sized by it). */
export const PLACE_NAME_SIZE = 12;
/** The names of the hubs (named-places.ts) below zoom 2.5, where other places are not named. */
export const HUB_PLACE_LABEL = 'hub-place-label';
export const PLACE_LABEL_LAYERS = [HUB_PLACE_LABEL, PLACE_LABEL, NAMED_PLACE_LABEL];
/** The room each place name keeps clear around it, in pixels (MapLibre's default). */
export const PLACE_LABEL_PADDING = 2;
export const PLACE_LAYER_IDS = ['place-marker'];
/** The blank image (map-images.ts) of the layer by which each marker holds its place among the labels. */
export const MARKER_ROOM_IMAGE = 'marker-room';

/**
 * Place names are shown from zoom 2.5, when there is room for them beside the countries' names; the
 * names of the few places the selection or a tour chapter is about, at any zoom, as room allows: on
 * a 1024 × 768 projector the Far East chapter opens at 2.4 (a phone's at 1.7) and named neither
 * Magadan nor Khabarovsk, which its text is about; a phone's arms chapter (1.4) named none of
 * Russia's customers. The hubs too, after the countries' and routes' names: a laptop's opening
 * globe (2.0) had named not even Moscow or Beijing.
 */
const PLACE_NAMES_MINZOOM = 2.5;

/** No places named at any zoom: no selection about places, outside the tour. */
export const NO_PLACES: ReadonlySet<string> = new Set();

/** `namedPlaces`: the places named at any zoom (named-places.ts): the selection's and the tour's chapter's. */
export function placeFeatures(
  d: IndexedDataset,
  visible: VisibleEntries,
  namedPlaces: ReadonlySet<string> = NO_PLACES,
): FeatureCollection<Point> {
  const eventCounts = new Map<string, number>();
  for (const e of visible.events) eventCounts.set(e.place, (eventCounts.get(e.place) ?? 0) + 1);
  const anchors = new Set<string>();
  for (const r of visible.relations) {
    for (const actorId of [r.from, r.to]) {
      const anchor = d.actorById.get(actorId)?.anchor;
      if (anchor) anchors.add(anchor);
    }
  }
  for (const route of visible.routes) for (const via of route.properties.via) anchors.add(via);

  const ids = new Set([...eventCounts.keys(), ...anchors]);
  const hubs = hubPlacesOf(d, visible.relations);
  const features = [...ids]
    .map((id) => d.placeById.get(id))
    .filter((p) => p !== undefined)
    .map((p) => ({
      type: 'Feature' as const,
      properties: {
        id: p.id,
        name: p.properties.name,
        events: eventCounts.get(p.id) ?? 0,
        role: eventCounts.has(p.id) ? 'event' : 'anchor',
        // A flow or route ends here: drawn as a dot if its events join a nearby marker (event-groups.ts).
        anchor: anchors.has(p.id),
        named: namedPlaces.has(p.id),
        hub: hubs.has(p.id),
      },
      geometry: p.geometry as Point,
    }));
  return { type: 'FeatureCollection', features };
}

const isEvent = (): ExpressionSpecification => ['==', ['get', 'role'], 'event'];

/** A marker's radius, in pixels: an event marker grows with its count and with the labels (it carries the count). */
export function markerRadius(theme: Pick<Theme, 'labelScale' | 'lineScale'>): ExpressionSpecification {
  const [fewest, most] = EVENT_MARKER_RADII;
  return [
    'case',
    isEvent(),
    [
      'interpolate',
      ['linear'],
      ['get', 'events'],
      1,
      fewest * theme.labelScale,
      MOST_EVENTS_SIZED,
      most * theme.labelScale,
    ],
    DOT_RADIUS * theme.lineScale,
  ];
}

/** An event marker's radius (px, before the labels' scale) for one event and for MOST_EVENTS_SIZED or more; a plain dot's. */
const EVENT_MARKER_RADII = [7, 13] as const;
const MOST_EVENTS_SIZED = 10;
const DOT_RADIUS = 3.5;

/** An event marker's radius for `events` (px, before the labels' scale), as markerRadius draws it; the static map's too. */
export function eventMarkerRadius(events: number): number {
  const [fewest, most] = EVENT_MARKER_RADII;
  const grown = (Math.min(Math.max(events, 1), MOST_EVENTS_SIZED) - 1) / (MOST_EVENTS_SIZED - 1);
  return fewest + grown * (most - fewest);
}

/** The width of a marker's rim, drawn outside its radius, when it is not selected. */
export const markerRim = (theme: Pick<Theme, 'lineScale'>) => 1.5 * theme.lineScale;

/** An event marker's radius on screen with its rim, in pixels, as placeLayers draws it. */
export function markerOuterRadius(events: number, theme: Pick<Theme, 'labelScale' | 'lineScale'>): number {
  return eventMarkerRadius(events) * theme.labelScale + markerRim(theme);
}

/** Right of the marker, left, below, above, then at its corners. */
export const NAME_SIDES: Anchor[] = [
  'left',
  'right',
  'top',
  'bottom',
  'top-left',
  'bottom-left',
  'top-right',
  'bottom-right',
];

/**
 * Where a place's name may go: beside its marker's room (marker-room), however big the marker
 * (at a fixed 0.9 em a marker of three or more events took every spot of its own name: Samarkand,
 * Naypyidaw), and at its corners too: in the after-2022 chapter on a 1280 × 800 projector
 * Bishkek's and Dushanbe's markers took all four sides of the selected event's. One set of spots
 * per event count, as markerRadius sizes the marker.
 */
export function nameSpots(theme: Theme): ExpressionSpecification {
  const spotsFor = (events: number) => {
    const outer = events === 0 ? DOT_RADIUS * theme.lineScale + markerRim(theme) : markerOuterRadius(events, theme);
    const gap = (outer + 3) / (12 * theme.labelScale);
    return ['literal', besideSquare(gap, NAME_SIDES)] as ExpressionSpecification;
  };
  const steps = Array.from({ length: MOST_EVENTS_SIZED }, (_, i) => [i + 1, spotsFor(i + 1)]).flat();
  return ['step', ['get', 'events'], spotsFor(0), ...steps] as ExpressionSpecification;
}

/** `between`: layers to lie between the other places' names and the named places' (placed after those, before these). */
export function placeLayers(theme: Theme, between: LayerSpecification[] = []): LayerSpecification[] {
  return [
    {
      // Event markers and anchor dots in one layer: one pass and one shader program for both.
      id: 'place-marker',
      type: 'circle',
      source: PLACE_SOURCE,
      // Bigger markers above smaller ones, and events above plain dots.
      layout: { 'circle-sort-key': ['get', 'events'] },
      paint: {
        'circle-radius': markerRadius(theme),
        'circle-color': ['case', isEvent(), theme.event, theme.land],
        'circle-stroke-color': ['case', isSelected, theme.selection, isEvent(), theme.land, theme.place],
        'circle-stroke-width': ['case', isSelected, 4, markerRim(theme)],
      },
    },
    {
      id: 'event-count',
      type: 'symbol',
      source: PLACE_SOURCE,
      filter: isEvent(),
      layout: {
        'text-field': ['to-string', ['get', 'events']],
        'text-font': MAP_FONT_SEMIBOLD,
        'text-size': 11 * theme.labelScale,
        // Always drawn: its marker holds the place (marker-room).
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.land, 'text-opacity': opaqueText() },
    },
    // Below 2.5 the hubs' names, placed as other places' names are: after the countries' and the routes'.
    placeLabelLayer(theme, HUB_PLACE_LABEL, ['all', ['!', isNamed], isHub], 0, PLACE_NAMES_MINZOOM),
    placeLabelLayer(theme, PLACE_LABEL, ['!', isNamed], PLACE_NAMES_MINZOOM),
    ...between,
    // Placed before the other places' names (later layers are placed first).
    placeLabelLayer(theme, NAMED_PLACE_LABEL, isNamed),
  ];
}

const isNamed: ExpressionSpecification = ['boolean', ['get', 'named'], false];
const isHub: ExpressionSpecification = ['boolean', ['get', 'hub'], false];

function placeLabelLayer(
  theme: Theme,
  id: string,
  filter: ExpressionSpecification,
  minzoom = 0,
  maxzoom = 24,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: PLACE_SOURCE,
    filter,
    minzoom,
    maxzoom,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': MAP_FONT_REGULAR,
      'text-size': ['*', theme.labelScale, PLACE_NAME_SIZE],
      'text-variable-anchor-offset': nameSpots(theme),
      'text-optional': true,
      'symbol-sort-key': ['-', ['get', 'events']],
    },
    paint: {
      'text-color': theme.label,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': theme.labelHaloWidth,
      // A name the map's edge would cut is hidden until it can be read whole (edge-labels.ts).
      'text-opacity': unlessCut(),
    },
  };
}

/**
 * Each marker holds its place among the labels, so that no name is drawn over one: circles take
 * no part in label placement, so an unseen square of the marker's size, rim included, stands in
 * for it. Always placed, never drawn (opacity 0 skips its draw call). It lies above every label
 * (style.ts): later layers are placed first, so place, route and country names all give way to it.
 */
export function markerRoomLayer(theme: Theme): LayerSpecification {
  return {
    id: 'marker-room',
    type: 'symbol',
    source: PLACE_SOURCE,
    layout: {
      'icon-image': MARKER_ROOM_IMAGE,
      // The image is one pixel: its size is the marker's diameter.
      'icon-size': ['*', 2, ['+', markerRadius(theme), markerRim(theme)]],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 1,
    },
    paint: { 'icon-opacity': 0 },
  };
}
