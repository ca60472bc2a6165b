/**
 * The data overlay's sources for what the view shows, computed once per change of view. Given
 * the overlay it replaces, it keeps each source whose entries did not change (the same object),
 * so the map reloads only the sources that did.
 *
 * The live map draws the flows and routes of every year and hides the others by feature-state
 * (`drawn`, `hidden`): a step of the timeline then repaints the map once instead of re-tiling
 * its lines, which at 100× the data took seconds. A flow also keeps its place in a fan of
 * parallel flows from year to year. Places and event counts are the year's own: a count is text,
 * which feature-state cannot change.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { IndexedDataset } from '../data/dataset.ts';
import type { VisibleEntries } from '../data/visible.ts';
import type { WidthScales } from '../scales/flow-width.ts';
import type { DrawnLines, Overlay } from './style.ts';
import { flowFeatures } from './layers/flows.ts';
import { NO_PLACES, PLACE_SOURCE, placeFeatures } from './layers/places.ts';
import { groupMarkers, groupNearbyEvents, groupsKey, type MarkerView } from './layers/event-groups.ts';
import { highlightTarget } from './highlight.ts';
import { samePlaces as sameNamedPlaces } from './named-places.ts';
import { NO_COUNTRIES, sameCountries } from './named-countries.ts';
import { routeFeatures, routeLabelFeatures } from './layers/routes.ts';
import { lineFeatures, lineKey, type LineKind } from './layers/lines.ts';
import { involvementByCountry } from './layers/countries.ts';
import { FADED, HIDDEN } from './hidden.ts';
import { fading, type Focus } from './focus.ts';
import type { Selection } from '../state/url.ts';

/** How the view draws its entries, beyond which ones it shows. */
export type OverlayOptions = {
  /** The flows and routes drawn (every year's), of which those not shown are hidden. */
  drawn?: DrawnLines;
  /** A year is chosen: the undated lines are faded. */
  yearChosen?: boolean;
  /** The selected route, whose name is placed first. */
  selectedRoute?: string | null;
  /** The reader's selection or a tour chapter's entries (focus.ts): the lines it is not about are faded. */
  focus?: Focus | null;
  /** The places named at any zoom (named-places.ts); the places are rebuilt only when they change. */
  namedPlaces?: ReadonlySet<string>;
  /** The countries named first (named-countries.ts), sorted. */
  namedCountries?: readonly string[];
  /** The scale the markers are drawn at: overlapping ones are drawn as one (event-groups.ts). */
  markers?: MarkerView | null;
  /** The reader's selection: the marker it lights up stands apart from any group. */
  selection?: Selection | null;
};

export function buildOverlay(
  d: IndexedDataset,
  visible: VisibleEntries,
  scales: WidthScales,
  previous?: Overlay | null,
  {
    drawn = visible,
    yearChosen = false,
    selectedRoute = null,
    focus = null,
    namedPlaces = NO_PLACES,
    namedCountries = NO_COUNTRIES,
    markers = null,
    selection = null,
  }: OverlayOptions = {},
): Overlay {
  // Only reusable when built from the same dataset and scales: then the same entries give the same features.
  const before = previous?.dataset === d && previous.scales === scales ? previous : null;
  const same = <T>(pick: (o: Overlay) => readonly T[], now: readonly T[]) => !!before && sameItems(pick(before), now);
  const sameDrawnRelations = same((o) => o.drawn.relations, drawn.relations);
  const sameDrawnRoutes = same((o) => o.drawn.routes, drawn.routes);
  const sameVisibleRoutes = same((o) => o.visible.routes, visible.routes);
  // A place is drawn for the year's events and for the anchors of its flows and routes.
  const samePlaces =
    !!before &&
    sameNamedPlaces(before.namedPlaces, namedPlaces) &&
    sameVisibleRoutes &&
    same((o) => o.visible.relations, visible.relations) &&
    same((o) => o.visible.events, visible.events);
  const places = groupedPlaces(
    samePlaces ? before!.ungroupedPlaces : placeFeatures(d, visible, namedPlaces),
    markers,
    selection,
    d,
  );
  const flows = sameDrawnRelations ? before!.flows : flowFeatures(d, drawn.relations, scales);
  const routes = sameDrawnRoutes ? before!.routes : routeFeatures(d, drawn.routes);
  const hidden = new Map([
    ...hiddenKeys('flow', drawn.relations, visible.relations),
    ...hiddenKeys('route', drawn.routes, visible.routes),
    ...(fading(d, visible, yearChosen, focus)?.keys ?? []).map((key): [string, number] => [key, FADED]),
  ]);
  const sameGroups =
    before?.ungroupedPlaces === places.ungrouped && groupsKey(before.places) === groupsKey(places.grouped);
  return {
    flows,
    routes,
    lines: sameDrawnRelations && sameDrawnRoutes ? before!.lines : lineFeatures(flows, routes),
    ungroupedPlaces: places.ungrouped,
    // The same object while the same markers are drawn as one: the map reloads no places.
    places: sameGroups ? before!.places : places.grouped,
    markerOf: sameGroups ? before!.markerOf : groupMarkers(places.grouped),
    // The selected route's name is drawn by a layer of its own (routes.ts): a selection sets only this source.
    routeLabels:
      sameVisibleRoutes && before!.selectedRoute === selectedRoute
        ? before!.routeLabels
        : routeLabelFeatures(visible.routes, selectedRoute),
    involvement: involvementByCountry(d, visible),
    hidden,
    // A selected route is drawn in full however faint its state (hidden.ts): so is its name.
    fadedRouteNames: new Map(
      visible.routes
        .filter((r) => r.id !== selectedRoute && hidden.get(lineKey('route', r.id)) === FADED)
        .map((r) => [r.id, 1]),
    ),
    visible,
    drawn,
    selectedRoute,
    namedPlaces,
    // The same list while the countries are the same, so the map sets no new filters.
    namedCountries:
      before && sameCountries(before.namedCountries, namedCountries) ? before.namedCountries : namedCountries,
    dataset: d,
    scales,
  };
}

/** The places, and the places with overlapping event markers drawn as one at `markers`' scale. */
function groupedPlaces(
  ungrouped: Overlay['places'],
  markers: MarkerView | null,
  selection: Selection | null,
  d: IndexedDataset,
) {
  if (!markers) return { ungrouped, grouped: ungrouped };
  const lit = highlightTarget(selection, 'selected', d);
  const apart = new Set(lit?.source === PLACE_SOURCE ? [lit.id] : []);
  return { ungrouped, grouped: groupNearbyEvents(ungrouped as FeatureCollection<Point>, markers, apart) };
}

/** The line keys of the drawn entries the view does not show, each with the value HIDDEN (a feature-state). */
function hiddenKeys(
  kind: LineKind,
  drawn: readonly { id: string }[],
  shown: readonly { id: string }[],
): [string, number][] {
  const showing = new Set(shown.map((e) => e.id));
  return drawn.filter((e) => !showing.has(e.id)).map((e) => [lineKey(kind, e.id), HIDDEN]);
}

/** Whether two lists hold the same entries (the dataset's own objects) in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A builder that hands each overlay the one before it, so unchanged sources are kept. */
export function overlayBuilder() {
  let last: Overlay | null = null;
  return (d: IndexedDataset, visible: VisibleEntries, scales: WidthScales, options?: OverlayOptions) =>
    (last = buildOverlay(d, visible, scales, last, options));
}
