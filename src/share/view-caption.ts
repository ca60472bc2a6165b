/**
 * The words that go with an image of the view, on a slide or a handout: which layers and years
 * it shows, which documents the visible entries cite, and the data version. Pure.
 */
import type { CitedIndexedDataset, IndexedDataset } from '../data/dataset.ts';
import type { LayerId, SeedEntry } from '../data/schema.ts';
import { formatDate, type TimeFilter } from '../data/time.ts';
import type { CitedVisibleEntries } from '../data/visible.ts';
import { layerList } from '../summary/describe-view.ts';
import { shortReference } from '../sources/reference.ts';
import { selectionLabel } from '../data/selection.ts';
import type { UrlState } from '../state/url.ts';
import { APP_NAME } from '../app-name.ts';

/** The timeline's own wording: "In 2021", "Up to 2021", "All years, 1991–2022". */
export function timeCaption(time: TimeFilter | null, years: { first: number; last: number }): string {
  if (time) return `${time.mode === 'at' ? 'In' : 'Up to'} ${time.year}`;
  return `All years, ${years.first}–${years.last}`;
}

export function layersCaption(d: IndexedDataset, layers: LayerId[]): string {
  if (layers.length === 0) return 'No layers';
  if (layers.length === d.layers.length) return `All ${layers.length} layers`;
  return layerList(d.layers.filter((l) => layers.includes(l.id)).map((l) => l.name));
}

/** "Arms, Energy and trade, Rail and connectivity · Up to 2021": what the image shows, in one line. */
export function viewCaption(d: IndexedDataset, layers: LayerId[], time: TimeFilter | null): string {
  return `${layersCaption(d, layers)} · ${timeCaption(time, d.years)}`;
}

/**
 * An embed's title, which a screen reader says on reaching the frame: the map and what the view is
 * about (its chapter, its entry, else its layers and years), so that a page with several embeds
 * tells them apart. "Russia’s pivot to Asia, interactive map: Russia → Myanmar: arms supply".
 */
export function embedTitle(
  d: IndexedDataset,
  view: Pick<UrlState, 'chapter' | 'selection' | 'layers' | 'time'>,
): string {
  const chapter = view.chapter !== null ? d.tour[view.chapter - 1] : undefined;
  const entry = view.selection && selectionLabel(d, view.selection);
  const subject = chapter
    ? `chapter ${view.chapter}, ${chapter.title}`
    : entry && entry !== view.selection?.id
      ? entry
      : viewCaption(d, view.layers, view.time);
  return `${APP_NAME}, interactive map: ${subject}`;
}

/** The documents the visible entries cite, in catalogue order. */
export function seedsCited(d: CitedIndexedDataset, visible: CitedVisibleEntries): SeedEntry[] {
  const cited = new Set(
    [
      ...visible.relations.flatMap((r) => r.citations),
      ...visible.events.flatMap((e) => e.citations),
      ...visible.routes.flatMap((r) => r.properties.citations),
    ].map((c) => c.seed),
  );
  return d.seeds.filter((s) => cited.has(s.id));
}

/** "Sources: RFA, 2021; PacNet, 2021. Basemap: Natural Earth." */
export function sourcesLine(seeds: SeedEntry[]): string {
  const docs = seeds.length > 0 ? `Sources: ${seeds.map(shortReference).join('; ')}. ` : '';
  return `${docs}Basemap: Natural Earth.`;
}

/** The reader's calendar day, as a partial date: "made today" means their today. */
const localDay = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

export function versionLine(d: IndexedDataset, made: Date): string {
  const day = localDay(made);
  return `Data version ${d.version.version} (${formatDate(d.version.date)}) · Made ${formatDate(day)}`;
}
