/**
 * A still image of the map as it is drawn now, for the slide image and the printed handout.
 *
 * The map's WebGL canvas keeps no copy of a frame once it is on screen (`preserveDrawingBuffer`
 * is off, which keeps panning fast), so reading it later gives a blank image. Instead the frame
 * is copied inside MapLibre's `render` event, in the same task that drew it, while the drawing
 * buffer still holds it. For a sharp image the map is first redrawn at a higher pixel ratio
 * (same view, same label placement, more pixels), then put back as it was.
 *
 * The live map may be framed with padding, in the part a tour card and the details panel leave
 * free (camera-moves.ts); the image has no card over it, so the map is drawn meanwhile without
 * padding, centred on the same point and zoomed so that what filled that part fills the picture:
 * the subject in the middle, not squeezed into a corner (on the globe, with its top cut off).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { hasPadding, NO_PADDING } from './camera.ts';
import type { ThemeName } from './theme.ts';

let current: MapLibreMap | null = null;

/** MapView registers its map here; nothing else holds the map. */
export function setSnapshotMap(map: MapLibreMap | null) {
  current = map;
}

/** The size of the map on screen, in CSS pixels (0 with no map): what a picture of it shows. */
export const mapSize = () => ({
  width: current?.getCanvas().clientWidth ?? 0,
  height: current?.getCanvas().clientHeight ?? 0,
});

let drawnTheme: ThemeName | null = null;
let themeWaiters: { theme: ThemeName; resolve: () => void }[] = [];

/** MapView says which theme it has given the map, once the map has its style. */
export function noteMapTheme(theme: ThemeName) {
  drawnTheme = theme;
  const ready = themeWaiters.filter((w) => w.theme === theme);
  themeWaiters = themeWaiters.filter((w) => w.theme !== theme);
  for (const w of ready) w.resolve();
}

/**
 * Resolves once the map has been given a theme's style (asked of MapView through the store's
 * exportTheme). Immediately when there is no map: nothing will draw it.
 */
export function mapStyledIn(theme: ThemeName): Promise<void> {
  if (!current || drawnTheme === theme) return Promise.resolve();
  return new Promise((resolve) => themeWaiters.push({ theme, resolve }));
}

let picturing = false;
/** Whether a picture is being taken: the names hidden by what lies over the map show (edge-labels.ts). */
export const takingPicture = () => picturing;

/** MapLibre caps its canvas at 4096 pixels a side by default; stay within it. */
const MAX_CANVAS_SIDE = 4096;
const MAX_PIXEL_RATIO = 4;

const nextEvent = (map: MapLibreMap, event: 'idle' | 'render') =>
  new Promise<void>((resolve) => {
    map.once(event, () => resolve());
    map.triggerRepaint();
  });

/**
 * Copies the map into a new 2D canvas at least `minWidth` pixels wide (where the GPU allows).
 * Null when there is no map yet.
 */
export async function snapshotMap(minWidth: number): Promise<HTMLCanvasElement | null> {
  const map = current;
  if (!map) return null;
  // Mid-update (a style change, data being parsed): take the frame once it is all drawn.
  if (!map.loaded()) await nextEvent(map, 'idle');
  const { clientWidth, clientHeight } = map.getCanvas();
  if (clientWidth === 0 || clientHeight === 0) return null;
  // The ratio the map was given (null: it follows the screen's); put back exactly that.
  const override = map._overridePixelRatio ?? null;
  const ratio = Math.min(
    MAX_PIXEL_RATIO,
    MAX_CANVAS_SIDE / Math.max(clientWidth, clientHeight),
    Math.max(map.getPixelRatio(), minWidth / clientWidth),
  );
  const resized = ratio !== map.getPixelRatio();
  const padding = map.getPadding();
  const padded = hasPadding(padding);
  const [center, zoom] = [map.getCenter(), map.getZoom()];
  try {
    picturing = true;
    if (padded) {
      const { top = 0, right = 0, bottom = 0, left = 0 } = padding;
      const scale = Math.min(clientWidth / (clientWidth - left - right), clientHeight / (clientHeight - top - bottom));
      map.jumpTo({ center, zoom: zoom + Math.log2(scale), padding: NO_PADDING });
    }
    if (resized) map.setPixelRatio(ratio);
    // Wait until labels are placed and faded in at the new size or frame, and those cut by the
    // picture's edges, not by what lies over the map, are hidden (edge-labels.ts, at each rest).
    await nextEvent(map, 'idle');
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    picturing = false;
    // setPixelRatio(null) restores "follow the screen", which the typings do not admit.
    if (resized) map.setPixelRatio(override as number);
    if (padded) map.jumpTo({ center, zoom, padding });
    // At the next rest the names under the panel, the card and the buttons are hidden again.
    map.triggerRepaint();
  }
}
