/**
 * The lookups the cross-file checks share: the ids entries may refer to, a check that each
 * reference resolves, and the sets of what entries use (read by the coverage check).
 */
import { layerId, type PlaceFeature } from '../schema.ts';
import type { SourceContext } from './citations.ts';
import type { Collector } from './collector.ts';
import type { ParsedFiles } from './shapes.ts';

/** Ids some actor, entry or route uses; what is left out of them is reported as unused. */
export interface UsedIds {
  layers: Set<string>;
  actors: Set<string>;
  places: Set<string>;
  seeds: Set<string>;
}

/** What the checks of actors, entries, routes and coverage share. */
export interface CheckContext extends SourceContext {
  /** Every id found in each file, even in elements that failed the schema (avoids cascades). */
  layerIds: Set<string>;
  actorIds: Set<string>;
  placeIds: Set<string>;
  placeById: Map<string, PlaceFeature>;
  /** Filled in by the checks of actors, entries and routes. */
  used: UsedIds;
}

export function buildCheckContext(source: SourceContext, parsed: ParsedFiles): CheckContext {
  return {
    ...source,
    layerIds: parsed.layers.ids,
    actorIds: parsed.actors.ids,
    placeIds: parsed.places.ids,
    placeById: new Map(parsed.places.items.map((p) => [p.value.id, p.value])),
    used: { layers: new Set(), actors: new Set(), places: new Set(), seeds: new Set() },
  };
}

/** Reports `id` when it is not in `set`; `what` names the kind of thing, `where` the file defining them. */
export function refCheck(
  c: Collector,
  file: string,
  path: string,
  id: string,
  set: Set<string>,
  what: string,
  where: string,
): void {
  if (!set.has(id)) c.add(file, path, `unknown ${what} "${id}"`, `use an id defined in ${where}, or add "${id}" there`);
}

/** Every layer the schema names is defined in the layers file. */
export function checkLayersDefined(ctx: CheckContext): void {
  for (const id of layerId.options) {
    if (!ctx.layerIds.has(id))
      ctx.c.add(ctx.input.layers.file, '$', `layer "${id}" is missing`, `add an entry with id "${id}"`);
  }
}
