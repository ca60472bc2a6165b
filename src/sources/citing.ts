/** The entries that cite a source document, for the Sources view. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Citation, MapEvent, Relation, RouteFeature } from '../data/schema.ts';

export type CitingEntries = { relations: Relation[]; events: MapEvent[]; routes: RouteFeature[] };

const cites = (seedId: string) => (citations: Citation[]) => citations.some((c) => c.seed === seedId);

export function entriesCiting(d: Pick<IndexedDataset, 'relations' | 'events' | 'routes'>, seedId: string) {
  const citesSeed = cites(seedId);
  return {
    relations: d.relations.filter((r) => citesSeed(r.citations)),
    events: d.events.filter((e) => citesSeed(e.citations)),
    routes: d.routes.features.filter((r) => citesSeed(r.properties.citations)),
  } satisfies CitingEntries;
}
