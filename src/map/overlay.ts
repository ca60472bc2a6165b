/**
 * The data overlay's sources for what the view shows, computed once per change of view. Given
 * the overlay it replaces, it keeps each source whose entries did not change (the same object),
 * so the map reloads only the sources that did: a step of the timeline often changes one.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { VisibleEntries } from '../data/visible.ts';
import type { WidthScales } from '../scales/flow-width.ts';
import type { Overlay } from './style.ts';
import { flowFeatures } from './layers/flows.ts';
import { placeFeatures } from './layers/places.ts';
import { routeFeatures } from './layers/routes.ts';
import { involvementByCountry } from './layers/countries.ts';

export function buildOverlay(
  d: IndexedDataset,
  visible: VisibleEntries,
  scales: WidthScales,
  previous?: Overlay | null,
): Overlay {
  // Only reusable when built from the same dataset and scales: then the same entries give the same features.
  const before = previous?.dataset === d && previous.scales === scales ? previous : null;
  const sameRelations = !!before && sameItems(before.visible.relations, visible.relations);
  const sameEvents = !!before && sameItems(before.visible.events, visible.events);
  const sameRoutes = !!before && sameItems(before.visible.routes, visible.routes);
  return {
    flows: sameRelations ? before.flows : flowFeatures(d, visible.relations, scales),
    places: sameRelations && sameEvents ? before.places : placeFeatures(d, visible),
    routes: sameRoutes ? before.routes : routeFeatures(d, visible.routes),
    involvement: involvementByCountry(d, visible),
    eventPlaces: before?.eventPlaces ?? new Map(d.events.map((e) => [e.id, e.place])),
    visible,
    dataset: d,
    scales,
  };
}

/** Whether two lists hold the same entries (the dataset's own objects) in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A builder that hands each overlay the one before it, so unchanged sources are kept. */
export function overlayBuilder() {
  let last: Overlay | null = null;
  return (d: IndexedDataset, visible: VisibleEntries, scales: WidthScales) =>
    (last = buildOverlay(d, visible, scales, last));
}
