/**
 * Hover and selection without restyling: a changed filter or paint expression would restyle the
 * map and make the worker re-tile the source (seen in the benchmark as ~250 ms per click).
 * Markers, and flows and routes under the pointer, take MapLibre feature-state (one repaint);
 * the selected flow or route and the hovered or selected country are outlined by the small
 * highlight source instead (layers/highlight-shapes.ts), so no layer draws every feature for them.
 *
 * The data sources promote their `id` property (countries: `iso3`; flows and routes: their
 * kind and id, see layers/lines.ts) to the feature id, so a state is addressed by the entry's
 * own id and survives `setData` when the view changes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Selection } from '../state/url.ts';
import type { IndexedDataset } from '../data/dataset.ts';
import { sharedAnchor } from '../data/visible.ts';
import { BASEMAP_SOURCES } from './layers/basemap.ts';
import { LINE_SOURCE, lineKey } from './layers/lines.ts';
import { PLACE_SOURCE } from './layers/places.ts';

/** Chosen, under the pointer on the map, or pointed at in the details' lists (ui/pointing.ts). */
export type HighlightKey = 'selected' | 'hovered' | 'pointed';

/** One feature-state flag to set: which source, which feature, which flag. */
export type HighlightTarget = { source: string; id: string; key: HighlightKey };

export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];
export const isPointed: ExpressionSpecification = ['boolean', ['feature-state', 'pointed'], false];

/** What highlightTarget looks up: an event's place, and a relation's ends. */
export type HighlightLookup = Pick<IndexedDataset, 'eventById' | 'relationById' | 'actorById'>;

/** The feature a selection or hover lights up on the map, if it has one. */
export function highlightTarget(
  s: Selection | null,
  key: HighlightKey,
  /** The dataset (or the parts it reads): an event lights its place, as does a relation drawn as no line. */
  d: HighlightLookup,
  /** Place id → the id of the marker drawn for it, where markers are drawn as one (event-groups.ts). */
  markerOf: ReadonlyMap<string, string> = new Map(),
): HighlightTarget | null {
  if (!s) return null;
  switch (s.kind) {
    case 'relation': {
      // Both ends at one place (Russia and a body seated in Moscow): no line is drawn, so the place is lit.
      const relation = d.relationById.get(s.id);
      const place = relation && sharedAnchor(d, relation);
      return place
        ? { source: PLACE_SOURCE, id: markerOf.get(place) ?? place, key }
        : { source: LINE_SOURCE, id: lineKey('flow', s.id), key };
    }
    case 'route':
      return { source: LINE_SOURCE, id: lineKey('route', s.id), key };
    case 'place':
      return { source: PLACE_SOURCE, id: markerOf.get(s.id) ?? s.id, key };
    case 'event': {
      // An event lights up the marker of the place where it happened.
      const place = d.eventById.get(s.id)?.place;
      return place ? { source: PLACE_SOURCE, id: markerOf.get(place) ?? place, key } : null;
    }
    case 'country':
      return { source: BASEMAP_SOURCES.countries, id: s.id, key };
    case 'actor':
      // Country actors are named by their ISO code; other actors have no shape to light up.
      return /^[A-Z]{3}$/.test(s.id) ? { source: BASEMAP_SOURCES.countries, id: s.id, key } : null;
  }
}

/** Minimal map surface, so the bookkeeping can be tested without WebGL. */
export type FeatureStateMap = {
  getSource(id: string): unknown;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean | number>): void;
};

/**
 * Keeps the map's highlight flags equal to `targets`: clears the flags of features no longer
 * targeted and sets the new ones. Returns what is now set, to pass back in next time.
 */
export function applyHighlights(
  map: FeatureStateMap,
  previous: HighlightTarget[],
  targets: HighlightTarget[],
): HighlightTarget[] {
  const same = (a: HighlightTarget, b: HighlightTarget) => a.source === b.source && a.id === b.id && a.key === b.key;
  for (const old of previous) {
    if (!targets.some((t) => same(t, old)) && map.getSource(old.source))
      map.setFeatureState({ source: old.source, id: old.id }, { [old.key]: false });
  }
  const applied: HighlightTarget[] = [];
  for (const t of targets) {
    if (!map.getSource(t.source)) continue;
    // Set again, an unchanged state still makes the map draw a frame: after a click, before the
    // details panel could paint.
    if (!previous.some((old) => same(old, t))) map.setFeatureState({ source: t.source, id: t.id }, { [t.key]: true });
    applied.push(t);
  }
  return applied;
}

/**
 * Keeps one numeric feature-state key of a source equal to `next` (id → value); ids that drop
 * out are set to 0. Returns `next`, or the previous values if the source is not there yet.
 */
export function syncFeatureValues(
  map: FeatureStateMap,
  source: string,
  key: string,
  previous: Map<string, number>,
  next: Map<string, number>,
): Map<string, number> {
  if (!map.getSource(source)) return previous;
  for (const id of previous.keys()) if (!next.has(id)) map.setFeatureState({ source, id }, { [key]: 0 });
  for (const [id, value] of next) if (previous.get(id) !== value) map.setFeatureState({ source, id }, { [key]: value });
  return next;
}
