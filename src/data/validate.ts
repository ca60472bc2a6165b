/**
 * Cross-file validation of the cited dataset.
 *
 * `validateDataset` is pure: it takes every file's parsed JSON (plus the seed texts) and returns
 * every problem it finds at once, each with the file, a JSON path, what is wrong and how to fix it.
 * The shape of each file is checked with the zod schemas in `schema.ts`; everything that needs more
 * than one file (references, verbatim quotes, numbers in quotes, dates against publication dates)
 * is checked here. The rules are explained for curators in `data/README.md`.
 */
import { normalizeQuote, quoteInText } from './normalize.ts';
import { amountInText, numberForms, numeralInText, plainNumber } from './amounts.ts';
import { z } from 'zod';
import {
  actor,
  datasetVersion,
  event,
  layer,
  layerId,
  placeFeature,
  relation,
  routeFeature,
  seedEntry,
  tourChapter,
} from './schema';
import { dateMatches, periodMatches, type TimeFilter } from './time.ts';

export interface ValidationError {
  /** Repository-relative file name, e.g. `data/relations.json`. */
  file: string;
  /** JSON path inside the file, e.g. `$[12].citations[0].quote`; `$` for the whole file. */
  path: string;
  message: string;
  fix: string;
}

/** One data file: its repository-relative name and its parsed JSON (or why it could not be parsed). */
export interface DatasetFile {
  file: string;
  json: unknown;
  /** Set when the file's text is not valid JSON; `json` is then ignored. */
  parseError?: string;
}

export interface DatasetFiles {
  catalog: DatasetFile;
  version: DatasetFile;
  layers: DatasetFile;
  actors: DatasetFile;
  places: DatasetFile;
  routes: DatasetFile;
  relations: DatasetFile;
  events: DatasetFile;
  /** The guided tour, `data/tour.json`. */
  tour: DatasetFile;
  /** Seed texts keyed by file name as written in the catalogue, e.g. `000_49b02867ae9df856.txt`. */
  seeds: Record<string, string>;
  /** Folder the seed files live in, used in messages only (default `seeds`). */
  seedDir?: string;
}

/** Parses a file's text; a syntax error becomes `parseError` instead of an exception. */
export function loadJson(file: string, text: string): DatasetFile {
  try {
    return { file, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { file, json: undefined, parseError: e instanceof Error ? e.message : String(e) };
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers (exported for tests and for the app)
// ---------------------------------------------------------------------------------------------

export { normalizeQuote };

/** True when `quote` occurs in `seedText` after both are normalised (see normalize.ts). */
export const quoteInSeed = quoteInText;

// ---------------------------------------------------------------------------------------------
// Date helpers
// ---------------------------------------------------------------------------------------------

/** Is a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string a real calendar date? */
export function isRealDate(d: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** First day covered by a partial date, as `YYYY-MM-DD`. */
function earliest(d: string): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Last day covered by a partial date, as `YYYY-MM-DD`. */
function latest(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(days).padStart(2, '0')}`;
  }
  return d;
}

export function precisionOf(d: string): 'year' | 'month' | 'day' {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pathOf(base: string, segs: readonly PropertyKey[]): string {
  let p = base;
  for (const s of segs) {
    if (typeof s === 'number') p += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) p += `.${s}`;
    else p += `[${JSON.stringify(String(s))}]`;
  }
  return p;
}

function fixForIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give a value of type ${issue.expected} (see src/data/schema.ts)`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'write the value in the format the message names';
    case 'too_small':
      return issue.origin === 'array'
        ? `give at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `write at least ${String(issue.minimum)} characters`
          : `use a value ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `give at most ${String(issue.maximum)} item(s)`
        : issue.origin === 'string'
          ? `shorten it to at most ${String(issue.maximum)} characters`
          : `use a value ≤ ${String(issue.maximum)}`;
    default:
      return 'make the field match src/data/schema.ts';
  }
}

/** Fields the schema does not know (zod would silently drop them, hiding typos like `figure`). */
function unknownKeys(schema: z.ZodType, value: unknown, segs: PropertyKey[], out: [PropertyKey[], string][]): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    if (value === undefined || value === null) return;
    unknownKeys(schema.unwrap() as z.ZodType, value, segs, out);
    return;
  }
  if (schema instanceof z.ZodObject) {
    if (!isObj(value)) return;
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      if (!(key in shape)) out.push([[...segs, key], key]);
      else unknownKeys(shape[key], value[key], [...segs, key], out);
    }
    return;
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return;
    value.forEach((v, i) => unknownKeys(schema.element as z.ZodType, v, [...segs, i], out));
  }
}

