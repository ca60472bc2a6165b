/** Reads the dataset's files and the seed texts from disk, for the validator and the build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJson, type DatasetFile, type DatasetFiles } from '../src/data/validate.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadDataset(base = ROOT): DatasetFiles {
  const read = (rel: string): DatasetFile => {
    const abs = join(base, rel);
    if (!existsSync(abs)) return { file: rel, json: undefined, parseError: 'file not found' };
    return loadJson(rel, readFileSync(abs, 'utf8'));
  };
  const seedDir = join(base, 'seeds');
  const seeds: Record<string, string> = {};
  for (const name of readdirSync(seedDir)) {
    if (name.endsWith('.txt')) seeds[name] = readFileSync(join(seedDir, name), 'utf8');
  }
  return {
    catalog: read('seeds/catalog.json'),
    version: read('data/version.json'),
    layers: read('data/layers.json'),
    actors: read('data/actors.json'),
    places: read('data/places.geojson'),
    routes: read('data/routes.geojson'),
    relations: read('data/relations.json'),
    events: read('data/events.json'),
    seeds,
    seedDir: relative(base, seedDir) || 'seeds',
  };
}
