/** Relations and events as entries of a list: a readable label, their date, chronological order. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { MapEvent, Relation } from '../data/schema.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { relationTitle } from '../data/visible.ts';
import type { EntryLink } from './EntryList.tsx';

export function relationLinks(d: IndexedDataset, relations: Relation[]): EntryLink[] {
  return relations.map((r) => ({
    selection: { kind: 'relation', id: r.id },
    label: relationTitle(d, r),
    meta: formatPeriod(r.period),
  }));
}

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** An event's date no more precise than the curator says the source is. */
export function eventDate(e: Pick<MapEvent, 'date' | 'precision'>): string {
  return formatDate(e.date.slice(0, PRECISION_LENGTH[e.precision]));
}

export function eventLinks(events: MapEvent[]): EntryLink[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ selection: { kind: 'event', id: e.id }, label: e.title, meta: eventDate(e) }));
}
