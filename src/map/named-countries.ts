/**
 * The countries whose names the map places before the places' names (layers/basemap.ts): the
 * story's countries (style.ts) that the selection is about, the reader's or the tour chapter's.
 * Elsewhere a place's name comes first, beside its marker: in the chapter on the Koreas, about
 * Russia → North Korea, Pyongyang's name took NORTH KOREA's room on a laptop and a projector.
 * Placed first, the country's name keeps its room and the place's name moves to another side of
 * its marker. Not every country a chapter cites: in the rail chapter CHINA, KYRGYZSTAN and
 * UZBEKISTAN then took the routes' names' room.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';

/** No country named first: the opening view. */
export const NO_COUNTRIES: readonly string[] = [];

/**
 * The ISO codes, sorted, of the countries among `story` (style.ts) that the selection is about.
 * Only the story's: the others' names give way to the routes' (style.ts).
 */
export function namedCountriesOf(
  d: IndexedDataset,
  selection: Selection | null,
  story: readonly string[],
): readonly string[] {
  const named = [...new Set(countriesOf(d, selection))].filter((iso3) => story.includes(iso3)).sort();
  return named.length > 0 ? named : NO_COUNTRIES;
}

/**
 * The countries a selection is about: a tie's two ends, an event's actors, a country itself. Not a
 * route's: it carries its own name, placed before the countries' (routes.ts), which would take its
 * room among Central Asia's names; nor a place's.
 */
export function countriesOf(d: IndexedDataset, s: Selection | null): string[] {
  const iso3 = (actorId: string) => d.actorById.get(actorId)?.iso3 ?? [];
  switch (s?.kind) {
    case 'relation': {
      const relation = d.relationById.get(s.id);
      return relation ? [relation.from, relation.to].flatMap(iso3) : [];
    }
    case 'event':
      return d.eventById.get(s.id)?.actors.flatMap(iso3) ?? [];
    case 'country':
      return [s.id];
    case 'actor':
      return [s.id].flatMap(iso3);
    default:
      return [];
  }
}

/** Whether two sorted lists of countries hold the same ones. */
export const sameCountries = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((iso3, i) => iso3 === b[i]);
