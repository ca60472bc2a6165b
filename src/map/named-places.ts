/**
 * The places the map names at any zoom, before all others (layers/places.ts): those the reader's
 * selection is about and, in the tour, those the chapter shown is about. Other places
 * are named from zoom 2.5, and a laptop's opening view is about 2: a reader who clicked a tie there
 * saw its two ends' markers unnamed. And the hubs, named at any zoom too, but placed after the
 * countries' and routes' names, as other places' names are.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Relation, TourChapter } from '../data/schema.ts';
import type { Selection } from '../state/url.ts';
import { citeSelection } from '../tour/chapters.ts';

/** The places named at any zoom: the selection's and, in the tour, those of the chapter shown. */
export function namedPlacesOf(
  d: IndexedDataset,
  chapter: TourChapter | null,
  selection: Selection | null,
): Set<string> {
  return new Set([...(chapter ? chapterPlaces(d, chapter) : []), ...placesOf(d, selection)]);
}

/** The places a selection is about: an event's place, a tie's two ends' anchors, a place itself. */
export function placesOf(d: IndexedDataset, s: Selection | null): string[] {
  switch (s?.kind) {
    case 'event': {
      const place = d.eventById.get(s.id)?.place;
      return place ? [place] : [];
    }
    case 'relation': {
      const relation = d.relationById.get(s.id);
      const ends = relation ? [relation.from, relation.to] : [];
      return ends.flatMap((end) => d.actorById.get(end)?.anchor ?? []);
    }
    case 'place':
      return [s.id];
    default:
      // A route carries its own name, and a town's would take its room; a country is its shape.
      return [];
  }
}

/**
 * The places a chapter is about, whose names the map shows from a lower zoom than others'
 * (layers/places.ts): where its events happened, the anchors of its ties' two ends, and the places
 * it cites. Not a route's towns: a route carries its own name, and a town's would take its room.
 */
export function chapterPlaces(d: IndexedDataset, chapter: TourChapter): Set<string> {
  return new Set(chapter.cites.flatMap((cite) => placesOf(d, citeSelection(cite))));
}

/**
 * The share of the ties shown a place must be an end of to be named at any zoom, as room allows
 * (layers/places.ts): Moscow and Beijing at the opening (24 and 18 of 32 ties), where a laptop's
 * globe, below zoom 2.5, had named no place at all.
 */
export const HUB_SHARE = 1 / 3;

/** The hubs among the places: the anchors of at least HUB_SHARE of `relations`, each tie counted once per place. */
export function hubPlacesOf(d: IndexedDataset, relations: readonly Relation[]): Set<string> {
  const ties = new Map<string, number>();
  for (const r of relations) {
    const ends = new Set([r.from, r.to].flatMap((end) => d.actorById.get(end)?.anchor ?? []));
    for (const place of ends) ties.set(place, (ties.get(place) ?? 0) + 1);
  }
  return new Set([...ties].filter(([, n]) => n >= relations.length * HUB_SHARE).map(([place]) => place));
}

/** Whether two sets of places hold the same ones. */
export function samePlaces(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
