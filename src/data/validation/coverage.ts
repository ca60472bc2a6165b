/**
 * Coverage: every layer, seed, actor and place is used by some entry (actors' anchors count for
 * places); what nothing uses is reported.
 */
import type { Collector } from './collector.ts';
import type { CheckContext } from './lookups.ts';
import { allReadable, type Parsed, type ParsedFiles } from './shapes.ts';

/** Reports each parsed element whose id is not in `used`. */
function reportUnused(
  c: Collector,
  file: string,
  items: Parsed<{ id: string }>['items'],
  used: Set<string>,
  message: (id: string) => string,
  fix: string,
): void {
  for (const { value, path } of items) {
    if (!used.has(value.id)) c.add(file, path, message(value.id), fix);
  }
}

export function checkCoverage(ctx: CheckContext, parsed: ParsedFiles): void {
  const { c, input, used } = ctx;
  const { layers, catalog, actors, places } = parsed;
  // Skipped when a file that uses actors, places, layers or seeds could not be read at all:
  // every actor would look unused, hiding the one real error under a cascade.
  if (!allReadable(input, ['relations', 'events', 'routes', 'actors'])) return;
  reportUnused(
    c,
    input.layers.file,
    layers.items,
    used.layers,
    (id) => `layer "${id}" has no relation, event or route`,
    'add an entry on this layer, or remove the layer',
  );
  reportUnused(
    c,
    input.catalog.file,
    catalog.items,
    used.seeds,
    (id) => `seed "${id}" is never cited`,
    'cite it from at least one entry, or remove it',
  );
  reportUnused(
    c,
    input.actors.file,
    actors.items,
    used.actors,
    (id) => `actor "${id}" is not used by any relation, event or route`,
    'remove it, or add the entry that uses it',
  );
  reportUnused(
    c,
    input.places.file,
    places.items,
    used.places,
    (id) => `place "${id}" is not used by any actor, event or route`,
    'remove it, or use it',
  );
}
