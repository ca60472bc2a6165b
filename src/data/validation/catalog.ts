/**
 * The seed catalogue: every catalogued seed file exists and is catalogued once, its publication
 * date is real, and every seed file on disk is catalogued.
 */
import type { SeedEntry } from '../schema.ts';
import type { Collector } from './collector.ts';
import type { DatasetFiles } from './dataset-files.ts';
import { isRealDate } from './dates.ts';
import type { Parsed } from './shapes.ts';

/** Checks the catalogue against the seed files; returns the catalogued seeds by id. */
export function checkCatalog(
  c: Collector,
  input: DatasetFiles,
  catalog: Parsed<SeedEntry>,
  seedDir: string,
): Map<string, SeedEntry> {
  const seedById = new Map<string, SeedEntry>();
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
  return seedById;
}
