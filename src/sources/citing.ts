/** The entries that cite a source document, for the Sources view. */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { Citation, CitedMapEvent, CitedRelation, CitedRouteFeature } from '../data/schema.ts';
import { joinList, plural } from '../summary/describe-view.ts';

export type CitingEntries = { relations: CitedRelation[]; events: CitedMapEvent[]; routes: CitedRouteFeature[] };

const cites = (seedId: string) => (citations: Citation[]) => citations.some((c) => c.seed === seedId);

export function entriesCiting(d: Pick<CitedIndexedDataset, 'relations' | 'events' | 'routes'>, seedId: string) {
  const citesSeed = cites(seedId);
  return {
    relations: d.relations.filter((r) => citesSeed(r.citations)),
    events: d.events.filter((e) => citesSeed(e.citations)),
    routes: d.routes.features.filter((r) => citesSeed(r.properties.citations)),
  } satisfies CitingEntries;
}

/** "Cited by 33 entries: 30 relations and 3 events.": the kinds it has, none of a kind left out. */
export function citedByLine({ relations, events, routes }: CitingEntries): string {
  const total = relations.length + events.length + routes.length;
  const parts = [
    [relations.length, 'relation'],
    [events.length, 'event'],
    [routes.length, 'route'],
  ] as const;
  const kinds = parts.filter(([n]) => n > 0).map(([n, one]) => plural(n, one));
  return total === 0 ? 'Cited by no entry.' : `Cited by ${plural(total, 'entry', 'entries')}: ${joinList(kinds)}.`;
}
