/** Loads the prepared basemap from the app's own origin (built by scripts/build-basemap.ts). */
import type { Basemap } from './style.ts';

export async function fetchBasemap(): Promise<Basemap> {
  const response = await fetch(new URL('generated/basemap.json', document.baseURI));
  if (!response.ok) throw new Error(`The basemap could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as Basemap;
}
