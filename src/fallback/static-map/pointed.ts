/**
 * What in the static map stands for the entry pointed at in a list (ui/pointing.ts), so the
 * picture lights it as the live map does (map/highlight.ts): a tie's line, a route, a place's
 * marker or the group's marker that holds it, an event's place's. As a CSS selector over the
 * picture's parts (render.ts). Countries are not lit: the picture shades them by count.
 */
import type { Selection } from '../../state/url.ts';

/** Ids as the dataset writes them; anything else would need escaping in a selector, and names nothing drawn. */
const PLAIN_ID = /^[\w-]+$/;

/** `eventById`: the dataset's index of events (data/dataset.ts), for the place each happened at. */
export function pointedSelector(s: Selection | null, eventById: ReadonlyMap<string, { place: string }>): string | null {
  if (!s || !PLAIN_ID.test(s.id)) return null;
  switch (s.kind) {
    case 'relation':
      return `.flow[data-id="${s.id}"]`;
    case 'route':
      return `.route[data-id="${s.id}"]`;
    case 'place':
      return markerOf(s.id);
    case 'event': {
      const place = eventById.get(s.id)?.place;
      return place && PLAIN_ID.test(place) ? markerOf(place) : null;
    }
    default:
      return null;
  }
}

/** A place's marker: its dot, its events' disc, or the disc of the group it was drawn in. */
const markerOf = (place: string) =>
  `.place[data-id="${place}"], .event[data-id="${place}"], .event[data-members~="${place}"]`;
