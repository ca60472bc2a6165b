/**
 * Resolving a selection (from a click, the table, search or the address bar) to what it names.
 * Countries are selected by ISO code; a country that is also an actor resolves to that actor.
 */
import type { IndexedDataset } from './dataset.ts';
import type { Selection } from '../state/url.ts';
import { relationTitle } from './visible.ts';

export function selectionExists(d: IndexedDataset, s: Selection): boolean {
  switch (s.kind) {
    case 'relation':
      return d.relationById.has(s.id);
    case 'event':
      return d.eventById.has(s.id);
    case 'place':
      return d.placeById.has(s.id);
    case 'route':
      return d.routeById.has(s.id);
    case 'actor':
      return d.actorById.has(s.id);
    case 'country':
      return /^[A-Z]{3}$/.test(s.id);
  }
}

/**
 * The one address of what a selection names. A country that is also an actor is a country, named
 * by its ISO code, as a click on its shape names it: search and the details' actor buttons used to
 * give the same country a second address (`sel=actor:VNM` beside `sel=country:VNM`), so a link,
 * the history and the selected marks depended on how the reader got there.
 */
export function canonicalSelection(d: IndexedDataset | null, s: Selection | null): Selection | null {
  if (s?.kind === 'actor' && d?.actorById.get(s.id)?.kind === 'country') return { kind: 'country', id: s.id };
  return s;
}

/**
 * What a selection is called: a relation's, event's, route's, place's or actor's title (the tour
 * card's cited entries, an embed's title); its id if the dataset has no such entry.
 */
export function selectionLabel(d: IndexedDataset, s: Selection): string {
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

/** Relations and events that involve an actor, for its details. */
export function entriesOfActor(d: IndexedDataset, actorId: string) {
  return {
    relations: d.relations.filter((r) => r.from === actorId || r.to === actorId),
    events: d.events.filter((e) => e.actors.includes(actorId)),
  };
}

/** Events that took place at a place, and relations whose ends are anchored there. */
export function entriesAtPlace(d: IndexedDataset, placeId: string) {
  const actorsHere = new Set(d.actors.filter((a) => a.anchor === placeId).map((a) => a.id));
  return {
    events: d.events.filter((e) => e.place === placeId),
    relations: d.relations.filter((r) => actorsHere.has(r.from) || actorsHere.has(r.to)),
  };
}
