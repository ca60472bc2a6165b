import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Cancels the frame the map has asked for, if any; says whether there was one. `_frameRequest`
 * is MapLibre's handle on its pending frame (declared in its typings, not documented): if a later
 * version drops it, nothing is cancelled and the map draws as before.
 */
export function cancelPendingFrame(map: MapLibreMap): boolean {
  const pending = map._frameRequest;
  if (!pending) return false;
  pending.abort();
  map._frameRequest = null as unknown as AbortController;
  return true;
}
