/**
 * The places the map names at any zoom, before all others (layers/places.ts): those the reader's
 * selection is about and, in the tour, those the chapter is about (tour/chapters.ts). Other places
 * are named from zoom 2.5, and a laptop's opening view is about 2: a reader who clicked a tie there
 * saw its two ends' markers unnamed.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';

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

/** Whether two sets of places hold the same ones. */
export function samePlaces(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
