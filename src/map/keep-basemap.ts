/**
 * Keeps the basemap the map has already loaded across restyles (a change of theme, projection or
 * presentation mode). MapLibre 6 describes a loaded GeoJSON source by its data, not by the URL it
 * came from, so its style diff would take our URL for a change, and fetch and tile the whole
 * basemap again. Given to MapLibre as `transformStyle`.
 *
 * This halves the reloads, it does not end them: a new projection, or a new label size (a layout
 * property), still makes MapLibre reload the sources, and a source given by URL is fetched again.
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_SOURCES } from './layers/basemap.ts';

export function keepLoadedBasemap(previous: StyleSpecification | undefined, next: StyleSpecification) {
  if (!previous) return next;
  const sources = { ...next.sources };
  for (const id of Object.values(BASEMAP_SOURCES)) {
    const loaded = previous.sources[id];
    if (loaded && sources[id] && isSameFileLoaded(loaded, sources[id])) sources[id] = loaded;
  }
  return { ...next, sources };
}

/** Whether `loaded` is what MapLibre made of `asked`: a GeoJSON source by URL, alike in all but its data. */
function isSameFileLoaded(loaded: SourceSpecification, asked: SourceSpecification): boolean {
  if (loaded.type !== 'geojson' || asked.type !== 'geojson' || typeof asked.data !== 'string') return false;
  if (typeof loaded.data === 'string') return false; // already alike; the diff sees no change
  return JSON.stringify({ ...loaded, data: null }) === JSON.stringify({ ...asked, data: null });
}
