/**
 * What the tour's checks know of the rest of the dataset: the layers, entries, places and actors a
 * chapter may name, the seed texts it may not copy, and the years the data spans.
 */
import { normalizeQuote } from '../normalize.ts';
import { yearSpanOf } from '../time.ts';
import type { Actor, CitedMapEvent, CitedRelation, CitedRouteFeature } from '../schema.ts';
import type { DatasetFiles } from './dataset-files.ts';
import { allReadable, type ParsedFiles } from './shapes.ts';

export interface TourContext {
  /** False when an entry file could not be read: references are then not checked. */
  resolvable: boolean;
  layerIds: Set<string>;
  relations: Map<string, CitedRelation>;
  events: Map<string, CitedMapEvent>;
  routes: Map<string, CitedRouteFeature>;
  placeIds: Set<string>;
  actors: Map<string, Actor>;
  /** The seed texts, normalised and lower-cased. */
  seedTexts: string[];
  /** The files that define what a chapter names, for the fixes' "defined in". */
  files: { layers: string; relation: string; event: string; place: string; route: string };
}

export function tourContext(input: DatasetFiles, parsed: ParsedFiles): TourContext {
  const { catalog, layers, actors, places, routes, relations, events } = parsed;
  return {
    // With an entry file unreadable, every citation of it would look unknown: skip references.
    resolvable: allReadable(input, ['relations', 'events', 'routes', 'places', 'actors']),
    layerIds: layers.ids,
    relations: new Map(relations.items.map(({ value }) => [value.id, value])),
    events: new Map(events.items.map(({ value }) => [value.id, value])),
    routes: new Map(routes.items.map(({ value }) => [value.id, value])),
    placeIds: places.ids,
    actors: new Map(actors.items.map(({ value }) => [value.id, value])),
    seedTexts: catalog.items.flatMap(({ value }) => {
      const text = input.seeds[value.file];
      return text === undefined ? [] : [normalizeQuote(text).toLowerCase()];
    }),
    files: {
      layers: input.layers.file,
      relation: input.relations.file,
      event: input.events.file,
      place: input.places.file,
      route: input.routes.file,
    },
  };
}

/** The years the data spans, as the timeline shows them: a chapter's year must lie within. */
export const dataYears = (ctx: TourContext): [number, number] | null =>
  yearSpanOf(ctx.relations.values(), ctx.events.values(), ctx.routes.values());
