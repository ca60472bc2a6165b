import type { Map as MapLibreMap } from 'maplibre-gl';
import { cancelPendingFrame } from './pending-frame.ts';

/** The longest the map's frames are held: past it the map draws whatever it has. */
const MAX_HOLD_MS = 1000;

/**
 * Holds the map's frames until the returned `release` is called (or a second has passed), then
 * draws once if any frame was asked for meanwhile.
 *
 * A change of year or of layers sets new data on the overlay's sources. MapLibre asks for a
 * frame as soon as the data is sent to its worker and again as each batch of tiles comes back,
 * though those frames show nothing new or only part of it. In software WebGL a frame of the globe
 * blocks the page for ~0.5 s and delays the tiles still to come, so a step of the timeline took
 * four frames and a change of layers five. Held, each takes the frame that shows the new view.
 */
export function holdFrames(map: MapLibreMap): () => void {
  if (Object.hasOwn(map, 'triggerRepaint')) return () => undefined; // already held: the first hold releases
  let asked = cancelPendingFrame(map);
  map.triggerRepaint = () => {
    asked = true;
  };
  const release = () => {
    clearTimeout(timer);
    if (!Object.hasOwn(map, 'triggerRepaint')) return;
    delete (map as Partial<MapLibreMap>).triggerRepaint;
    if (asked) map.triggerRepaint();
  };
  const timer = setTimeout(release, MAX_HOLD_MS);
  return release;
}
