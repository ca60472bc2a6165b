/**
 * Fixtures for the static map's tests: two tour chapters in the shape of data/tour.json (see
 * `tourChapter` in src/data/schema.ts) over the table's test dataset, and a tiny basemap.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TourChapter } from '../../data/schema.ts';
import type { Basemap, CountryProps } from './render.ts';

export const TOUR_FIXTURE: TourChapter[] = [
  {
    id: 'arms-for-the-junta',
    title: 'Arms for the junta',
    body: 'Russia and China both armed Myanmar’s military, before and after the coup of 2021.',
    camera: { longitude: 100, latitude: 22, zoom: 3.5 },
    layers: ['arms'],
    time: null,
    selection: { kind: 'relation', id: 'rus-mmr-arms' },
    cites: ['relation:rus-mmr-arms'],
    questions: ['Who supplied more arms to Myanmar?'],
  },
  {
    id: 'the-sco',
    title: 'Diplomacy in the SCO',
    body: 'Russia framed the regional organisation as a counterweight; India joined in 2017.',
    camera: { longitude: 90, latitude: 40, zoom: 2.5 },
    layers: ['diplomacy'],
    time: { year: 2017, mode: 'upto' },
    selection: null,
    cites: ['event:sco-summit-2017'],
    questions: ['Why did India join?'],
  },
];

/** A square country, its ring counter-clockwise as RFC 7946 (and the prepared basemap) has it. */
function square(iso3: string, name: string, [lon, lat]: [number, number], half = 4): Feature<Polygon, CountryProps> {
  const [w, e, s, n] = [lon - half, lon + half, lat - half, lat + half];
  return {
    type: 'Feature',
    properties: { iso3, name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  };
}

export const BASEMAP_FIXTURE: Basemap = {
  countries: {
    type: 'FeatureCollection',
    features: [
      square('RUS', 'Russia', [60, 58], 10),
      square('CHN', 'China', [105, 35], 10),
      square('MMR', 'Myanmar', [96, 20]),
      square('IND', 'India', [78, 22]),
      // Far side of the globe from Asia: never drawn.
      square('BRA', 'Brazil', [-52, -10], 8),
      // An island that simplification reduced to one point, as the prepared basemap has some.
      {
        type: 'Feature',
        properties: { iso3: 'MDV', name: 'Maldives' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [[[73.5, 4.2]]],
            [
              [
                [73, 3],
                [74, 3],
                [74, 4],
                [73, 3],
              ],
            ],
          ],
        },
      } as Feature<MultiPolygon, CountryProps>,
    ],
  },
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [95, 25],
              [100, 25],
            ],
          ],
        },
      },
    ],
  },
  labels: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { iso3: 'RUS', name: 'Russia', area: 1402 },
        geometry: { type: 'Point', coordinates: [60, 58] },
      },
      {
        type: 'Feature',
        properties: { iso3: 'CHN', name: 'China', area: 770 },
        geometry: { type: 'Point', coordinates: [105, 35] },
      },
      {
        type: 'Feature',
        properties: { iso3: 'BRA', name: 'Brazil', area: 700 },
        geometry: { type: 'Point', coordinates: [-52, -10] },
      },
    ],
  },
};
