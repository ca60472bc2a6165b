/**
 * Shapes: each file against its zod schema, element by element (GeoJSON features with their
 * geometry rules too), keeping the elements that pass and every id the raw file gives.
 */
import { z } from 'zod';
import {
  actor,
  datasetVersion,
  event,
  layer,
  placeFeature,
  relation,
  routeFeature,
  seedEntry,
  type Actor,
  type Layer,
  type CitedMapEvent,
  type PlaceFeature,
  type CitedRelation,
  type CitedRouteFeature,
  type SeedEntry,
} from '../schema.ts';
import { isObj, type Collector } from './collector.ts';
import type { DatasetFile, DatasetFiles } from './dataset-files.ts';
import { isRealDate } from './dates.ts';
import { checkGeometry } from './geometry.ts';

export interface Parsed<T> {
  /** Index in the file → parsed element (only elements that passed the schema). */
  items: { index: number; value: T; path: string }[];
  /** Every id found in the raw file, even in elements that failed the schema (avoids cascades). */
  ids: Set<string>;
}

/** Reports a file that is not valid JSON; true when it was, so the caller skips the file. */
function reportedParseError(c: Collector, f: DatasetFile): boolean {
  if (f.parseError === undefined) return false;
  c.add(f.file, '$', `not valid JSON: ${f.parseError}`, 'correct the JSON syntax (a missing comma, quote or bracket)');
  return true;
}

/** Validates a JSON array file element by element. */
export function parseArray<T>(c: Collector, f: DatasetFile, schema: z.ZodType<T>): Parsed<T> {
  const out: Parsed<T> = { items: [], ids: new Set() };
  if (reportedParseError(c, f)) return out;
  if (!Array.isArray(f.json)) {
    c.add(f.file, '$', 'expected a JSON array', 'make the file a JSON array: [ {...}, {...} ]');
    return out;
  }
  f.json.forEach((raw, index) => {
    const path = `$[${index}]`;
    if (isObj(raw) && typeof raw.id === 'string') out.ids.add(raw.id);
    const value = c.schema(f.file, schema, raw, path);
    if (value !== undefined) out.items.push({ index, value, path });
  });
  return out;
}

/** Validates a GeoJSON FeatureCollection feature by feature, including RFC 7946 geometry rules. */
export function parseCollection<T>(c: Collector, f: DatasetFile, schema: z.ZodType<T>): Parsed<T> {
  const out: Parsed<T> = { items: [], ids: new Set() };
  if (reportedParseError(c, f)) return out;
  const fc = f.json;
  if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    c.add(
      f.file,
      '$',
      'expected a GeoJSON FeatureCollection with a "features" array',
      'write { "type": "FeatureCollection", "features": [ ... ] }',
    );
    return out;
  }
  for (const key of Object.keys(fc)) {
    if (key !== 'type' && key !== 'features') {
      c.add(f.file, `$.${key}`, `unknown field "${key}"`, 'remove it (see src/data/schema.ts)');
    }
  }
  if (fc.features.length === 0) {
    c.add(f.file, '$.features', 'the collection has no features', 'add at least one feature');
  }
  fc.features.forEach((raw, index) => {
    const path = `$.features[${index}]`;
    if (isObj(raw)) {
      if (typeof raw.id === 'string') out.ids.add(raw.id);
      checkGeometry(c, f.file, raw.geometry, `${path}.geometry`);
    }
    const value = c.schema(f.file, schema, raw, path);
    if (value !== undefined) out.items.push({ index, value, path });
  });
  return out;
}

/** Every file but the tour, parsed (the tour is parsed where it is checked). */
export interface ParsedFiles {
  catalog: Parsed<SeedEntry>;
  layers: Parsed<Layer>;
  actors: Parsed<Actor>;
  places: Parsed<PlaceFeature>;
  routes: Parsed<CitedRouteFeature>;
  relations: Parsed<CitedRelation>;
  events: Parsed<CitedMapEvent>;
}

/** Checks the shape of every file but the tour, and the version's date. */
export function parseFiles(c: Collector, input: DatasetFiles): ParsedFiles {
  const catalog = parseArray(c, input.catalog, seedEntry);
  if (Array.isArray(input.catalog.json) && input.catalog.parseError === undefined && input.catalog.json.length !== 5) {
    c.add(
      input.catalog.file,
      '$',
      `the catalogue must list exactly 5 seeds, it lists ${input.catalog.json.length}`,
      'list each file in seeds/ once',
    );
  }
  const layers = parseArray(c, input.layers, layer);
  const actors = parseArray(c, input.actors, actor);
  const places = parseCollection(c, input.places, placeFeature);
  const routes = parseCollection(c, input.routes, routeFeature);
  const relations = parseArray(c, input.relations, relation);
  const events = parseArray(c, input.events, event);
  if (!reportedParseError(c, input.version)) {
    const version = c.schema(input.version.file, datasetVersion, input.version.json, '$');
    if (version && !isRealDate(version.date)) {
      c.add(input.version.file, '$.date', `"${version.date}" is not a real calendar date`, 'give an existing date');
    }
  }
  return { catalog, layers, actors, places, routes, relations, events };
}

/** Could the file be read at all: valid JSON, and an array (or a FeatureCollection's features)? */
export function readable(f: DatasetFile, collection: boolean): boolean {
  return (
    f.parseError === undefined && (collection ? isObj(f.json) && Array.isArray(f.json.features) : Array.isArray(f.json))
  );
}

/** The files entries and the tour refer across: routes and places are feature collections. */
type ReferredFile = 'relations' | 'events' | 'routes' | 'places' | 'actors';

/** Whether every one of `files` could be read as its kind (checks across files skip otherwise). */
export function allReadable(input: DatasetFiles, files: readonly ReferredFile[]): boolean {
  return files.every((key) => readable(input[key], key === 'routes' || key === 'places'));
}
