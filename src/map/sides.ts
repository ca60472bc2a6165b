/**
 * Whose presence an entry shows: Russia's, China's, or neither's. Drives the two signature
 * colours. Regions count for the country they lie in (the Russian Far East is Russia).
 */
import type { IndexedDataset } from '../data/dataset.ts';

export type Side = 'russia' | 'china' | 'other';

export function actorSide(d: IndexedDataset, actorId: string): Side | null {
  const actor = d.actorById.get(actorId);
  const country = actor?.kind === 'region' ? d.placeById.get(actor.anchor)?.properties.country : actor?.iso3;
  return country === 'RUS' ? 'russia' : country === 'CHN' ? 'china' : null;
}

/** A flow takes the side of its origin, else of its destination: China → Russia is China's. */
export function flowSide(d: IndexedDataset, from: string, to: string): Side {
  return actorSide(d, from) ?? actorSide(d, to) ?? 'other';
}
