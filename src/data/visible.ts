/**
 * What the current view shows: the entries of the visible layers that match the time filter.
 * Pure, so the map, the table, the summary and the legend all count the same things.
 */
import type { LayerId, Relation } from './schema.ts';
import type { CitedDataset, Dataset, IndexedDataset } from './dataset.ts';
import { dateMatches, periodMatches, type TimeFilter } from './time.ts';
import { LAYER_IDS } from './enums.ts';
import { entriesAtPlace, entriesOfActor } from './selection.ts';
import type { Selection } from '../state/url.ts';

/** The entries shown, with their quotes when read from the dataset with them (CitedVisibleEntries). */
export type VisibleEntries<D extends Dataset = Dataset> = {
  relations: D['relations'];
  events: D['events'];
  routes: D['routes']['features'];
};
export type CitedVisibleEntries = VisibleEntries<CitedDataset>;

export function visibleEntries<D extends Dataset>(d: D, layers: LayerId[], time: TimeFilter | null): VisibleEntries<D> {
  const on = new Set(layers);
  return {
    relations: d.relations.filter((r) => on.has(r.layer) && (!time || periodMatches(r.period, time))),
    events: d.events.filter((e) => on.has(e.layer) && (!time || dateMatches(e.date, time))),
    routes: d.routes.features.filter(
      (r) => on.has(r.properties.layer) && (!time || periodMatches(r.properties.period, time)),
    ),
  };
}

/**
 * The layers and time filter under which a chosen entry is on the map: its layer turned on, and
 * all years if the time filter hides it. A reader who picks an entry in search, the table or a
 * list expects to see it, not a map without it. An actor (a country) or a place is shown by its
 * ties and events: if none is on the map, those in the years shown come on, or, if none is, all
 * of them with all years. The Quad, whose one tie is on a layer off by default, was flown to as an
 * empty America. Returns `view` itself when nothing changes.
 */
export function viewShowing(
  d: IndexedDataset,
  view: { layers: LayerId[]; time: TimeFilter | null },
  selection: Selection | null,
): { layers: LayerId[]; time: TimeFilter | null } {
  const entries = shownBy(d, selection);
  const inTime = entries.filter((e) => !view.time || e.matches(view.time));
  if (entries.length === 0 || inTime.some((e) => view.layers.includes(e.layer))) return view;
  const wanted = inTime.length > 0 ? inTime : entries;
  // The layers themselves when all are on already (only the year hid the entry): a new list of
  // the same layers made the map and the panels redraw for nothing.
  const layers = wanted.every((e) => view.layers.includes(e.layer))
    ? view.layers
    : LAYER_IDS.filter((id) => view.layers.includes(id) || wanted.some((e) => e.layer === id));
  return { layers, time: inTime.length > 0 ? view.time : null };
}

/** A view's layers and years: what it shows, the entry chosen aside. */
type LayersAndYears = { layers: LayerId[]; time: TimeFilter | null };

/** Whether two views show the same layers (in any order) and years. */
export function sameLayersAndYears(a: LayersAndYears, b: LayersAndYears): boolean {
  const layers = new Set(a.layers);
  return (
    a.layers.length === b.layers.length &&
    b.layers.every((layer) => layers.has(layer)) &&
    a.time?.year === b.time?.year &&
    a.time?.mode === b.time?.mode
  );
}

/**
 * Why a chosen entry is not on the map under a view: its layer is off (`layer`), the year shown
 * leaves it out (`outsideTime`), or both; null when it is drawn, or has no layer of its own (a
 * place, a country). The reader turned a layer off or moved the timeline with it open.
 */
export function offMapReason(
  d: IndexedDataset,
  view: { layers: LayerId[]; time: TimeFilter | null },
  selection: Selection | null,
): { layer: LayerId | null; outsideTime: boolean } | null {
  const entry = entryTimes(d, selection);
  if (!entry) return null;
  const layer = view.layers.includes(entry.layer) ? null : entry.layer;
  const outsideTime = Boolean(view.time && !entry.matches(view.time));
  return layer || outsideTime ? { layer, outsideTime } : null;
}

/**
 * The entries a selection puts on the map: its own, or an actor's (a country's) or a place's ties
 * and events. A place is drawn only where something shown is: New York, chosen in search, was bare
 * coast, its events on a layer off.
 */
function shownBy(d: IndexedDataset, s: Selection | null): EntryTimes[] {
  const listed =
    s?.kind === 'place'
      ? entriesAtPlace(d, s.id)
      : s?.kind === 'actor' || s?.kind === 'country'
        ? entriesOfActor(d, s.id)
        : null;
  if (!listed) return [entryTimes(d, s)].filter((e) => e !== undefined);
  // The entries its details list, so that what they list is what comes on.
  return [...listed.relations.map(relationTimes), ...listed.events.map(eventTimes)];
}

type EntryTimes = { layer: LayerId; matches: (t: TimeFilter) => boolean };
const relationTimes = (r: Relation): EntryTimes => ({ layer: r.layer, matches: (t) => periodMatches(r.period, t) });
const eventTimes = (e: Dataset['events'][number]): EntryTimes => ({
  layer: e.layer,
  matches: (t) => dateMatches(e.date, t),
});

/** A relation's, event's or route's layer and whether a time filter keeps it. */
function entryTimes(d: IndexedDataset, s: Selection | null): EntryTimes | undefined {
  if (s?.kind === 'relation') {
    const r = d.relationById.get(s.id);
    return r && relationTimes(r);
  }
  if (s?.kind === 'event') {
    const e = d.eventById.get(s.id);
    return e && eventTimes(e);
  }
  if (s?.kind === 'route') {
    const r = d.routeById.get(s.id);
    return r && { layer: r.properties.layer, matches: (t: TimeFilter) => periodMatches(r.properties.period, t) };
  }
  return undefined;
}

/** How many entries each layer shows under the time filter (for the layer panel's counts). */
export function countsByLayer(d: IndexedDataset, time: TimeFilter | null): Record<LayerId, number> {
  const all = visibleEntries(
    d,
    d.layers.map((l) => l.id),
    time,
  );
  const counts = Object.fromEntries(d.layers.map((l) => [l.id, 0])) as Record<LayerId, number>;
  for (const r of all.relations) counts[r.layer]++;
  for (const e of all.events) counts[e.layer]++;
  for (const r of all.routes) counts[r.properties.layer]++;
  return counts;
}

export function actorName(d: IndexedDataset, id: string): string {
  return d.actorById.get(id)?.name ?? id;
}

/**
 * The place both ends of a relation are drawn at (Russia and a body seated in Moscow), where the
 * map can draw it no line (map/layers/flows.ts): its id, or null for every other relation.
 */
export function sharedAnchor(d: Pick<IndexedDataset, 'actorById'>, r: Pick<Relation, 'from' | 'to'>): string | null {
  const anchor = d.actorById.get(r.from)?.anchor;
  return anchor && anchor === d.actorById.get(r.to)?.anchor ? anchor : null;
}

/** The name of a relation's shared anchor (sharedAnchor), for the reader; null if it has none. */
export function sharedAnchorName(d: IndexedDataset, r: Relation): string | null {
  const anchor = sharedAnchor(d, r);
  return anchor && (d.placeById.get(anchor)?.properties.name ?? anchor);
}

/** A relation's short title: "Russia → Myanmar: arms supply". */
export function relationTitle(d: IndexedDataset, r: Relation): string {
  return `${actorName(d, r.from)} → ${actorName(d, r.to)}: ${r.topic ?? r.kind.replace(/-/g, ' ')}`;
}
