/**
 * Unique ids: within each file, and across the files that share a namespace (places and routes are
 * all features; relations and events are all entries). Read from the raw JSON, so an element that
 * fails its schema still counts.
 */
import { isObj, type Collector } from './collector.ts';
import type { DatasetFile, DatasetFiles } from './dataset-files.ts';

const getId = (x: unknown): unknown => (isObj(x) ? x.id : undefined);
const rawFeatures = (f: DatasetFile): unknown => (isObj(f.json) ? f.json.features : undefined);
const arrayPath = (i: number): string => `$[${i}]`;
const featurePath = (i: number): string => `$.features[${i}]`;

/** Reports each id already in `seen` (id → where it was first used); returns `seen` with the new ids. */
function uniq(
  c: Collector,
  f: DatasetFile,
  list: unknown,
  base: (i: number) => string,
  what: string,
  seen = new Map<string, string>(),
): Map<string, string> {
  if (!Array.isArray(list)) return seen;
  list.forEach((x, i) => {
    const id = getId(x);
    if (typeof id !== 'string') return;
    const prior = seen.get(id);
    if (prior !== undefined) {
      c.add(
        f.file,
        `${base(i)}.id`,
        `duplicate ${what} id "${id}" (already used at ${prior})`,
        'give every entry its own id',
      );
    } else seen.set(id, `${f.file} ${base(i)}`);
  });
  return seen;
}

export function checkUniqueIds(c: Collector, input: DatasetFiles): void {
  if (!input.catalog.parseError) uniq(c, input.catalog, input.catalog.json, arrayPath, 'seed');
  if (!input.layers.parseError) uniq(c, input.layers, input.layers.json, arrayPath, 'layer');
  if (!input.actors.parseError) uniq(c, input.actors, input.actors.json, arrayPath, 'actor');
  const featureIds = new Map<string, string>();
  if (!input.places.parseError) uniq(c, input.places, rawFeatures(input.places), featurePath, 'feature', featureIds);
  if (!input.routes.parseError) uniq(c, input.routes, rawFeatures(input.routes), featurePath, 'feature', featureIds);
  const entryIds = new Map<string, string>();
  if (!input.relations.parseError) uniq(c, input.relations, input.relations.json, arrayPath, 'entry', entryIds);
  if (!input.events.parseError) uniq(c, input.events, input.events.json, arrayPath, 'entry', entryIds);
}
