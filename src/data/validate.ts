/**
 * Cross-file validation of the cited dataset.
 *
 * `validateDataset` is pure: it takes every file's parsed JSON (plus the seed texts) and returns
 * every problem it finds at once, each with the file, a JSON path, what is wrong and how to fix it.
 * The shape of each file is checked with the zod schemas in `schema.ts`; everything that needs more
 * than one file (references, verbatim quotes, numbers in quotes, dates against publication dates)
 * is checked by the modules in `validation/`, which this file runs in order. The rules are explained
 * for curators in `data/README.md`.
 */
import { normalizeQuote, quoteInText } from './normalize.ts';
import { checkActors } from './validation/actors.ts';
import { checkCatalog } from './validation/catalog.ts';
import { Collector, isObj, type ValidationError } from './validation/collector.ts';
import { checkCoverage } from './validation/coverage.ts';
import type { DatasetFile, DatasetFiles } from './validation/dataset-files.ts';
import { checkEvents, checkRelations } from './validation/entries.ts';
import { buildCheckContext, checkLayersDefined } from './validation/lookups.ts';
import { checkRoutes } from './validation/routes.ts';
import { parseFiles } from './validation/shapes.ts';
import { checkTour } from './validation/tour.ts';
import { checkTypography } from './validation/typography.ts';
import { tourContext } from './validation/tour-context.ts';
import { checkUniqueIds } from './validation/unique-ids.ts';

export type { ValidationError } from './validation/collector.ts';
export { loadJson, type DatasetFile, type DatasetFiles } from './validation/dataset-files.ts';
export { isRealDate, precisionOf } from './validation/dates.ts';
export { ringArea2 } from './validation/geometry.ts';
export { TOUR_LIMITS, wordCount } from './validation/tour.ts';

// ---------------------------------------------------------------------------------------------
// Text helpers (exported for the tests)
// ---------------------------------------------------------------------------------------------

export { normalizeQuote };

/** True when `quote` occurs in `sourceText` after both are normalised (see normalize.ts). */
export const quoteInSeed = quoteInText;

// ---------------------------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------------------------

/**
 * Checks every file of the dataset and returns all problems found (an empty array means valid).
 * The steps run in the order their errors are listed: shapes, unique ids, the seed catalogue, the
 * lookups, actors, relations and events, routes, the tour, and last what nothing uses.
 */
export function validateDataset(input: DatasetFiles): ValidationError[] {
  const c = new Collector();
  const seedDir = input.seedDir ?? 'seeds';
  const parsed = parseFiles(c, input);
  checkUniqueIds(c, input);
  const seedById = checkCatalog(c, input, parsed.catalog, seedDir);
  const ctx = buildCheckContext({ c, input, seedDir, seedById }, parsed);
  checkLayersDefined(ctx);
  checkActors(ctx, parsed.actors);
  checkRelations(ctx, parsed.relations);
  checkEvents(ctx, parsed.events);
  checkRoutes(ctx, parsed.routes);
  checkTour(c, input.tour, tourContext(input, parsed));
  checkCoverage(ctx, parsed);
  checkTypography(c, input);
  return c.errors;
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
