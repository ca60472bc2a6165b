/**
 * What a reader's choice singles out on the map: the flows and routes it is about stay in full
 * while every other line is drawn faint (overlay.ts, the `hidden` feature-state). A flow or route
 * is about itself; a country or another actor, about its ties and the routes it is a party to; a
 * place, about the ties anchored there and the routes through it; a tour chapter, about the ties
 * and routes it cites. An event lights up a marker, not a line, so it fades nothing; so does a
 * tie drawn as no line (both ends at Moscow).
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Period, RouteFeature, TourChapter } from '../data/schema.ts';
import { entriesAtPlace, entriesOfActor } from '../data/selection.ts';
import { sharedAnchor, type VisibleEntries } from '../data/visible.ts';
import type { Selection } from '../state/url.ts';
import { isUndated } from '../data/time.ts';
import { lineKey } from './layers/lines.ts';
import { openChapter } from '../tour/chapters.ts';

/** What the map singles out: a reader's selection, or the entries a tour chapter cites. */
export type Focus = Selection | Pick<TourChapter, 'cites'>;

/**
 * The choice to single out: the reader's; in the tour, the chapter's entries, unless the reader
 * chose another than the chapter's own (its selection is one of the several ties its story is
 * about). The store's own objects, so the same from one store change to the next.
 */
export function focusOf(state: {
  selection: Selection | null;
  chapter: number | null;
  dataset: { tour: TourChapter[] } | null;
}): Focus | null {
  const { selection, chapter } = state;
  const shown = openChapter(state);
  if (!shown) return chapter === null ? selection : null;
  return inChapter(selection, shown);
}

/** The choice to single out in a chapter: its cited entries, unless the reader chose another than its own. */
export function inChapter(selection: Selection | null, chapter: TourChapter): Focus {
  const own = chapter.selection;
  const chosenAnother = selection !== null && (selection.kind !== own?.kind || selection.id !== own.id);
  return chosenAnother ? selection : chapter;
}

/** Whether the map singles out what a tour chapter cites (then the legend says so in its words). */
export const isChapterFocus = (focus: Focus | null): focus is Pick<TourChapter, 'cites'> =>
  focus !== null && 'cites' in focus;

/**
 * Which shown lines the map draws faint, and why: those the reader's choice is not about, if it
 * is about any (so that those stand out); else, in a year view, those the sources give no year.
 * The map fades `keys` (overlay.ts); the legend says why (legend-model.ts).
 */
export function fading(
  d: IndexedDataset,
  visible: VisibleEntries,
  yearChosen: boolean,
  focus: Focus | null,
): { why: 'focus' | 'undated'; keys: string[] } | null {
  const focused = focusedLines(d, visible, focus);
  const keysOf = (fade: (line: { key: string; period: Period }) => boolean) =>
    shownLines(visible)
      .filter(fade)
      .map((line) => line.key);
  if (focused.size > 0) return { why: 'focus', keys: keysOf((line) => !focused.has(line.key)) };
  if (yearChosen) return { why: 'undated', keys: keysOf((line) => isUndated(line.period)) };
  return null;
}

/** The flows and routes a view shows: their keys (lines.ts) and periods. */
function shownLines(visible: VisibleEntries): { key: string; period: Period }[] {
  return [
    ...visible.relations.map((r) => ({ key: lineKey('flow', r.id), period: r.period })),
    ...visible.routes.map((r) => ({ key: lineKey('route', r.id), period: r.properties.period })),
  ];
}

/** The keys of the shown lines `focus` is about; none if it is about no line the view shows. */
export function focusedLines(d: IndexedDataset, visible: VisibleEntries, focus: Focus | null): Set<string> {
  const about = entriesAbout(d, focus);
  if (!about) return new Set();
  return new Set([
    ...visible.relations.filter((r) => about.relations.has(r.id)).map((r) => lineKey('flow', r.id)),
    ...visible.routes.filter((r) => about.routes.has(r.id)).map((r) => lineKey('route', r.id)),
  ]);
}

/** The ids of the relations and routes a focus is about (for a selection, the details panel lists the same relations). */
function entriesAbout(d: IndexedDataset, s: Focus | null) {
  if (isChapterFocus(s)) return entriesOfChapter(s.cites);
  const ids = (entries: { id: string }[]) => new Set(entries.map((e) => e.id));
  const routes = (about: (r: RouteFeature) => boolean) => ids(d.routes.features.filter(about));
  switch (s?.kind) {
    case 'relation': {
      // A relation drawn as no line (both ends at one place, sharedAnchor) singles out none: its place is lit instead.
      const relation = d.relationById.get(s.id);
      const drawn = relation && !sharedAnchor(d, relation);
      return { relations: new Set(drawn ? [s.id] : []), routes: new Set<string>() };
    }
    case 'route':
      return { relations: new Set<string>(), routes: new Set([s.id]) };
    case 'country': // selected by its ISO code, which is its actor's id
    case 'actor':
      return {
        relations: ids(entriesOfActor(d, s.id).relations),
        routes: routes((r) => r.properties.actors.includes(s.id)),
      };
    case 'place':
      return {
        relations: ids(entriesAtPlace(d, s.id).relations),
        routes: routes((r) => r.properties.via.includes(s.id)),
      };
    default:
      return null;
  }
}

/** The ids of the relations and routes a tour chapter cites (the entries its card lists). */
function entriesOfChapter(cites: string[]) {
  const cited = (kind: string) =>
    new Set(cites.flatMap((c) => (c.startsWith(`${kind}:`) ? [c.slice(kind.length + 1)] : [])));
  return { relations: cited('relation'), routes: cited('route') };
}
