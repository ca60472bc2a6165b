/**
 * Loads the prepared basemap from the app's own origin (built by scripts/build-basemap.ts),
 * once: the map and the details panel's country names share the same parsed copy.
 */
import type { Basemap } from './style.ts';
import { fetchJson } from '../data/fetch-json.ts';

let basemapPromise: Promise<Basemap> | undefined;

export function fetchBasemap(): Promise<Basemap> {
  basemapPromise ??= fetchJson<Basemap>('generated/basemap.json');
  return basemapPromise;
}
