/**
 * The glue between the store and the exports: what the reader is looking at now (the view, the
 * theme the map is drawn in, the address) turned into a slide image, file metadata and names.
 */
import type { CitedIndexedDataset, IndexedDataset } from '../data/dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { legendModel } from '../legend/legend-model.ts';
import { THEMES, type Theme } from '../map/theme.ts';
import { PLACE_NAME_SIZE } from '../map/layers/places.ts';
import { scaledTheme } from '../modes/present-scale.ts';
import { isPresenting, resolveTheme } from '../modes/modes.ts';
import { currentColorScheme } from '../ui/useColorScheme.ts';
import { mapStyledIn, snapshotMap } from '../map/snapshot.ts';
import { apa } from '../cite/citation-formats.ts';
import { APP_NAME, APP_TITLE } from '../app-name.ts';
import { useAppStore } from '../state/store.ts';
import type { ExportMeta } from './dataset-exports.ts';
import { slidePng, SLIDE } from './slide-image.ts';
import { seedsCited, sourcesLine, versionLine, viewCaption } from './view-caption.ts';
import { focusOf } from '../map/focus.ts';

/** The theme the map is drawn in: the projector's when presenting, else the reader's choice or system's. */
export function mapTheme(): Theme {
  const state = useAppStore.getState();
  return resolveTheme(state.theme, currentColorScheme(), isPresenting(state));
}

/** Printed, the handout's map is the screen's map shrunk into this box: A4 less its margins, and 15 cm high (handout.css). */
const HANDOUT_MAP_MM = { width: 182, height: 150 };
/** Its places' names print at the handout's own text size (handout.css), or larger where it is cut to the globe. */
const HANDOUT_TEXT_PT = 9;
const MM_PER_PT = 25.4 / 72;

/**
 * The theme a handout's map is drawn in, for a map of this size on screen (CSS pixels): light on
 * paper whatever the screen's, its names, lines and markers scaled alike so that the names print
 * at the handout's text size. At the screen's sizes, a 1920 px screen's map printed its names at
 * some 4 to 5 pt, a 1280 px one's at 8, and its lines in the same proportion.
 */
export function handoutTheme({ width, height }: { width: number; height: number }): Theme {
  const millimetresPerPixel = Math.min(HANDOUT_MAP_MM.width / width, HANDOUT_MAP_MM.height / height);
  const printedAtScaleOne = (PLACE_NAME_SIZE * millimetresPerPixel) / MM_PER_PT;
  return scaledTheme(THEMES.paper, Math.min(3, Math.max(0.5, HANDOUT_TEXT_PT / printedAtScaleOne)));
}

/**
 * An image of the map drawn in `theme`: the live map is drawn in it meanwhile (behind the dialog
 * that asked for the image) and then goes back to its own.
 */
export async function snapshotMapIn(theme: Theme, minWidth: number): Promise<HTMLCanvasElement | null> {
  if (theme.name === mapTheme().name) return snapshotMap(minWidth);
  const { setExportTheme } = useAppStore.getState();
  setExportTheme(theme);
  try {
    await mapStyledIn(theme.name);
    return await snapshotMap(minWidth);
  } finally {
    setExportTheme(null);
  }
}

/** The app's home page (no view in it): what a file of the whole dataset cites. */
export const appHomeUrl = () => new URL('./', document.baseURI).href;

export function exportMeta(d: IndexedDataset, now = new Date()): ExportMeta {
  const url = appHomeUrl();
  return {
    title: APP_TITLE,
    version: d.version.version,
    versionDate: d.version.date,
    url,
    citeAs: apa({ url, version: d.version.version, versionDate: d.version.date, accessed: now }),
  };
}

/** "pivot-to-asia-relations-v1.0.0.csv": the version travels in the name too. */
export const exportFilename = (d: IndexedDataset, what: string, extension: string) =>
  `pivot-to-asia-${what}-v${d.version.version}.${extension}`;

/** The slide image of the view as it is now. */
export async function viewSlide(d: CitedIndexedDataset): Promise<Blob> {
  const { layers, time, selection, chapter } = useAppStore.getState();
  const theme = mapTheme();
  const visible = visibleEntries(d, layers, time);
  return slidePng({
    title: APP_NAME,
    caption: viewCaption(d, layers, time),
    map: await snapshotMap(SLIDE.width * 0.7),
    legend: legendModel(d, layers, time, theme, focusOf({ selection, chapter, dataset: d })),
    theme,
    sources: sourcesLine(seedsCited(d, visible)),
    version: versionLine(d, new Date()),
    url: window.location.href,
  });
}
