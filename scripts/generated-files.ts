/**
 * What the browser loads, made from the dataset's files: generated/dataset.json (every entry
 * without its quotes, the layers, actors, places, routes, the seed catalogue and the tour),
 * citations.json (each entry's quotes, which the first view does not show) and sources.json (the
 * seed texts, loaded only when a reader opens a passage in context or the Sources view). Used by
 * scripts/build-data.ts and by the benchmark's synthetic datasets, so both are made alike.
 */
import { createHash } from 'node:crypto';
import type { Citation } from '../src/data/schema.ts';
import type { CitationsFile, CitedDataset, Dataset, SourceTexts } from '../src/data/dataset.ts';
import type { DatasetFiles } from '../src/data/validate.ts';

export type GeneratedFiles = { dataset: Dataset; citations: CitationsFile; sources: SourceTexts };

/** The files of a dataset that passed validation (the casts rest on it). */
export function generatedFiles(files: DatasetFiles): GeneratedFiles {
  const json = <K extends keyof CitedDataset>(file: { json: unknown }) => file.json as CitedDataset[K];
  const cited: Omit<CitedDataset, 'citationsKey'> = {
    version: json<'version'>(files.version),
    layers: json<'layers'>(files.layers),
    actors: json<'actors'>(files.actors),
    places: json<'places'>(files.places),
    routes: json<'routes'>(files.routes),
    relations: json<'relations'>(files.relations),
    events: json<'events'>(files.events),
    seeds: json<'seeds'>(files.catalog),
    tour: json<'tour'>(files.tour),
  };
  // The two files name each other by their content: a page never joins quotes to another build's entries.
  const key = createHash('sha256').update(JSON.stringify(cited)).digest('hex').slice(0, 16);
  const sources = Object.fromEntries(cited.seeds.map((seed) => [seed.id, files.seeds[seed.file]]));
  return { ...splitCitations(cited, key), sources };
}

/**
 * A dataset as the build writes it: its entries without quotes, and the quotes apart. (Also how
 * the e2e tests serve a changed dataset: e2e/driver.ts.)
 */
export function splitCitations(
  d: Omit<CitedDataset, 'citationsKey'>,
  key: string,
): { dataset: Dataset; citations: CitationsFile } {
  const quotes = <T extends { id: string | number }>(items: T[], of: (item: T) => Citation[]) =>
    Object.fromEntries(items.map((item) => [String(item.id), of(item)]));
  const dataset: Dataset = {
    ...d,
    citationsKey: key,
    relations: d.relations.map(({ citations: _, ...r }) => r),
    events: d.events.map(({ citations: _, ...e }) => e),
    routes: {
      ...d.routes,
      features: d.routes.features.map(({ properties: { citations: _, ...properties }, ...r }) => ({
        ...r,
        properties,
      })),
    },
  };
  const citations: CitationsFile = {
    key,
    relations: quotes(d.relations, (r) => r.citations),
    events: quotes(d.events, (e) => e.citations),
    routes: quotes(d.routes.features, (r) => r.properties.citations),
  };
  return { dataset, citations };
}
