/**
 * Node-only helper: reads the dataset files from disk for `validateDataset`.
 * Kept apart from `validate.ts` so that module stays pure and browser-safe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJson, type DatasetFile, type DatasetFiles } from './validate';

/** Repository-relative paths of the dataset files. */
export const DATASET_PATHS = {
  catalog: 'seeds/catalog.json',
  version: 'data/version.json',
  layers: 'data/layers.json',
  actors: 'data/actors.json',
  places: 'data/places.geojson',
  routes: 'data/routes.geojson',
  relations: 'data/relations.json',
  events: 'data/events.json',
  tour: 'data/tour.json',
} as const;

function read(root: string, rel: string): DatasetFile {
  const abs = join(root, rel);
  if (!existsSync(abs)) return { file: rel, json: undefined, parseError: 'file not found' };
  return loadJson(rel, readFileSync(abs, 'utf8'));
}

/** Reads every dataset file and every `seeds/*.txt` under `root` (the repository root). */
export function loadDatasetFromDisk(root: string): DatasetFiles {
  const seedDir = join(root, 'seeds');
  const seeds: Record<string, string> = {};
  for (const name of readdirSync(seedDir).sort()) {
    if (name.endsWith('.txt')) seeds[name] = readFileSync(join(seedDir, name), 'utf8');
  }
  const files = Object.fromEntries(Object.entries(DATASET_PATHS).map(([key, rel]) => [key, read(root, rel)])) as Record<
    keyof typeof DATASET_PATHS,
    DatasetFile
  >;
  return { ...files, seeds, seedDir: 'seeds' };
}
