/**
 * The project's own dataset, read from data/ and seeds/ for unit tests that need the real
 * entries (the style, the overlay). Tests run from the repository's root.
 */
import { readFileSync } from 'node:fs';
import { indexDataset, type CitedDataset, type CitedEntries, type CitedIndexedDataset } from './dataset.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

export function projectDataset(): CitedIndexedDataset {
  return indexDataset<CitedEntries>({
    citationsKey: 'project',
    version: read('data/version.json'),
    layers: read('data/layers.json'),
    actors: read('data/actors.json'),
    places: read('data/places.geojson'),
    routes: read('data/routes.geojson'),
    relations: read('data/relations.json'),
    events: read('data/events.json'),
    tour: read('data/tour.json'),
    seeds: read('seeds/catalog.json'),
  } as CitedDataset);
}
