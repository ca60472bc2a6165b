/**
 * What in the static map stands for the entry pointed at in a list (ui/pointing.ts), so the
 * picture lights it as the live map does (map/highlight.ts): a tie's line (or the place of a tie
 * drawn as none), a route, a place's marker or the group's marker that holds it, an event's
 * place's. As a CSS selector over the picture's parts (render.ts). Countries are not lit: the
 * picture shades them by count.
 */
import type { Selection } from '../../state/url.ts';
import type { IndexedDataset } from '../../data/dataset.ts';
import { sharedAnchor } from '../../data/visible.ts';

/** Ids as the dataset writes them; anything else would need escaping in a selector, and names nothing drawn. */
const PLAIN_ID = /^[\w-]+$/;

/** `d`: the dataset's indexes (data/dataset.ts), for the place an event happened at and a tie's ends. */
export function pointedSelector(
  s: Selection | null,
  d: Pick<IndexedDataset, 'eventById' | 'relationById' | 'actorById'>,
): string | null {
  if (!s || !PLAIN_ID.test(s.id)) return null;
  switch (s.kind) {
    case 'relation': {
      // Both ends at one place (Russia and a body seated in Moscow): no line is drawn, so the place is lit.
      const relation = d.relationById.get(s.id);
      const place = relation && sharedAnchor(d, relation);
      return place && PLAIN_ID.test(place) ? markerOf(place) : `.flow[data-id="${s.id}"]`;
    }
    case 'route':
      return `.route[data-id="${s.id}"]`;
    case 'place':
      return markerOf(s.id);
    case 'event': {
      const place = d.eventById.get(s.id)?.place;
      return place && PLAIN_ID.test(place) ? markerOf(place) : null;
    }
    default:
      return null;
  }
}

/** A place's marker: its dot, its events' disc, or the disc of the group it was drawn in. */
const markerOf = (place: string) =>
  `.place[data-id="${place}"], .event[data-id="${place}"], .event[data-members~="${place}"]`;
