/**
 * What the current view shows: the entries of the visible layers that match the time filter.
 * Pure, so the map, the table, the summary and the legend all count the same things.
 */
import type { LayerId, MapEvent, Relation, RouteFeature } from './schema.ts';
import type { IndexedDataset } from './dataset.ts';
import { dateMatches, periodMatches, type TimeFilter } from './time.ts';

export type VisibleEntries = { relations: Relation[]; events: MapEvent[]; routes: RouteFeature[] };

export function visibleEntries(d: IndexedDataset, layers: LayerId[], time: TimeFilter | null): VisibleEntries {
  const on = new Set(layers);
  return {
    relations: d.relations.filter((r) => on.has(r.layer) && (!time || periodMatches(r.period, time))),
    events: d.events.filter((e) => on.has(e.layer) && (!time || dateMatches(e.date, time))),
    routes: d.routes.features.filter(
      (r) => on.has(r.properties.layer) && (!time || periodMatches(r.properties.period, time)),
    ),
  };
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

/** A relation's short title: "Russia → Myanmar: arms supply". */
export function relationTitle(d: IndexedDataset, r: Relation): string {
  return `${actorName(d, r.from)} → ${actorName(d, r.to)}: ${r.topic ?? r.kind.replace(/-/g, ' ')}`;
}
