/**
 * The view's state in the address bar, as pure functions: `parseUrl` never throws and falls back
 * to the default for anything unknown or malformed; `serializeUrl` writes only what differs from
 * the defaults, so a plain address opens the default view and links stay short.
 */
import type { LayerId } from '../data/schema.ts';
import { LAYER_IDS } from '../data/enums.ts';
import type { TimeFilter } from '../data/time.ts';
import type { Camera, FrameSize, ProjectionName } from '../map/camera.ts';

export const ALL_LAYERS: LayerId[] = [...LAYER_IDS];
export const SELECTION_KINDS = ['relation', 'event', 'place', 'route', 'country', 'actor'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export type Selection = { kind: SelectionKind; id: string };
export type ViewName = 'map' | 'table' | 'sources';
/** `auto` follows the reader's (or the host page's) preference; embeds pass one to match their page. */
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** The tour has at most this many chapters; `tour=N` beyond the real count is clamped by the tour UI. */
export const MAX_CHAPTER = 20;

export type UrlState = {
  layers: LayerId[];
  selection: Selection | null;
  /** null: no time filter, everything the sources report. */
  time: TimeFilter | null;
  /** null: the default frame for the window's size. */
  camera: Camera | null;
  projection: ProjectionName;
  view: ViewName;
  /** The guided tour's chapter, 1-based (`tour=3`); null when not touring. */
  chapter: number | null;
  /** Presentation mode for a projector (`present=1`). */
  present: boolean;
  /** The compact interface for an iframe (`embed=1`). */
  embed: boolean;
  theme: ThemeChoice;
  /**
   * The address writes its layers though they are the default ones, which an address leaves out.
   * It does so where they hide the open entry (the reader turned its layer off): an address
   * without them turns the entry's layer on (store.ts), as a hand-written link to an entry wants.
   */
  layersWritten?: true;
};

/** The opening view: the pivot's headline story (arms, energy, rail, China's presence), not a hairball. */
export const DEFAULT_LAYERS: LayerId[] = ['arms', 'energy', 'rail', 'china'];

export const DEFAULT_URL_STATE: UrlState = {
  layers: DEFAULT_LAYERS,
  selection: null,
  time: null,
  camera: null,
  projection: 'globe',
  view: 'map',
  chapter: null,
  present: false,
  embed: false,
  theme: 'auto',
};

export const YEAR_LIMITS = { min: 1990, max: 2030 };
const ZOOM_LIMITS = { min: 0.8, max: 8 };
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

const isLayer = (s: string): s is LayerId => (ALL_LAYERS as string[]).includes(s);

export function parseUrl(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const layers = parseLayers(params.get('layers'));
  // Written, not fallen back to: a list of nothing but unknown ids names no layers.
  const layersWritten =
    (params.get('layers') ?? '').split(',').some(isLayer) && layers.join(',') === DEFAULT_LAYERS.join(',');
  const present = isSwitchedOn(params.get('present'));
  return {
    layers,
    ...(layersWritten ? { layersWritten: true as const } : {}),
    selection: parseSelection(params.get('sel')),
    time: parseTime(params.get('year'), params.get('mode')),
    camera: parseCamera(params.get('cam')),
    projection: params.get('proj') === 'flat' ? 'mercator' : 'globe',
    view: parseView(params.get('view'), present),
    chapter: parseChapter(params.get('tour')),
    present,
    embed: isSwitchedOn(params.get('embed')),
    theme: (THEME_CHOICES as readonly string[]).includes(params.get('theme') ?? '')
      ? (params.get('theme') as ThemeChoice)
      : 'auto',
  };
}

/**
 * Whether a switch (`embed`, `present`) is on. The app writes `=1`, but an editor may type
 * `embed=true` or a bare `embed`, and meant an embed all the same. public/boot.js reads the
 * address by this rule too, before the app's code has come.
 */
export function isSwitchedOn(value: string | null): boolean {
  return value !== null && /^(1|true|yes|on|)$/i.test(value.trim());
}

/** Presentation shows only the map (its header has no view tabs), so its address names no other view. */
function parseView(value: string | null, present: boolean): ViewName {
  if (present) return 'map';
  return value === 'table' ? 'table' : value === 'sources' ? 'sources' : 'map';
}

function parseChapter(value: string | null): number | null {
  if (!value || !/^\d{1,2}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= MAX_CHAPTER ? n : null;
}

function parseLayers(value: string | null): LayerId[] {
  if (value === null) return DEFAULT_URL_STATE.layers;
  if (value === '') return [];
  const valid = value.split(',').filter(isLayer);
  // Keep the canonical order, drop repeats; a list of nothing but unknown ids means the default.
  return valid.length > 0 ? ALL_LAYERS.filter((l) => valid.includes(l)) : DEFAULT_URL_STATE.layers;
}

function parseSelection(value: string | null): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon) as SelectionKind;
  const id = value.slice(colon + 1);
  if (colon < 1 || !SELECTION_KINDS.includes(kind) || !ID_PATTERN.test(id)) return null;
  // ISO codes are written in capitals, but a hand-typed `country:chn` means China all the same.
  return { kind, id: kind === 'country' ? id.toUpperCase() : id };
}

