/**
 * Which static maps the build draws and where they live: the opening view and one per tour
 * chapter. The build writes an index of them, so the no-WebGL page asks only for files that exist.
 */
import type { LayerId, TourChapter } from '../../data/schema.ts';
import type { TimeFilter } from '../../data/time.ts';
import { sameLayersAndYears } from '../../data/visible.ts';
import { fittedChapterCamera, defaultCamera, type Camera } from '../../map/camera.ts';
import { DEFAULT_LAYERS, type Selection } from '../../state/url.ts';
import type { Size } from './globe.ts';

/** The picture's size in pixels: about the map's area on a laptop, so chapter cameras frame alike
 * (and small enough that its text stays readable when the picture is scaled down to fit). */
export const STATIC_SIZE: Size = { width: 860, height: 600 };

/**
 * The part of a 1366×768 laptop's map a tour chapter is framed in, beside its card and the
 * details. The picture frames each chapter at the zoom that map shows it (a chapter whose frame
 * is tall, as the arms chapter's, a level closer), with room to spare at the sides.
 */
const LAPTOP_CHAPTER_MAP: Size = { width: 660, height: 600 };

/** Folder of the static maps, relative to the page. */
export const STATIC_DIR = 'generated/static/';
export const STATIC_INDEX = `${STATIC_DIR}index.json`;

export type StaticView = {
  /** File name in STATIC_DIR, e.g. `default.svg`, `chapter-3.svg`. */
  file: string;
  /** What the picture shows, e.g. "The opening view" or "Chapter 3: Arms: where the pivot found buyers". */
  title: string;
  camera: Camera;
  layers: LayerId[];
  time: TimeFilter | null;
  selection: Selection | null;
  /** The tour chapter drawn, if any: the places it is about are named at any zoom, as on the live map. */
  chapter: TourChapter | null;
};

/** The index the app reads: the file and title of each picture, chapters in tour order. */
export type StaticIndex = {
  default: { file: string; title: string };
  chapters: { file: string; title: string }[];
};

export function staticViews(tour: TourChapter[]): StaticView[] {
  const opening: StaticView = {
    file: 'default.svg',
    title: 'The opening view',
    camera: defaultCamera(STATIC_SIZE.width, STATIC_SIZE.height),
    layers: DEFAULT_LAYERS,
    time: null,
    selection: null,
    chapter: null,
  };
  const chapters = tour.map((c, i): StaticView => ({
    file: `chapter-${i + 1}.svg`,
    title: `Chapter ${i + 1}: ${c.title}`,
    camera: fittedChapterCamera(c.camera, LAPTOP_CHAPTER_MAP.width, LAPTOP_CHAPTER_MAP.height),
    layers: c.layers,
    time: c.time,
    selection: c.selection,
    chapter: c,
  }));
  return [opening, ...chapters];
}

export function staticIndex(views: StaticView[]): StaticIndex {
  const [opening, ...chapters] = views;
  const entry = (v: StaticView) => ({ file: v.file, title: v.title });
  return { default: entry(opening), chapters: chapters.map(entry) };
}

/** The picture for the reader's view: the tour chapter's (`tour=N`) if there is one, else the opening view's. */
export function pictureFor(index: StaticIndex, chapter: number | null): { file: string; title: string } {
  return (chapter !== null && index.chapters[chapter - 1]) || index.default;
}

/** The picture the build drew for the reader's place: the tour chapter open (1-based), else the opening view. */
export function builtView(views: StaticView[], chapter: number | null): StaticView {
  return (chapter !== null && chapter >= 1 && views[chapter]) || views[0];
}

/** What the reader has chosen on the page: the layers, the years and the entry. */
export type ReaderChoice = Pick<StaticView, 'layers' | 'time' | 'selection'>;

/** The choice the build drew for the reader's place (builtView): the chapter's own, or the opening view's. */
export function builtChoice(tour: TourChapter[], chapter: number | null): ReaderChoice {
  const shown = chapter !== null && chapter >= 1 ? tour[chapter - 1] : undefined;
  if (!shown) return { layers: DEFAULT_LAYERS, time: null, selection: null };
  return { layers: shown.layers, time: shown.time, selection: shown.selection };
}

/** The reader's own view, drawn with the camera of `built` (the opening view's or the chapter's). */
export function readerView(built: StaticView, choice: ReaderChoice): StaticView {
  return { ...built, ...choice, file: 'your-view.svg', title: 'Your view' };
}

/** Whether two choices show the same: the same layers (in any order), years and entry. */
export function sameChoice(a: ReaderChoice, b: ReaderChoice): boolean {
  return sameLayersAndYears(a, b) && a.selection?.kind === b.selection?.kind && a.selection?.id === b.selection?.id;
}
