/**
 * Builds the whole MapLibre style document from the basemap data and the theme. Pure: the same
 * inputs give the same style, which react-maplibre diffs against the previous one.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme.ts';
import { BASEMAP_SOURCES, basemapLayers } from './layers/basemap.ts';

export type Basemap = {
  countries: FeatureCollection;
  borders: FeatureCollection;
  labels: FeatureCollection;
};

export function buildStyle(basemap: Basemap, theme: Theme): StyleSpecification {
  return {
    version: 8,
    // No `glyphs`: labels are drawn from the page's own web fonts (see fonts.ts).
    sources: {
      [BASEMAP_SOURCES.countries]: { type: 'geojson', data: basemap.countries, promoteId: 'iso3' },
      [BASEMAP_SOURCES.borders]: { type: 'geojson', data: basemap.borders },
      [BASEMAP_SOURCES.labels]: { type: 'geojson', data: basemap.labels },
    },
    layers: basemapLayers(theme),
  };
}
