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

/** Events in date order; given the events on the map now (`shown`), the others say they are not. */
export function eventLinks(events: MapEvent[], shown?: MapEvent[]): EntryLink[] {
  const onMap = shown && new Set(shown.map((e) => e.id));
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      selection: { kind: 'event', id: e.id },
      label: e.title,
      meta: onMap && !onMap.has(e.id) ? `${eventDate(e)} · not on the map now` : eventDate(e),
    }));
}

/**
 * How many of a place's events its marker counts, for the list's heading: "4 on the map now"
 * (the marker counts only the layers and years shown), nothing when it counts them all.
 */
export function onMapNote(total: number, shown: number): string | undefined {
  if (shown === total) return undefined;
  return shown === 0 ? 'none on the map now' : `${shown} on the map now`;
}
