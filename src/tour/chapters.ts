/**
 * The tour's pure parts: which chapter an address opens, what a chapter sets, and how the card
 * names what a chapter cites.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { TourChapter } from '../data/schema.ts';
import { relationTitle } from '../data/visible.ts';
import type { ChapterView } from '../state/store.ts';
import { SELECTION_KINDS, type Selection, type SelectionKind } from '../state/url.ts';

/**
 * The chapter to show for `tour=N`: N itself, or the last chapter when N is beyond it; null when
 * there is no tour (an empty list).
 */
export function clampChapter(requested: number, count: number): number | null {
  if (count < 1) return null;
  return Math.min(Math.max(Math.round(requested), 1), count);
}

export function chapterView(chapter: TourChapter): ChapterView {
  return { layers: chapter.layers, time: chapter.time, selection: chapter.selection, camera: chapter.camera };
}

/** `relation:rus-mmr-arms-supply` → the selection it names. */
export function citeSelection(cite: string): Selection | null {
  const colon = cite.indexOf(':');
  const kind = cite.slice(0, colon) as SelectionKind;
  if (colon < 1 || !SELECTION_KINDS.includes(kind)) return null;
  return { kind, id: cite.slice(colon + 1) };
}

/** What the card's button for a cited entry says: a relation's, event's, route's or place's title. */
export function citeLabel(d: IndexedDataset, s: Selection): string {
  switch (s.kind) {
    case 'relation': {
      const r = d.relationById.get(s.id);
      return r ? relationTitle(d, r) : s.id;
    }
    case 'event':
      return d.eventById.get(s.id)?.title ?? s.id;
    case 'route':
      return d.routeById.get(s.id)?.properties.name ?? s.id;
    case 'place':
      return d.placeById.get(s.id)?.properties.name ?? s.id;
    case 'actor':
    case 'country':
      return d.actorById.get(s.id)?.name ?? s.id;
  }
}

export const progressText = (chapter: number, count: number) => `Chapter ${chapter} of ${count}`;