class Collector {
  errors: ValidationError[] = [];
  add(file: string, path: string, message: string, fix: string): void {
    this.errors.push({ file, path, message, fix });
  }
  /** Runs a zod schema on one value; reports issues and unknown keys; returns the parsed value or undefined. */
  schema<T>(file: string, schema: z.ZodType<T>, value: unknown, base: string): T | undefined {
    const unknown: [PropertyKey[], string][] = [];
    unknownKeys(schema, value, [], unknown);
    for (const [segs, key] of unknown) {
      this.add(
        file,
        pathOf(base, segs),
        `unknown field "${key}"`,
        'remove it or correct its spelling (see src/data/schema.ts)',
      );
    }
    const r = schema.safeParse(value);
    if (r.success) return unknown.length ? undefined : r.data;
    for (const issue of r.error.issues) {
      this.add(file, pathOf(base, issue.path), issue.message, fixForIssue(issue));
    }
    return undefined;
  }
}

interface Parsed<T> {
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
function parseArray<T>(c: Collector, f: DatasetFile, schema: z.ZodType<T>): Parsed<T> {
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
function parseCollection<T>(c: Collector, f: DatasetFile, schema: z.ZodType<T>): Parsed<T> {
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

function isPosition(p: unknown): p is number[] {
  return Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Twice the signed area of a ring (shoelace); positive = counter-clockwise in lon/lat. */
export function ringArea2(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** RFC 7946 checks on a raw geometry, whatever its type (so polygons are checked if they ever appear). */
function checkGeometry(c: Collector, file: string, g: unknown, path: string): void {
  if (!isObj(g)) return;
  const pos = (p: unknown, pp: string): void => {
    if (!isPosition(p)) return;
    const [lon, lat] = p;
    if (lon < -180 || lon > 180) {
      c.add(
        file,
        pp,
        `longitude ${lon} is out of range [-180, 180]`,
        'write positions as [longitude, latitude]; the coordinates may be swapped',
      );
    }
    if (lat < -90 || lat > 90) {
      c.add(
        file,
        pp,
        `latitude ${lat} is out of range [-90, 90]`,
        'write positions as [longitude, latitude]; the coordinates may be swapped',
      );
    }
  };
  const ring = (r: unknown, rp: string, outer: boolean): void => {
    if (!Array.isArray(r)) return;
    r.forEach((p, i) => pos(p, `${rp}[${i}]`));
    if (!r.every(isPosition)) return;
    const first = r[0];
    const last = r[r.length - 1];
    if (r.length < 4) {
      c.add(
        file,
        rp,
        `a linear ring needs at least 4 positions, it has ${r.length}`,
        'give at least three corners and repeat the first position at the end',
      );
      return;
    }
    if (first[0] !== last[0] || first[1] !== last[1]) {
      c.add(
        file,
        rp,
        'linear ring is not closed: the last position differs from the first',
        'repeat the first position at the end of the ring',
      );
      return;
    }
    const a = ringArea2(r);
    if (outer && a < 0) {
      c.add(
        file,
        rp,
        'outer ring is clockwise; RFC 7946 requires counter-clockwise exterior rings',
        'reverse the order of the ring’s positions',
      );
    }
    if (!outer && a > 0) {
      c.add(
        file,
        rp,
        'hole is counter-clockwise; RFC 7946 requires clockwise interior rings',
        'reverse the order of the ring’s positions',
      );
    }
  };
  const coords = g.coordinates;
  switch (g.type) {
    case 'Point':
      pos(coords, `${path}.coordinates`);
      break;
    case 'LineString':
    case 'MultiPoint':
      if (Array.isArray(coords)) coords.forEach((p, i) => pos(p, `${path}.coordinates[${i}]`));
      break;
    case 'Polygon':
      if (Array.isArray(coords)) coords.forEach((r, i) => ring(r, `${path}.coordinates[${i}]`, i === 0));
      break;
    case 'MultiPolygon':
      if (Array.isArray(coords)) {
        coords.forEach((poly, j) => {
          if (Array.isArray(poly)) poly.forEach((r, i) => ring(r, `${path}.coordinates[${j}][${i}]`, i === 0));
        });
      }
      break;
    default:
      break;
  }
}

type Entry = z.infer<typeof relation> | z.infer<typeof event>;
type Fig = NonNullable<Entry['value']>;
type Per = z.infer<typeof relation>['period'];
type Cit = Entry['citations'][number];
type Seed = z.infer<typeof seedEntry>;

const FOUR_DIGIT_YEAR = /^(1[89]|20)\d\d$/;

// ---------------------------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------------------------

/** Checks every file of the dataset and returns all problems found (an empty array means valid). */
export function validateDataset(input: DatasetFiles): ValidationError[] {
  const c = new Collector();
  const seedDir = input.seedDir ?? 'seeds';

  // --- shapes ------------------------------------------------------------------------------
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
  let version: z.infer<typeof datasetVersion> | undefined;
  if (!reportedParseError(c, input.version)) {
    version = c.schema(input.version.file, datasetVersion, input.version.json, '$');
    if (version && !isRealDate(version.date)) {
      c.add(input.version.file, '$.date', `"${version.date}" is not a real calendar date`, 'give an existing date');
    }
  }

  // --- unique ids ----------------------------------------------------------------------------
  const uniq = (
    f: DatasetFile,
    list: unknown,
    idOf: (x: unknown) => unknown,
    base: (i: number) => string,
    what: string,
    seen = new Map<string, string>(),
  ): Map<string, string> => {
    if (!Array.isArray(list)) return seen;
    list.forEach((x, i) => {
      const id = idOf(x);
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
  };
  const getId = (x: unknown): unknown => (isObj(x) ? x.id : undefined);
  const rawFeatures = (f: DatasetFile): unknown => (isObj(f.json) ? f.json.features : undefined);
  if (!input.catalog.parseError) uniq(input.catalog, input.catalog.json, getId, (i) => `$[${i}]`, 'seed');
  if (!input.layers.parseError) uniq(input.layers, input.layers.json, getId, (i) => `$[${i}]`, 'layer');
  if (!input.actors.parseError) uniq(input.actors, input.actors.json, getId, (i) => `$[${i}]`, 'actor');
  const featureIds = new Map<string, string>();
  if (!input.places.parseError)
    uniq(input.places, rawFeatures(input.places), getId, (i) => `$.features[${i}]`, 'feature', featureIds);
  if (!input.routes.parseError)
    uniq(input.routes, rawFeatures(input.routes), getId, (i) => `$.features[${i}]`, 'feature', featureIds);
  const entryIds = new Map<string, string>();
  if (!input.relations.parseError)
    uniq(input.relations, input.relations.json, getId, (i) => `$[${i}]`, 'entry', entryIds);
  if (!input.events.parseError) uniq(input.events, input.events.json, getId, (i) => `$[${i}]`, 'entry', entryIds);

  // seed files must be listed once and exist
  const seedById = new Map<string, Seed>();
  const seenFiles = new Map<string, string>();
  for (const { value: s, path } of catalog.items) {
    seedById.set(s.id, s);
    if (!(s.file in input.seeds)) {
      c.add(
        input.catalog.file,
        `${path}.file`,
        `seed file "${s.file}" does not exist in ${seedDir}/`,
        `name a file that exists in ${seedDir}/`,
      );
    }
    const prior = seenFiles.get(s.file);
    if (prior)
      c.add(
        input.catalog.file,
        `${path}.file`,
        `seed file "${s.file}" is already catalogued at ${prior}`,
        'catalogue each seed file once',
      );
    seenFiles.set(s.file, path);
    if (s.published !== null && !isRealDate(s.published)) {
      c.add(
        input.catalog.file,
        `${path}.published`,
        `"${s.published}" is not a real calendar date`,
        'give an existing date',
      );
    }
  }
  for (const file of Object.keys(input.seeds)) {
    if (!seenFiles.has(file)) {
      c.add(
        input.catalog.file,
        '$',
        `seed file "${file}" in ${seedDir}/ is not catalogued`,
        'add an entry for it to the catalogue',
      );
    }
  }

  // --- lookups ---------------------------------------------------------------------------------
  const layerIds = layers.ids;
  const actorIds = actors.ids;
  const placeIds = places.ids;
  const placeById = new Map(places.items.map((p) => [p.value.id, p.value]));

  const refCheck = (file: string, path: string, id: string, set: Set<string>, what: string, where: string): void => {
    if (!set.has(id))
      c.add(file, path, `unknown ${what} "${id}"`, `use an id defined in ${where}, or add "${id}" there`);
  };

  // layers: every enum layer defined
  for (const id of layerId.options) {
    if (!layerIds.has(id)) c.add(input.layers.file, '$', `layer "${id}" is missing`, `add an entry with id "${id}"`);
  }

  // --- actors ----------------------------------------------------------------------------------
  for (const { value: a, path } of actors.items) {
    refCheck(input.actors.file, `${path}.anchor`, a.anchor, placeIds, 'place', input.places.file);
    if (a.kind === 'country') {
      if (!a.iso3)
        c.add(
          input.actors.file,
          `${path}.iso3`,
          `country "${a.id}" has no iso3 code`,
          'add its ISO 3166-1 alpha-3 code',
        );
      else if (a.iso3 !== a.id)
        c.add(
          input.actors.file,
          `${path}.id`,
          `a country's id must be its iso3 code "${a.iso3}"`,
          `set id to "${a.iso3}"`,
        );
      const anchor = placeById.get(a.anchor);
      if (a.iso3 && anchor && anchor.properties.country !== a.iso3) {
        c.add(
          input.actors.file,
          `${path}.anchor`,
          `anchor "${a.anchor}" lies in ${anchor.properties.country}, not in ${a.iso3}`,
          'anchor a country at a place in that country (its capital)',
        );
      }
    } else if (a.iso3) {
      c.add(input.actors.file, `${path}.iso3`, 'only countries have an iso3 code', 'remove iso3');
    }
  }

  // --- text checks shared by entries and routes ----------------------------------------------------
  const pubYears = (cits: Cit[]): number[] =>
    cits.flatMap((ct) => {
      const s = seedById.get(ct.seed);
      return s?.published ? [Number(s.published.slice(0, 4))] : [];
    });

  /** A year is justified when it occurs in a quote, or lies within two years before a cited seed's publication. */
  const yearJustified = (year: string, cits: Cit[]): boolean =>
    cits.some((ct) => numeralInText(year, normalizeQuote(ct.quote))) ||
    pubYears(cits).some((py) => Number(year) <= py && Number(year) >= py - 2);

  const checkCitations = (file: string, path: string, cits: Cit[]): void => {
    cits.forEach((ct, i) => {
      const cp = `${path}.citations[${i}]`;
      const seed = seedById.get(ct.seed);
      if (!seed) {
        c.add(file, `${cp}.seed`, `unknown seed "${ct.seed}"`, `use a seed id from ${input.catalog.file}`);
        return;
      }
      const text = input.seeds[seed.file];
      if (text === undefined) return; // reported on the catalogue
      if (!quoteInSeed(ct.quote, text)) {
        c.add(
          file,
          `${cp}.quote`,
          `quote not found in seed "${ct.seed}"`,
          `copy the passage exactly from ${seedDir}/${seed.file}`,
        );
      }
    });
  };

  const checkDate = (file: string, path: string, d: string | null | undefined, cits: Cit[]): boolean => {
    if (d === null || d === undefined) return true;
    if (!isRealDate(d)) {
      c.add(file, path, `"${d}" is not a real calendar date`, 'give an existing date (check the day of the month)');
      return false;
    }
    const y = d.slice(0, 4);
    if (!yearJustified(y, cits)) {
      c.add(
        file,
        path,
        `year ${y} appears in none of the entry's quotes and is not within two years before a cited seed's publication`,
        'quote the passage that gives the year, or correct the date',
      );
    }
    return true;
  };

  const checkPeriod = (file: string, path: string, p: Per | undefined, cits: Cit[]): void => {
    if (!p) return;
    const okS = checkDate(file, `${path}.start`, p.start, cits);
    const okE = checkDate(file, `${path}.end`, p.end, cits);
    if (okS && okE && p.start && p.end && earliest(p.start) > latest(p.end)) {
      c.add(
        file,
        path,
        `period runs backwards: start ${p.start} is after end ${p.end}`,
        'swap start and end, or correct them',
      );
    }
  };

  const checkFigures = (file: string, path: string, e: Entry): void => {
    const figs: [Fig, string][] = [];
    if (e.value) figs.push([e.value, `${path}.value`]);
    (e.figures ?? []).forEach((f, i) => figs.push([f, `${path}.figures[${i}]`]));
    for (const [f, fp] of figs) {
      if (!e.citations.some((ct) => amountInText(f.amount, f.unit, ct.quote))) {
        c.add(
          file,
          `${fp}.amount`,
          `${plainNumber(f.amount)} (${f.unit}) appears in none of the entry's quotes`,
          `quote the passage that gives the number, as written (e.g. "${numberForms(f.amount)[2] ?? plainNumber(f.amount)}${f.unit === 'percent' ? ' percent' : ''}")`,
        );
      }
      checkPeriod(file, `${fp}.period`, f.period, e.citations);
    }
    if (e.certainty === 'disputed') {
      const claimed = figs.filter(([f]) => f.claimedBy);
      if (claimed.length < 2 && e.citations.length < 2) {
        c.add(
          file,
          `${path}.certainty`,
          'a disputed entry needs the competing claims: two figures with claimedBy, or two citations',
          'record each competing figure with who claims it (or cite each competing claim), or choose another certainty',
        );
      }
    }
  };

  /** Digits in a summary or title must come from a quote (or be a year justified as above). */
  const checkNumbersInProse = (file: string, path: string, text: string, cits: Cit[]): void => {
    const tokens = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    for (const tok of tokens) {
      if (cits.some((ct) => numeralInText(tok, normalizeQuote(ct.quote)))) continue;
      if (FOUR_DIGIT_YEAR.test(tok) && yearJustified(tok, cits)) continue;
      c.add(
        file,
        path,
        `the number ${tok} appears in none of the entry's quotes`,
        'quote the passage that gives it, or remove it from the text',
      );
    }
  };

  const checkOwnWords = (file: string, path: string, summary: string, cits: Cit[]): void => {
    const s = normalizeQuote(summary)
      .toLowerCase()
      .replace(/[.\s]+$/, '');
    for (const ct of cits) {
      const seed = seedById.get(ct.seed);
      const text = seed ? input.seeds[seed.file] : undefined;
      if (text && normalizeQuote(text).toLowerCase().includes(s)) {
        c.add(
          file,
          path,
          'the summary is copied from the source',
          'write the summary in your own words; the quote carries the source text',
        );
        return;
      }
    }
  };

  const used = {
    layers: new Set<string>(),
    actors: new Set<string>(),
    places: new Set<string>(),
    seeds: new Set<string>(),
  };
  for (const { value: a } of actors.items) used.places.add(a.anchor);

  const checkEntry = (file: string, path: string, e: Entry): void => {
    used.layers.add(e.layer);
    e.citations.forEach((ct) => used.seeds.add(ct.seed));
    refCheck(file, `${path}.layer`, e.layer, layerIds, 'layer', input.layers.file);
    checkCitations(file, path, e.citations);
    checkFigures(file, path, e);
    checkNumbersInProse(file, `${path}.summary`, e.summary, e.citations);
    checkOwnWords(file, `${path}.summary`, e.summary, e.citations);
  };

  // --- relations -------------------------------------------------------------------------------
  // A relation's title is its actors and its kind, or its topic: two alike could not be told apart.
  const titled = new Map<string, string>();
  for (const { value: r, path } of relations.items) {
    const title = `${r.from} → ${r.to}: ${r.topic ?? r.kind}`;
    const prior = titled.get(title);
    if (prior === undefined) titled.set(title, path);
    else
      c.add(
        input.relations.file,
        `${path}.topic`,
        `"${title}" is also the title of the relation at ${prior}: a reader could not tell them apart`,
        'give one or both a "topic" of a few words saying what each is about',
      );
  }
  for (const { value: r, path } of relations.items) {
    const file = input.relations.file;
    checkEntry(file, path, r);
    refCheck(file, `${path}.from`, r.from, actorIds, 'actor', input.actors.file);
    refCheck(file, `${path}.to`, r.to, actorIds, 'actor', input.actors.file);
    if (r.from === r.to)
      c.add(file, `${path}.to`, 'a relation must join two different actors', 'set "to" to the other party');
    used.actors.add(r.from);
    used.actors.add(r.to);
    checkPeriod(file, `${path}.period`, r.period, r.citations);
  }

  // --- events ----------------------------------------------------------------------------------
  for (const { value: ev, path } of events.items) {
    const file = input.events.file;
    checkEntry(file, path, ev);
    checkNumbersInProse(file, `${path}.title`, ev.title, ev.citations);
    refCheck(file, `${path}.place`, ev.place, placeIds, 'place', input.places.file);
    used.places.add(ev.place);
    ev.actors.forEach((a, i) => {
      refCheck(file, `${path}.actors[${i}]`, a, actorIds, 'actor', input.actors.file);
      used.actors.add(a);
    });
    if (new Set(ev.actors).size !== ev.actors.length)
      c.add(file, `${path}.actors`, 'an actor is listed twice', 'list each actor once');
    if (checkDate(file, `${path}.date`, ev.date, ev.citations)) {
      const p = precisionOf(ev.date);
      if (p !== ev.precision) {
        c.add(
          file,
          `${path}.precision`,
          `precision "${ev.precision}" does not match date "${ev.date}" (a ${p})`,
          `set precision to "${p}", or write the date to the ${ev.precision}`,
        );
      }
      const pubs = ev.citations.flatMap((ct) => {
        const s = seedById.get(ct.seed);
        return s?.published ? [s.published] : [];
      });
      if (pubs.length > 0 && pubs.every((pub) => earliest(ev.date) > latest(pub))) {
        c.add(
          file,
          `${path}.date`,
          `date ${ev.date} is after the publication of every cited seed`,
          'check the year: a relative date ("last year") is resolved from the seed’s publication date',
        );
      }
    }
  }

  // --- routes ----------------------------------------------------------------------------------
  for (const { value: rt, path } of routes.items) {
    const file = input.routes.file;
    const pp = `${path}.properties`;
    used.layers.add(rt.properties.layer);
    rt.properties.citations.forEach((ct) => used.seeds.add(ct.seed));
    refCheck(file, `${pp}.layer`, rt.properties.layer, layerIds, 'layer', input.layers.file);
    checkCitations(file, pp, rt.properties.citations);
    checkPeriod(file, `${pp}.period`, rt.properties.period, rt.properties.citations);
    checkNumbersInProse(file, `${pp}.summary`, rt.properties.summary, rt.properties.citations);
    checkOwnWords(file, `${pp}.summary`, rt.properties.summary, rt.properties.citations);
    rt.properties.actors.forEach((a, i) => {
      refCheck(file, `${pp}.actors[${i}]`, a, actorIds, 'actor', input.actors.file);
      used.actors.add(a);
    });
    const coords = rt.geometry.coordinates;
    const distinct = new Set(coords.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 2) {
      c.add(
        file,
        `${path}.geometry.coordinates`,
        'a LineString needs at least two distinct positions',
        'give the line a start and an end that differ',
      );
    }
    if (coords.length !== rt.properties.via.length) {
      c.add(
        file,
        `${path}.geometry.coordinates`,
        `the line has ${coords.length} positions but via lists ${rt.properties.via.length} places`,
        'give one position per via place, in the same order',
      );
    }
    rt.properties.via.forEach((v, i) => {
      refCheck(file, `${pp}.via[${i}]`, v, placeIds, 'place', input.places.file);
      used.places.add(v);
      const place = placeById.get(v);
      const pos = coords[i];
      if (place && pos) {
        const [lon, lat] = place.geometry.coordinates;
        if (pos[0] !== lon || pos[1] !== lat) {
          c.add(
            file,
            `${path}.geometry.coordinates[${i}]`,
            `position [${pos.join(', ')}] differs from via place "${v}" at [${lon}, ${lat}]`,
            `copy the coordinates of "${v}" from ${input.places.file}`,
          );
        }
      }
    });
  }

  const readable = (f: DatasetFile, collection: boolean): boolean =>
    f.parseError === undefined &&
    (collection ? isObj(f.json) && Array.isArray(f.json.features) : Array.isArray(f.json));

  // --- the tour ------------------------------------------------------------------------------
  checkTour(c, input.tour, {
    // With an entry file unreadable, every citation of it would look unknown: skip references.
    resolvable:
      readable(input.relations, false) &&
      readable(input.events, false) &&
      readable(input.routes, true) &&
      readable(input.places, true) &&
      readable(input.actors, false),
    layerIds,
    relations: new Map(relations.items.map(({ value }) => [value.id, value])),
    events: new Map(events.items.map(({ value }) => [value.id, value])),
    routes: new Map(routes.items.map(({ value }) => [value.id, value])),
    placeIds,
    actors: new Map(actors.items.map(({ value }) => [value.id, value])),
    seedTexts: catalog.items.flatMap(({ value }) => {
      const text = input.seeds[value.file];
      return text === undefined ? [] : [normalizeQuote(text).toLowerCase()];
    }),
    relationsFile: input.relations.file,
    eventsFile: input.events.file,
  });

  // --- coverage --------------------------------------------------------------------------------
  // Skipped when a file that uses actors, places, layers or seeds could not be read at all:
  // every actor would look unused, hiding the one real error under a cascade.
  if (
    !readable(input.relations, false) ||
    !readable(input.events, false) ||
    !readable(input.routes, true) ||
    !readable(input.actors, false)
  ) {
    return c.errors;
  }
  for (const { value: l, path } of layers.items) {
    if (!used.layers.has(l.id))
      c.add(
        input.layers.file,
        path,
        `layer "${l.id}" has no relation, event or route`,
        'add an entry on this layer, or remove the layer',
      );
  }
  for (const { value: s, path } of catalog.items) {
    if (!used.seeds.has(s.id))
      c.add(input.catalog.file, path, `seed "${s.id}" is never cited`, 'cite it from at least one entry, or remove it');
  }
  for (const { value: a, path } of actors.items) {
    if (!used.actors.has(a.id))
      c.add(
        input.actors.file,
        path,
        `actor "${a.id}" is not used by any relation, event or route`,
        'remove it, or add the entry that uses it',
      );
  }
  for (const { value: p, path } of places.items) {
    if (!used.places.has(p.id))
      c.add(
        input.places.file,
        path,
        `place "${p.id}" is not used by any actor, event or route`,
        'remove it, or use it',
      );
  }

  return c.errors;
}

// ---------------------------------------------------------------------------------------------
// The tour (data/tour.json)
// ---------------------------------------------------------------------------------------------

type Chapter = z.infer<typeof tourChapter>;
type Route = z.infer<typeof routeFeature>;

interface TourContext {
  /** False when an entry file could not be read: references are then not checked. */
  resolvable: boolean;
  layerIds: Set<string>;
  relations: Map<string, z.infer<typeof relation>>;
  events: Map<string, z.infer<typeof event>>;
  routes: Map<string, Route>;
  placeIds: Set<string>;
  actors: Map<string, z.infer<typeof actor>>;
  /** The seed texts, normalised and lower-cased. */
  seedTexts: string[];
  relationsFile: string;
  eventsFile: string;
}

/** The tour's length limits and the body's word limit: "about 80 words", so 90 at most. */
export const TOUR_LIMITS = { minChapters: 8, maxChapters: 10, maxWords: 90 };
/** A sentence of the body this long or longer may not be copied from a source. */
const COPIED_SENTENCE_WORDS = 8;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What a `kind:id` reference names: its layer, its dates and its quotes (null when it names nothing). */
type Cited = { layer: string | null; visibleAt: (t: TimeFilter) => boolean; quotes: string[]; years: string[] };

function resolveCite(ctx: TourContext, kind: string, id: string): Cited | null {
  const yearsOf = (...dates: (string | null | undefined)[]) => dates.flatMap((d) => (d ? [d.slice(0, 4)] : []));
  const quotesOf = (cits: Cit[]) => cits.map((ct) => normalizeQuote(ct.quote));
  switch (kind) {
    case 'relation': {
      const r = ctx.relations.get(id);
      if (!r) return null;
      const figureYears = [r.value, ...(r.figures ?? [])].flatMap((f) => yearsOf(f?.period?.start, f?.period?.end));
      return {
        layer: r.layer,
        visibleAt: (t) => periodMatches(r.period, t),
        quotes: quotesOf(r.citations),
        years: [...yearsOf(r.period.start, r.period.end), ...figureYears],
      };
    }
    case 'event': {
      const e = ctx.events.get(id);
      if (!e) return null;
      return {
        layer: e.layer,
        visibleAt: (t) => dateMatches(e.date, t),
        quotes: quotesOf(e.citations),
        years: yearsOf(e.date),
      };
    }
    case 'route': {
      const r = ctx.routes.get(id)?.properties;
      if (!r) return null;
      return {
        layer: r.layer,
        visibleAt: (t) => periodMatches(r.period, t),
        quotes: quotesOf(r.citations),
        years: yearsOf(r.period.start, r.period.end),
      };
    }
    case 'place':
      return ctx.placeIds.has(id) ? { layer: null, visibleAt: () => true, quotes: [], years: [] } : null;
    case 'actor':
    case 'country': {
      const a = ctx.actors.get(id);
      if (!a || (kind === 'country' && a.kind !== 'country')) return null;
      return { layer: null, visibleAt: () => true, quotes: [], years: [] };
    }
    default:
      return null;
  }
}

/** The years the data spans (relations, events, routes), for the timeline and the tour's time filter. */
function dataYears(ctx: TourContext): [number, number] | null {
  const years = [
    ...[...ctx.relations.values()].flatMap((r) => [r.period.start, r.period.end]),
    ...[...ctx.events.values()].map((e) => e.date),
    ...[...ctx.routes.values()].flatMap((r) => [r.properties.period.start, r.properties.period.end]),
  ].flatMap((d) => (d ? [Number(d.slice(0, 4))] : []));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * Checks the tour: each chapter's shape, that what it cites and selects exists, that the map it
 * opens shows what it cites and selects (layers and year), that its body stays short, in the
 * curator's words, and gives no number the cited entries do not.
 */
function checkTour(c: Collector, f: DatasetFile, ctx: TourContext): void {
  const parsed = parseArray(c, f, tourChapter);
  if (Array.isArray(f.json) && f.parseError === undefined) {
    const n = f.json.length;
    const { minChapters, maxChapters } = TOUR_LIMITS;
    if (n < minChapters || n > maxChapters) {
      c.add(f.file, '$', `the tour has ${n} chapters`, `give it ${minChapters} to ${maxChapters} chapters`);
    }
  }
  const seen = new Map<string, string>();
  const span = dataYears(ctx);
  for (const { value: ch, path } of parsed.items) {
    const prior = seen.get(ch.id);
    if (prior)
      c.add(
        f.file,
        `${path}.id`,
        `duplicate chapter id "${ch.id}" (already used at ${prior})`,
        'give every chapter its own id',
      );
    seen.set(ch.id, path);
    checkChapter(c, f.file, path, ch, ctx, span);
  }
}

function checkChapter(
  c: Collector,
  file: string,
  path: string,
  ch: Chapter,
  ctx: TourContext,
  span: [number, number] | null,
): void {
  ch.layers.forEach((l, i) => {
    if (!ctx.layerIds.has(l))
      c.add(file, `${path}.layers[${i}]`, `unknown layer "${l}"`, 'use a layer id from data/layers.json');
  });
  if (new Set(ch.layers).size !== ch.layers.length)
    c.add(file, `${path}.layers`, 'a layer is listed twice', 'list each layer once');

  if (ch.time && span && (ch.time.year < span[0] || ch.time.year > span[1])) {
    c.add(
      file,
      `${path}.time.year`,
      `year ${ch.time.year} is outside the years the data covers (${span[0]}–${span[1]})`,
      `choose a year from ${span[0]} to ${span[1]}, or set time to null`,
    );
  }

  const words = wordCount(ch.body);
  if (words > TOUR_LIMITS.maxWords) {
    c.add(
      file,
      `${path}.body`,
      `the body has ${words} words`,
      `shorten it to about 80 words (at most ${TOUR_LIMITS.maxWords})`,
    );
  }
  for (const sentence of ch.body.split(/(?<=[.!?])\s+/)) {
    const s = normalizeQuote(sentence)
      .toLowerCase()
      .replace(/[.!?\s]+$/, '');
    if (wordCount(s) < COPIED_SENTENCE_WORDS) continue;
    if (ctx.seedTexts.some((t) => t.includes(s))) {
      c.add(
        file,
        `${path}.body`,
        `a sentence is copied from a source: "${sentence}"`,
        'write the chapter in your own words',
      );
    }
  }

  if (ctx.resolvable) checkChapterReferences(c, file, path, ch, ctx);
}

/** What a chapter cites and selects exists and is drawn when it opens; its numbers come from what it cites. */
function checkChapterReferences(c: Collector, file: string, path: string, ch: Chapter, ctx: TourContext): void {
  const shown = new Set<string>(ch.layers);
  const time = ch.time;
  /** The map a chapter opens must draw what it names: the entry's layer is on, its date within the year. */
  const checkShown = (p: string, what: string, ref: string, target: Cited): void => {
    if (target.layer && !shown.has(target.layer)) {
      c.add(
        file,
        p,
        `${what} ${ref} is on the layer "${target.layer}", which the chapter does not show`,
        `add "${target.layer}" to the chapter's layers`,
      );
    } else if (time && !target.visibleAt(time)) {
      const when = `${time.mode === 'at' ? 'in' : 'up to'} ${time.year}`;
      c.add(
        file,
        p,
        `${what} ${ref} is not shown ${when}`,
        'choose a year in which the entry is shown, or set time to null',
      );
    }
  };

  const cited: Cited[] = [];
  ch.cites.forEach((ref, i) => {
    const [kind, id] = ref.split(':');
    const target = resolveCite(ctx, kind, id);
    const p = `${path}.cites[${i}]`;
    if (!target) {
      const where =
        kind === 'relation' ? ctx.relationsFile : kind === 'event' ? ctx.eventsFile : `data/${kind}s.geojson`;
      c.add(file, p, `unknown ${kind} "${id}"`, `cite an id defined in ${where}`);
      return;
    }
    cited.push(target);
    checkShown(p, 'the cited', ref, target);
  });
  if (new Set(ch.cites).size !== ch.cites.length)
    c.add(file, `${path}.cites`, 'an entry is cited twice', 'cite each entry once');

  if (ch.selection) {
    const { kind, id } = ch.selection;
    const target = resolveCite(ctx, kind, id);
    if (!target) {
      c.add(
        file,
        `${path}.selection.id`,
        `unknown ${kind} "${id}"`,
        `select an existing ${kind}, or set selection to null`,
      );
    } else checkShown(`${path}.selection`, 'the selected', `${kind}:${id}`, target);
  }

  // Every number in the text comes from what the chapter cites: a quote, or an entry's date.
  for (const [field, text] of [
    ['title', ch.title],
    ['body', ch.body],
  ] as const) {
    for (const tok of text.match(/\d+(?:[.,]\d+)*/g) ?? []) {
      const inQuote = cited.some((t) => t.quotes.some((q) => numeralInText(tok, q)));
      if (inQuote || cited.some((t) => t.years.includes(tok))) continue;
      c.add(
        file,
        `${path}.${field}`,
        `the number ${tok} appears in none of the cited entries' quotes or dates`,
        'cite the entry that gives it, or remove it from the text',
      );
    }
  }
}

/** Counts shown in the CLI summary line. */
export function datasetCounts(input: DatasetFiles): {
  version: string;
  relations: number;
  events: number;
  places: number;
  routes: number;
  seeds: number;
  chapters: number;
} {
  const len = (f: DatasetFile): number => (!f.parseError && Array.isArray(f.json) ? f.json.length : 0);
  const feats = (f: DatasetFile): number =>
    !f.parseError && isObj(f.json) && Array.isArray(f.json.features) ? f.json.features.length : 0;
  const v =
    isObj(input.version.json) && typeof input.version.json.version === 'string' ? input.version.json.version : '?';
  return {
    version: v,
    relations: len(input.relations),
    events: len(input.events),
    places: feats(input.places),
    routes: feats(input.routes),
    seeds: len(input.catalog),
    chapters: len(input.tour),
  };
}
