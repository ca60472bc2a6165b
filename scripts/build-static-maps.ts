/**
 * Draws the static maps that browsers without WebGL show instead of the live map: the opening
 * view and one per tour chapter (data/tour.json, when there is one), as SVG, from the prepared
 * basemap and dataset (run after build-basemap.ts and build-data.ts). Writes
 * public/generated/static/default.svg, chapter-N.svg and index.json (the files and their titles).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { indexDataset, type Dataset } from '../src/data/dataset.ts';
import { tourChapter, type TourChapter } from '../src/data/schema.ts';
import { renderStaticMap, type Basemap } from '../src/fallback/static-map/render.ts';
import { splitCountriesFile, type CountriesFile } from '../src/map/basemap-file.ts';
import { staticIndex, staticViews } from '../src/fallback/static-map/views.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = join(ROOT, 'public', 'generated');
const OUT_DIR = join(GENERATED, 'static');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The tour's chapters; the count and the cross-references are the data validator's to check. */
export function readTour(path: string): TourChapter[] {
  if (!existsSync(path)) return [];
  const parsed = z.array(tourChapter).safeParse(readJson(path));
  if (!parsed.success) throw new Error(`${path} does not match the tour schema: ${parsed.error.message}`);
  return parsed.data;
}

function main() {
  const dataset = indexDataset(readJson(join(GENERATED, 'dataset.json')) as Dataset);
  const basemap = {
    ...splitCountriesFile(readJson(join(GENERATED, 'basemap', 'countries.json')) as CountriesFile),
    labels: readJson(join(GENERATED, 'basemap', 'labels.json')),
  } as Basemap;
  const views = staticViews(readTour(join(ROOT, 'data', 'tour.json')));

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const view of views) {
    const svg = renderStaticMap(dataset, basemap, view);
    writeFileSync(join(OUT_DIR, view.file), `${svg}\n`);
    console.log(`static map ${view.file}: ${(svg.length / 1024).toFixed(0)} KB (${view.title})`);
  }
  writeFileSync(join(OUT_DIR, 'index.json'), JSON.stringify(staticIndex(views)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
