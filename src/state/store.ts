/**
 * The app's one zustand store, in two slices: the view (everything a link reproduces, see
 * url.ts) and transient UI state (hover, open dialogs, the dataset once loaded). Setters only
 * change state; writing the address bar is url-sync.ts's job, so no setter touches `history`.
 */
import { create } from 'zustand';
import type { LayerId, Citation } from '../data/schema.ts';
import type { CitedIndexedDataset, IndexedDataset } from '../data/dataset.ts';
import { withinYears, type TimeFilter } from '../data/time.ts';
import { viewShowing } from '../data/visible.ts';
import { canonicalSelection, selectionExists } from '../data/selection.ts';
import type { Camera, CameraMove, CameraRequest, ProjectionName } from '../map/camera.ts';
import type { Theme } from '../map/theme.ts';
import {
  parseUrl,
  ALL_LAYERS,
  DEFAULT_URL_STATE,
  type Selection,
  type ThemeChoice,
  type UrlState,
  type ViewName,
} from './url.ts';
import { DEFAULT_FILTERS, type Filters, type Sort } from '../table/filters.ts';
import { chapterView, clampChapter } from '../tour/chapters.ts';

export type ViewSlice = UrlState & {
  setLayers: (layers: LayerId[]) => void;
  toggleLayer: (layer: LayerId) => void;
  /**
   * `fly`: also move the camera to it (from the table or search, not from a map click).
   * `focusDetails`: take the focus to the details' heading (from a button that goes away with the choice).
   * `onMap`: also show the map view, in the same step: one entry in the history, not two.
   */
  select: (selection: Selection | null, options?: { fly?: boolean; focusDetails?: boolean; onMap?: boolean }) => void;
  /** Drop a selection the address named that names nothing (a country code the map does not know): a correction, not a step. */
  dropUnknownSelection: () => void;
  setTime: (time: TimeFilter | null) => void;
  setCamera: (camera: Camera | null) => void;
  setProjection: (projection: ProjectionName) => void;
  setView: (view: ViewName) => void;
  /** Open the tour at a chapter (1-based), or leave it (null), keeping the picture on the map. */
  setChapter: (chapter: number | null) => void;
  /**
   * Apply a tour chapter's view at once: its number (already clamped), layers, year, selection and
   * camera. The address already names the chapter, so this corrects the history entry, not adds one.
   */
  showChapter: (chapter: number, view: ChapterView) => void;
  setPresent: (present: boolean) => void;
  setTheme: (theme: ThemeChoice) => void;
  /**
   * Replace the whole view, e.g. when the reader goes back in history, and move the map to the
   * address's camera (the tour frames a chapter's own camera instead, as on a fresh load).
   */
  applyUrlState: (state: UrlState) => void;
};

/** The views that list entries to choose from. */
export type ListView = 'table' | 'sources';

/** What a tour chapter sets. */
export type ChapterView = Pick<UrlState, 'layers' | 'time' | 'selection'> & { camera: Camera };

export type UiSlice = {
  dataset: IndexedDataset | null;
  setDataset: (dataset: IndexedDataset) => void;
  /** The same dataset once its quotes are in (state/citations.ts): what the parts that show them read. */
  citedDataset: CitedIndexedDataset | null;
  setCitedDataset: (dataset: CitedIndexedDataset) => void;
  loadError: string | null;
  setLoadError: (message: string | null) => void;
  /**
   * The entry an address named that the data lacks, dropped from the view: the details say so
   * (a renamed entry's old link in an article opened on the default view, with no word why).
   * Gone with the next choice or the details' Close.
   */
  unknownSelection: Selection | null;
  hovered: Selection | null;
  setHovered: (hovered: Selection | null) => void;
  /** The entry the reader points at in a list (the pointer over it, or the focus on it): the map lights it. */
  pointedAt: Selection | null;
  setPointedAt: (pointedAt: Selection | null) => void;
  /** Bumped when the camera should fly to the selection; MapView watches it. */
  flyRequest: number;
  /** Set with a selection whose details should take the focus; the details panel clears it once done. */
  focusDetails: boolean;
  detailsFocused: () => void;
  /** The latest camera move asked of MapView (camera.ts), or null; MapView watches its serial. */
  cameraRequest: CameraRequest | null;
  requestCamera: (move: CameraMove) => void;
  /**
   * Bumped with a change that only brings the view in line with an address already written (a
   * tour chapter applied after its number changed): url-sync then replaces the entry, not pushes.
   */
  addressCorrection: number;
  /**
   * Whether the chapter was named by an address (opened, or reached by Back or Forward) rather
   * than stepped to: such an address's own layers, year and selection stand (showingChapter).
   */
  chapterByAddress: boolean;
  /**
   * The chapter the reader left the tour at, where the Tour button takes them back: a teacher who
   * left to answer a question came back to chapter 1. None once the last chapter was left.
   */
  chapterLeft: number | null;
  /** The citation shown in its paragraph ("Read in context"), if any. */
  contextCitation: Citation | null;
  showInContext: (citation: Citation | null) => void;
  /** Which copyable text's Copy was pressed last (its id): the clipboard holds only that one. */
  lastCopied: string | null;
  setLastCopied: (id: string) => void;
  /** The theme the map is drawn in while an export is taken in another (a handout prints light). */
  exportTheme: Theme | null;
  setExportTheme: (theme: Theme | null) => void;
  /** The side panel on small screens, where it is a drawer. */
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  /** The table's filters and sort, kept here so that they outlast a visit to the map. */
  tableFilters: Filters;
  setTableFilters: (filters: Filters) => void;
  tableSort: Sort;
  setTableSort: (sort: Sort) => void;
  /** What the reader last chose in the table and in the Sources (its key), which each view shows again, marked, when they come back. */
  lastChosen: Record<ListView, string | null>;
  setLastChosen: (view: ListView, key: string) => void;
};

