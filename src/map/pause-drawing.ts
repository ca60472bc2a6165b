/**
 * Frames that MapLibre runs without drawing. A frame does two things: it updates the map (asks
 * for tiles, places labels) and its painter draws. In software WebGL (a school laptop's) drawing
 * a frame of the globe blocks the page for ~0.5 s, so frames whose picture is about to be
 * replaced are better run without it. `painter` is MapLibre's renderer (declared in its typings,
 * not documented): if a later version drops it, the map draws every frame as before.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The longest a new map waits for its data before drawing: past it, it draws what it has. */
const MAX_LOAD_WAIT_MS = 10_000;

/** Stops the painter drawing; the returned function lets it draw again and asks for a frame. */
function pauseDrawing(map: MapLibreMap): (() => void) | null {
  const painter = map.painter;
  if (typeof painter?.render !== 'function' || Object.hasOwn(painter, 'render')) return null;
  painter.render = () => undefined;
  return () => {
    delete (painter as Partial<typeof painter>).render;
    map.triggerRepaint();
  };
}

/**
 * Draws a new map once, when its style's sources have all loaded, instead of once per source
 * as each arrives: eight frames before the opening globe was whole, each taking the CPU from
 * the worker tiling the rest. The page's own HTML (title, legend, timeline) is already there,
 * and `onDrawn` says when the map is.
 */
export function drawWhenLoaded(map: MapLibreMap, onDrawn: () => void): void {
  const resume = map.loaded() ? null : pauseDrawing(map);
  if (!resume) return onDrawn();
  const draw = () => {
    clearTimeout(timer);
    map.off('load', draw);
    map.once('render', onDrawn);
    resume();
  };
  const timer = setTimeout(draw, MAX_LOAD_WAIT_MS);
  map.once('load', draw);
}

/**
 * Runs the map's next frame without drawing, and draws in the one after. For a change of the
 * labels' data: MapLibre places new labels in the first frame and, finding them changed,
 * places them again in a second, which draws the same picture.
 */
export function skipNextDraw(map: MapLibreMap): void {
  const resume = pauseDrawing(map);
  if (resume) map.once('render', resume);
}
