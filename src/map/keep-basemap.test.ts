import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { keepLoadedBasemap } from './keep-basemap.ts';

const url = 'http://localhost/generated/basemap/countries.json';
const loadedData = { type: 'FeatureCollection' as const, features: [] };
const style = (countries: StyleSpecification['sources'][string], flows = loadedData): StyleSpecification => ({
  version: 8,
  sources: { countries, flows: { type: 'geojson', data: flows } },
  layers: [],
});

describe('keepLoadedBasemap', () => {
  it('keeps a basemap source MapLibre has loaded from the same URL, so the diff does not reload it', () => {
    const previous = style({ type: 'geojson', data: loadedData, promoteId: 'iso3' });
    const next = style({ type: 'geojson', data: url, promoteId: 'iso3' });
    expect(keepLoadedBasemap(previous, next).sources.countries).toBe(previous.sources.countries);
  });

  it('takes the next source when it differs in more than its data', () => {
    const previous = style({ type: 'geojson', data: loadedData, promoteId: 'iso3' });
    const next = style({ type: 'geojson', data: url, promoteId: 'name' });
    expect(keepLoadedBasemap(previous, next).sources.countries).toBe(next.sources.countries);
  });

  it('leaves the first style and the data overlay alone', () => {
    const next = style({ type: 'geojson', data: url });
    expect(keepLoadedBasemap(undefined, next)).toBe(next);
    const previous = style({ type: 'geojson', data: loadedData }, { type: 'FeatureCollection', features: [] });
    expect(keepLoadedBasemap(previous, next).sources.flows).toBe(next.sources.flows);
  });
});
