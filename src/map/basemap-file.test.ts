import { describe, expect, it } from 'vitest';
import { splitCountriesFile, type CountriesFile } from './basemap-file.ts';

const square = (x: number): GeoJSON.MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  ],
});

describe('splitCountriesFile', () => {
  it('gives the countries and the border lines back apart, in their order', () => {
    const file: CountriesFile = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { iso3: 'RUS', name: 'Russia' }, geometry: square(0) },
        { type: 'Feature', properties: { iso3: 'CHN', name: 'China' }, geometry: square(1) },
        {
          type: 'Feature',
          properties: { border: true },
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [1, 0],
                [1, 1],
              ],
            ],
          },
        },
      ],
    };
    const { countries, borders } = splitCountriesFile(file);
    expect(countries.features.map((f) => f.properties.iso3)).toEqual(['RUS', 'CHN']);
    expect(borders.features).toHaveLength(1);
    expect(borders.features[0].geometry.type).toBe('MultiLineString');
  });
});
