import type { Map as MapLibreMap } from 'maplibre-gl';

/** The longest the first drawing waits for the map's data: past it, the map draws what it has. */
const MAX_WAIT_MS = 10_000;

/**
 * Draws a new map once, when its style's sources have all loaded, instead of once per source
 * as each arrives.
 *
 * While loading, MapLibre draws a frame for every source or batch of tiles that comes in: eight
 * frames before the opening globe is whole. In software WebGL (a school laptop's) each frame
 * blocks the page for ~0.5 s and takes the CPU from the worker that is tiling the rest, so the
 * partial frames delayed the whole map by seconds. Until `load`, MapLibre still runs every frame
 * (it requests tiles and places labels then) but its painter draws nothing; the page's own HTML
 * (title, legend, timeline) is already there, and `onDrawn` says when the map is. `painter` is MapLibre's renderer (declared in its
 * typings, not documented): if a later version drops it, the map draws as before.
 */
export function drawWhenLoaded(map: MapLibreMap, onDrawn: () => void): void {
  const painter = map.painter;
  if (typeof painter?.render !== 'function' || map.loaded()) return onDrawn();
  painter.render = () => undefined;
  const draw = () => {
    clearTimeout(timer);
    map.off('load', draw);
    delete (painter as Partial<typeof painter>).render;
    map.once('render', onDrawn);
    map.triggerRepaint();
  };
  const timer = setTimeout(draw, MAX_WAIT_MS);
  map.once('load', draw);
}
