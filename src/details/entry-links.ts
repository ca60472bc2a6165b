/** Relations and events as entries of a list: a readable label, their date, chronological order. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { MapEvent, Relation } from '../data/schema.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { relationTitle } from '../data/visible.ts';
import type { EntryLink } from './EntryList.tsx';

/** Relations as listed; given the relations on the map now (`shown`), the others say they are not. */
export function relationLinks(d: IndexedDataset, relations: Relation[], shown?: Relation[]): EntryLink[] {
  const onMap = idsOf(shown);
  return relations.map((r) => ({
    selection: { kind: 'relation', id: r.id },
    label: relationTitle(d, r),
    meta: offMapMeta(formatPeriod(r.period), onMap && !onMap.has(r.id)),
  }));
}

const idsOf = (entries?: { id: string }[]) => entries && new Set(entries.map((e) => e.id));
const offMapMeta = (meta: string, offMap: boolean | undefined) => (offMap ? `${meta} · not on the map now` : meta);

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** An event's date no more precise than the curator says the source is. */
export function eventDate(e: Pick<MapEvent, 'date' | 'precision'>): string {
  return formatDate(e.date.slice(0, PRECISION_LENGTH[e.precision]));
}

/** Events in date order; given the events on the map now (`shown`), the others say they are not. */
export function eventLinks(events: MapEvent[], shown?: MapEvent[]): EntryLink[] {
  const onMap = idsOf(shown);
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      selection: { kind: 'event', id: e.id },
      label: e.title,
      meta: offMapMeta(eventDate(e), onMap && !onMap.has(e.id)),
    }));
}

/**
 * How many of a list's entries are on the map, for its heading: "4 on the map now" (the map
 * draws only the layers and years shown; a place's marker counts only those events), nothing
 * when all are.
 */
export function onMapNote(total: number, shown: number): string | undefined {
  if (shown === total) return undefined;
  return shown === 0 ? 'none on the map now' : `${shown} on the map now`;
}