export type AppState = ViewSlice & UiSlice;

const initial = typeof window === 'undefined' ? parseUrl('') : parseUrl(window.location.search);

/** A year the slider can reach: inside the loaded data's span (before the data loads, as asked). */
function reachable(time: TimeFilter | null, dataset: IndexedDataset | null): TimeFilter | null {
  return dataset ? withinYears(time, dataset.years) : time;
}

/** The layers and years that show a chosen entry on the map (the view as it is before the data loads). */
function shownOnMap(s: AppState, selection: Selection | null): Pick<AppState, 'layers' | 'time'> {
  const view = { layers: s.layers, time: s.time };
  return s.dataset ? viewShowing(s.dataset, view, selection) : view;
}

/**
 * An address's selection under its one name (an older link's `actor:VNM` is `country:VNM`), or
 * none if it names nothing in the data. The address is corrected in place, not pushed: Back must
 * not step onto the same view, nor onto the broken address, which the next load pushed past again.
 */
function canonicalAddress(s: AppState, named: Selection | null, dataset: IndexedDataset | null) {
  const known = named && dataset && !selectionExists(dataset, named) ? null : named;
  const selection = canonicalSelection(dataset, known);
  return {
    selection,
    unknownSelection: known === named ? null : named,
    addressCorrection: s.addressCorrection + (selection === named ? 0 : 1),
  };
}

/**
 * A tour chapter's view (its number already clamped): its layers, year, selection and camera, on
 * the map. The address already names the chapter, so this corrects the history entry. An address
 * that names more than the chapter (the reader chose another entry, a year or layers in it, and
 * reloaded, shared the link or came back to it) keeps what it names: it was written from that
 * view. Applying the chapter over it had lost the reader's choice from the history for good.
 */
function showingChapter(s: AppState, dataset: IndexedDataset | null, chapter: number, view: ChapterView) {
  // An entry the data does not have is dropped, as outside the tour: a chapter's link naming only
  // a renamed entry showed the chapter's text over the default layers, and "Nothing to show".
  const { selection } = canonicalAddress(s, s.selection, dataset);
  const shown =
    s.chapterByAddress && namesMoreThanChapter(s, selection) ? { layers: s.layers, time: s.time, selection } : view;
  return {
    ...view,
    layers: shown.layers,
    selection: canonicalSelection(dataset, shown.selection),
    unknownSelection: null,
    time: reachable(shown.time, dataset),
    chapter,
    view: 'map' as const,
    addressCorrection: s.addressCorrection + 1,
  };
}

/** Whether an address names a view besides its chapter: an entry (`selection`, if the data has it), a year, or other layers than the default. */
function namesMoreThanChapter(s: AppState, selection: Selection | null): boolean {
  return selection !== null || s.time !== null || namesLayers(s);
}

/** Whether an address names its layers: the default ones are left out of it unless written (url.ts). */
function namesLayers(s: AppState): boolean {
  return s.layersWritten === true || s.layers.join() !== DEFAULT_URL_STATE.layers.join();
}

/** The state change that asks MapView for a camera move. */
function request(s: AppState, move: CameraMove): Pick<AppState, 'cameraRequest'> {
  return { cameraRequest: { ...move, serial: (s.cameraRequest?.serial ?? 0) + 1 } };
}