function parseTime(year: string | null, mode: string | null): TimeFilter | null {
  if (!year || !/^\d{4}$/.test(year)) return null;
  const y = Number(year);
  if (y < YEAR_LIMITS.min || y > YEAR_LIMITS.max) return null;
  return { year: y, mode: mode === 'at' ? 'at' : 'upto' };
}

function parseCamera(value: string | null): Camera | null {
  if (!value || value.length > 60) return null;
  const parts = value.split(',');
  // The fourth part, the frame the view was chosen in (addressFrame), is optional: addresses
  // written before 2026-12-06 name none, and a malformed one is dropped, not the camera.
  const frame = parts.length === 4 ? parseFrame(parts.pop()!) : undefined;
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d+)?$/.test(p))) return null;
  // Rounded to the hundredths the address is written with, so reading a written view back
  // gives the same view; `+ 0` turns -0 into 0.
  const [longitude, latitude, zoom] = parts.map((p) => Math.round(Number(p) * 100) / 100 + 0);
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 85) return null;
  return {
    longitude,
    latitude,
    zoom: Math.min(Math.max(zoom, ZOOM_LIMITS.min), ZOOM_LIMITS.max),
    ...(frame && { frame }),
  };
}

/** A frame written `1366x708`, each side 100 to 9999 pixels. */
function parseFrame(value: string): FrameSize | undefined {
  const match = /^([1-9]\d{2,3})x([1-9]\d{2,3})$/.exec(value);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

/** A selection as the address writes it ("relation:rus-mmr-arms"); the table's rows and the lists key their entries so. */
export const selectionKey = (s: Selection | null) => (s ? `${s.kind}:${s.id}` : null);

export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.layersWritten || state.layers.join(',') !== d.layers.join(','))
    params.set('layers', state.layers.join(','));
  if (state.selection) params.set('sel', selectionKey(state.selection)!);
  if (state.time) {
    params.set('year', String(state.time.year));
    if (state.time.mode === 'at') params.set('mode', 'at');
  }
  if (state.camera) {
    const { longitude, latitude, zoom, frame } = state.camera;
    const parts = [longitude.toFixed(2), latitude.toFixed(2), zoom.toFixed(2)];
    if (frame) parts.push(`${frame.width}x${frame.height}`);
    params.set('cam', parts.join(','));
  }
  if (state.projection === 'mercator') params.set('proj', 'flat');
  if (state.view !== 'map') params.set('view', state.view);
  if (state.chapter !== null) params.set('tour', String(state.chapter));
  if (state.present) params.set('present', '1');
  if (state.embed) params.set('embed', '1');
  if (state.theme !== 'auto') params.set('theme', state.theme);
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
