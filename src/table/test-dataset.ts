/**
 * A small dataset for the unit tests of the table, search and summary: a few entries of each
 * kind, with the awkward cases (open periods, disputed figures, two units, accents) on purpose.
 */
import { indexDataset, type CitedEntries, type CitedIndexedDataset } from '../data/dataset.ts';
import type { Citation, Layer, PlaceFeature } from '../data/schema.ts';

const cite = (seed: string): Citation => ({ seed, quote: 'a quote long enough to stand on its own here' });

const layer = (id: Layer['id'], name: string): Layer => ({ id, name, description: `${name} layer for the tests.` });

const place = (id: string, name: string, country: string, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { name, kind: 'city', country },
});

export function testDataset(): CitedIndexedDataset {
  return indexDataset<CitedEntries>({
    version: { version: '1.0.0', date: '2024' },
    citationsKey: 'test',
    layers: [
      layer('arms', 'Arms'),
      layer('energy', 'Energy and trade'),
      layer('rail', 'Rail and connectivity'),
      layer('security', 'Security'),
      layer('diplomacy', 'Diplomacy'),
      layer('far-east', "Russia's Far East"),
      layer('china', "China's presence"),
    ],
    actors: [
      { id: 'RUS', name: 'Russia', kind: 'country', iso3: 'RUS', anchor: 'moscow' },
      { id: 'CHN', name: 'China', kind: 'country', iso3: 'CHN', anchor: 'beijing' },
      { id: 'MMR', name: 'Myanmar', kind: 'country', iso3: 'MMR', anchor: 'naypyidaw' },
      { id: 'VNM', name: 'Vietnam', kind: 'country', iso3: 'VNM', anchor: 'hanoi' },
      { id: 'IND', name: 'India', kind: 'country', iso3: 'IND', anchor: 'new-delhi' },
      { id: 'SCO', name: 'Shanghai Cooperation Organization', kind: 'organisation', anchor: 'beijing' },
      { id: 'myanmar-junta', name: "Myanmar's military junta", kind: 'group', anchor: 'naypyidaw' },
    ],
    places: {
      type: 'FeatureCollection',
      features: [
        place('moscow', 'Moscow', 'RUS', 37.6, 55.7),
        place('beijing', 'Beijing', 'CHN', 116.4, 39.9),
        place('naypyidaw', 'Naypyidaw', 'MMR', 96.1, 19.7),
        place('hanoi', 'Hanoi', 'VNM', 105.8, 21),
        place('new-delhi', 'New Delhi', 'IND', 77.2, 28.6),
        place('urumqi', 'Ürümqi', 'CHN', 87.6, 43.8),
      ],
    },
    routes: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'china-europe-rail',
          geometry: {
            type: 'LineString',
            coordinates: [
              [116.4, 39.9],
              [87.6, 43.8],
            ],
          },
          properties: {
            name: 'China–Europe rail route',
            layer: 'rail',
            certainty: 'reported',
            schematic: true,
            via: ['beijing', 'urumqi'],
            actors: ['CHN'],
            summary: 'A rail route that carries Chinese freight to Europe past Russia.',
            period: { start: '2011', end: null },
            citations: [cite('src-b')],
          },
        },
      ],
    },
    relations: [
      {
        id: 'rus-mmr-arms',
        layer: 'arms',
        certainty: 'stated',
        from: 'RUS',
        to: 'MMR',
        kind: 'arms-supply',
        period: { start: '2014', end: '2019' },
        summary: 'Russia supplied a large share of the arms Myanmar imported.',
        citations: [cite('src-a')],
        value: { amount: 807, unit: 'USD', label: 'arms delivered', qualifier: 'about' },
        figures: [{ amount: 16, unit: 'percent', label: "share of Myanmar's arms imports" }],
      },
      {
        id: 'chn-mmr-arms',
        layer: 'arms',
        certainty: 'stated',
        from: 'CHN',
        to: 'MMR',
        kind: 'arms-supply',
        period: { start: '2000', end: '2019' },
        summary: 'China supplied arms to Myanmar for two decades.',
        citations: [cite('src-a')],
        value: { amount: 1.7e9, unit: 'USD', label: 'arms delivered' },
      },
      {
        id: 'rus-vnm-arms',
        layer: 'arms',
        certainty: 'disputed',
        from: 'RUS',
        to: 'VNM',
        kind: 'arms-deal',
        period: { start: null, end: '2018' },
        summary: 'Vietnam bought most of its weapons from Russia.',
        citations: [cite('src-a'), cite('src-b')],
        value: { amount: 80, unit: 'percent', label: "share of Vietnam's arms imports", claimedBy: 'SIPRI' },
        figures: [{ amount: 60, unit: 'percent', label: "share of Vietnam's arms imports", claimedBy: 'the ministry' }],
      },
      {
        id: 'rus-ind-arms',
        layer: 'arms',
        certainty: 'reported',
        from: 'RUS',
        to: 'IND',
        kind: 'arms-supply',
        period: { start: '2010-05', end: null },
        summary: 'Russia remains the largest supplier of arms to India.',
        citations: [cite('src-b')],
        value: { amount: 2.5e9, unit: 'USD', label: 'arms delivered' },
      },
      {
        id: 'rus-sco-membership',
        layer: 'diplomacy',
        certainty: 'stated',
        from: 'RUS',
        to: 'SCO',
        kind: 'membership',
        period: { start: null, end: null },
        summary: 'Russia is a founding member of the regional organisation.',
        citations: [cite('src-b')],
      },
    ],
    events: [
      {
        id: 'mmr-coup-2021',
        layer: 'arms',
        certainty: 'stated',
        title: 'Military coup in Myanmar',
        date: '2021-02-01',
        precision: 'day',
        place: 'naypyidaw',
        actors: ['myanmar-junta', 'MMR'],
        kind: 'coup',
        summary: 'The military seized power in Myanmar and detained its leaders.',
        citations: [cite('src-a')],
      },
      {
        id: 'sco-summit-2017',
        layer: 'diplomacy',
        certainty: 'stated',
        title: 'SCO summit admits India',
        date: '2017-06',
        precision: 'month',
        place: 'beijing',
        actors: ['SCO', 'IND'],
        kind: 'summit',
        summary: 'The organisation admitted India and Pakistan as full members.',
        citations: [cite('src-b')],
      },
    ],
    seeds: [
      {
        id: 'src-a',
        file: 'a.txt',
        title: 'Arms and Myanmar: a long title for the tests',
        authors: ['Dan Southerland'],
        outlet: 'RFA',
        kind: 'commentary',
        published: '2021-05',
      },
      {
        id: 'src-b',
        file: 'b.txt',
        title: 'The multilateral dimensions',
        authors: ['Stephen J. Blank'],
        outlet: null,
        kind: 'working paper',
        published: '2017-06-28',
      },
    ],
    tour: [],
  });
}
