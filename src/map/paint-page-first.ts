import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { cancelPendingFrame } from './pending-frame.ts';

/**
 * Puts off the frame the map has asked for until the browser has painted the page once.
 *
 * MapLibre asks for a frame after every mouseup, even when nothing on the map moved. The browser
 * paints only after a frame's animation callbacks, so the details panel a click opens would wait
 * for the map's frame: 150–600 ms in software WebGL (a school laptop's), ten times the panel's
 * own cost. Put off, the panel paints first and the map draws in the next frame, with whatever
 * the click changed.
 */
export function paintPageFirst(map: MapLibreMap): void {
  if (cancelPendingFrame(map)) afterNextPaint(() => map.triggerRepaint());
}
