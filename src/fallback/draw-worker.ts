/**
 * Draws a static map off the page's thread, for draw-static-map.ts. The worker is bundled with its
 * own copy of the renderer and of the modules it shares with the live map: drawn in the page,
 * those modules were split out of the map's code into chunks of their own, 1.5 KB more gzip for
 * every reader, for a page only browsers without WebGL show. And a redraw (about 100 ms) never
 * holds up the page.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import { fetchJson } from '../data/fetch-json.ts';
import { splitCountriesFile, type CountriesFile } from '../map/basemap-file.ts';
import { renderStaticMap, type Basemap } from './static-map/render.ts';
import { builtView, readerView, staticViews, type ReaderChoice } from './static-map/views.ts';

/** The reader's `choice` in the place of `chapter` (1-based, or the opening view); `base`: the page's address. */
export type DrawRequest = {
  id: number;
  dataset: IndexedDataset;
  chapter: number | null;
  choice: ReaderChoice;
  base: string;
};
export type DrawReply = { id: number } & ({ svg: string } | { error: string });

/** The basemap's files, as the live map reads them (src/map/basemap-data.ts), fetched once; a failure is not kept. */
let basemap: Promise<Basemap> | undefined;

async function fetchBasemap(base: string): Promise<Basemap> {
  const [countries, labels] = await Promise.all([
    fetchJson<CountriesFile>('generated/basemap/countries.json', base),
    // The build's labels (scripts/build-basemap.ts), whose points carry these properties.
    fetchJson<Basemap['labels']>('generated/basemap/labels.json', base),
  ]);
  return { ...splitCountriesFile(countries), labels };
}

self.onmessage = async ({ data }: MessageEvent<DrawRequest>) => {
  const { id, dataset, chapter, choice, base } = data;
  let reply: DrawReply;
  try {
    basemap ??= fetchBasemap(base);
    const view = readerView(builtView(staticViews(dataset.tour), chapter), choice);
    reply = { id, svg: renderStaticMap(dataset, await basemap, view) };
  } catch (e) {
    basemap = undefined;
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
