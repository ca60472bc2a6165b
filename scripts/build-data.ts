/**
 * Validates `data/` and writes what the browser loads: public/generated/dataset.json (every
 * entry, the layers, actors, places, routes, the seed catalogue and the tour) and sources.json (the seed
 * texts, loaded only when a reader opens a passage in context or the Sources view).
 * Refuses to write anything when the dataset has an error: run `npm run validate` to see them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../src/data/validate.ts';
import type { Dataset, SourceTexts } from '../src/data/dataset.ts';
import type { SeedEntry } from '../src/data/schema.ts';
import { dirname, join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetFromDisk } from '../src/data/validate-node.ts';

const ROOT = joinPath(dirname(fileURLToPath(import.meta.url)), '..');

const input = loadDatasetFromDisk(ROOT);
const errors = validateDataset(input);
if (errors.length > 0) {
  console.error(
    `The dataset has ${errors.length} error(s); nothing was written. Run \`npm run validate\` to see them.`,
  );
  process.exit(1);
}

const catalog = input.catalog.json as SeedEntry[];
const dataset: Dataset = {
  version: input.version.json as Dataset['version'],
  layers: input.layers.json as Dataset['layers'],
  actors: input.actors.json as Dataset['actors'],
  places: input.places.json as Dataset['places'],
  routes: input.routes.json as Dataset['routes'],
  relations: input.relations.json as Dataset['relations'],
  events: input.events.json as Dataset['events'],
  seeds: catalog,
  tour: input.tour.json as Dataset['tour'],
};
const sources: SourceTexts = Object.fromEntries(catalog.map((seed) => [seed.id, input.seeds[seed.file]]));

const outDir = join(ROOT, 'public', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(dataset));
writeFileSync(join(outDir, 'sources.json'), JSON.stringify(sources));
console.log(
  `dataset ${dataset.version.version}: ${dataset.relations.length} relations, ${dataset.events.length} events → public/generated/dataset.json`,
);