export const useAppStore = create<AppState>()((set) => ({
  ...initial,
  setLayers: (layers) => set({ layers: ALL_LAYERS.filter((l) => layers.includes(l)) }),
  toggleLayer: (layer) =>
    set((s) => ({
      layers: s.layers.includes(layer)
        ? s.layers.filter((l) => l !== layer)
        : ALL_LAYERS.filter((l) => l === layer || s.layers.includes(l)),
    })),
  select: (chosen, options) =>
    set((s) => {
      const selection = canonicalSelection(s.dataset, chosen);
      return {
        selection,
        unknownSelection: null,
        // The list pointed into is replaced by the choice's details, without a pointer leaving it.
        pointedAt: null,
        ...shownOnMap(s, selection),
        flyRequest: options?.fly && selection ? s.flyRequest + 1 : s.flyRequest,
        focusDetails: Boolean(options?.focusDetails && selection),
        ...(options?.onMap ? { view: 'map' as const } : {}),
      };
    }),
  dropUnknownSelection: () =>
    set((s) =>
      s.selection ? { selection: null, unknownSelection: s.selection, addressCorrection: s.addressCorrection + 1 } : {},
    ),
  unknownSelection: null,
  setTime: (time) => set((s) => ({ time: reachable(time, s.dataset) })),
  setCamera: (camera) => set({ camera }),
  // The opening view, not moved by the reader nor framing an entry, is framed anew: the flat map's
  // frame is wider (camera.ts).
  setProjection: (projection) =>
    set((s) => ({
      projection,
      ...(s.camera === null && s.chapter === null && s.selection === null
        ? request(s, { kind: 'address', camera: null })
        : {}),
    })),
  setView: (view) => set({ view }),
  setChapter: (chapter) =>
    set((s) =>
      chapter === null && s.chapter !== null
        ? {
            chapter,
            chapterByAddress: false,
            chapterLeft: s.chapter < (s.dataset?.tour.length ?? 0) ? s.chapter : null,
            ...request(s, { kind: 'keep' }),
          }
        : { chapter, chapterByAddress: false },
    ),
  showChapter: (chapter, view) => set((s) => showingChapter(s, s.dataset, chapter, view)),
  setPresent: (present) => set({ present }),
  setTheme: (theme) => set({ theme }),
  applyUrlState: (state) =>
    set((s) => ({
      layersWritten: undefined,
      ...state,
      chapterByAddress: true,
      ...canonicalAddress(s, state.selection, s.dataset),
      time: reachable(state.time, s.dataset),
      ...(state.chapter === null ? request(s, { kind: 'address', camera: state.camera }) : {}),
    })),

  dataset: null,
  // An address opens as it was written, even one whose layers or year hide its entry (the reader
  // turned them off with the details open): the details say so and offer to show it. One that
  // names no layers names only its entry (a link to it, written by hand or in an article): its
  // layer comes on, as when the entry is chosen.
  setDataset: (dataset) =>
    set((s) => {
      // A chapter in the address (`tour=N`) shows its view with the data, so in the map's first
      // frame, not once the card's code has come (a slow connection): the card then frames it.
      const opening = s.chapter === null ? null : clampChapter(s.chapter, dataset.tour.length);
      if (opening !== null)
        return { dataset, ...showingChapter(s, dataset, opening, chapterView(dataset.tour[opening - 1])) };
      const time = reachable(s.time, dataset);
      const { selection, unknownSelection, addressCorrection } = canonicalAddress(s, s.selection, dataset);
      const layers = namesLayers(s)
        ? s.layers
        : viewShowing(dataset, { layers: s.layers, time: null }, selection).layers;
      return { dataset, selection, unknownSelection, addressCorrection, time, layers };
    }),
  citedDataset: null,
  setCitedDataset: (citedDataset) => set({ citedDataset }),
  loadError: null,
  setLoadError: (loadError) => set({ loadError }),
  hovered: null,
  setHovered: (hovered) => set({ hovered }),
  pointedAt: null,
  setPointedAt: (pointedAt) => set({ pointedAt }),
  flyRequest: 0,
  focusDetails: false,
  detailsFocused: () => set({ focusDetails: false }),
  cameraRequest: null,
  requestCamera: (move) => set((s) => request(s, move)),
  addressCorrection: 0,
  chapterByAddress: true,
  chapterLeft: null,
  contextCitation: null,
  showInContext: (contextCitation) => set({ contextCitation }),
  lastCopied: null,
  setLastCopied: (lastCopied) => set({ lastCopied }),
  exportTheme: null,
  setExportTheme: (exportTheme) => set({ exportTheme }),
  panelOpen: false,
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  tableFilters: DEFAULT_FILTERS,
  setTableFilters: (tableFilters) => set({ tableFilters }),
  tableSort: null,
  setTableSort: (tableSort) => set({ tableSort }),
  lastChosen: { table: null, sources: null },
  setLastChosen: (view, key) => set((s) => ({ lastChosen: { ...s.lastChosen, [view]: key } })),
}));

/** The part of the state that a link reproduces. */
export function urlStateOf(s: AppState): UrlState {
  return {
    layers: s.layers,
    selection: s.selection,
    time: s.time,
    camera: s.camera,
    projection: s.projection,
    view: s.view,
    chapter: s.chapter,
    present: s.present,
    embed: s.embed,
    theme: s.theme,
    ...(writesLayers(s) ? { layersWritten: true as const } : {}),
  };
}

/**
 * Whether the view's address must write its layers though they are the default: they hide the
 * open entry, and an address without them would turn its layer back on. Before the data has
 * come, as the address that opened the page said.
 */
function writesLayers(s: AppState): boolean {
  if (!s.dataset) return s.layersWritten === true;
  const view = { layers: s.layers, time: null };
  return viewShowing(s.dataset, view, s.selection) !== view;
}
