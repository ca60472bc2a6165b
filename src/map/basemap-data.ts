/**
 * Where the prepared basemap lives (built by scripts/build-basemap.ts): one GeoJSON file per map
 * source, the countries (with their borders, see basemap-file.ts) and the label points. The style
 * names them by URL, so MapLibre's worker fetches and parses them off the main thread, and
 * restyling never compares their thousands of coordinates.
 */
import type { FeatureCollection } from 'geojson';
import { fetchJson, loadOnce } from '../data/fetch-json.ts';
import type { CountryShapes } from './layers/highlight-shapes.ts';
import { splitCountriesFile, type CountriesFile } from './basemap-file.ts';

export type BasemapUrls = { countries: string; labels: string };

const path = (name: keyof BasemapUrls) => `generated/basemap/${name}.json`;

/** Absolute URLs: the worker resolves relative ones against its own script, not the page. */
export function basemapUrls(base: string): BasemapUrls {
  const url = (name: keyof BasemapUrls) => new URL(path(name), base).href;
  return { countries: url('countries'), labels: url('labels') };
}

/** The label points (one per country, with iso3 and name), loaded once when first asked for. */
export const fetchCountryLabels = loadOnce(() => fetchJson<FeatureCollection>(path('labels')));

/**
 * Country shapes by ISO code, for outlining the hovered or selected country. Loaded once, on the
 * first country highlight: the map's worker has its own copy, but MapLibre gives back only
 * tile-cut pieces of it.
 */
export const fetchCountryShapes = loadOnce(() =>
  fetchJson<CountriesFile>(path('countries')).then(
    (file): CountryShapes => new Map(splitCountriesFile(file).countries.features.map((f) => [f.properties.iso3, f])),
  ),
);
