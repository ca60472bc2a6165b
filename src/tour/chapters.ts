/**
 * The tour's pure parts: which chapter an address opens, what a chapter sets, and how the card
 * names what a chapter cites.
 */
import type { TourChapter } from '../data/schema.ts';
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

/** The tour chapter open (`chapter`, 1-based) in the data, if the data is in and has it. */
export function openChapter(state: {
  chapter: number | null;
  dataset: { tour: TourChapter[] } | null;
}): TourChapter | undefined {
  return state.chapter === null ? undefined : state.dataset?.tour[state.chapter - 1];
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

export const progressText = (chapter: number, count: number) => `Chapter ${chapter} of ${count}`;
