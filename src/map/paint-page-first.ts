import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterNextPaint } from '../ui/after-next-paint.ts';

/**
 * Puts off the frame the map has asked for until the browser has painted the page once.
 *
 * MapLibre asks for a frame after every mouseup, even when nothing on the map moved. The browser
 * paints only after a frame's animation callbacks, so the details panel a click opens would wait
 * for the map's frame: 150–600 ms in software WebGL (a school laptop's), ten times the panel's
 * own cost. Put off, the panel paints first and the map draws in the next frame, with whatever
 * the click changed. `_frameRequest` is MapLibre's handle on its pending frame (declared in its
 * typings, not documented): if a later version drops it, this does nothing and the map draws as
 * before.
 */
export function paintPageFirst(map: MapLibreMap): void {
  const pending = map._frameRequest;
  if (!pending) return;
  pending.abort();
  map._frameRequest = null as unknown as AbortController;
  afterNextPaint(() => map.triggerRepaint());
}
