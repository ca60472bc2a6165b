import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { highlightShapes, isOutlined, type CountryShapes } from './highlight-shapes.ts';
import type { HighlightTarget } from '../highlight.ts';
import { lineProperties, type LineKind } from './lines.ts';
import { FADED } from '../hidden.ts';

const line = (kind: LineKind, id: string, width: number): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: { ...lineProperties(kind, id), width },
  geometry: {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 1],
    ],
  },
});
// A relation and a route may share an id: each is addressed by its key ('flow:…', 'route:…').
const overlay = {
  lines: {
    type: 'FeatureCollection',
    features: [line('route', 'instc', 0), line('flow', 'rus-ind-arms', 8), line('flow', 'instc', 3)],
  } satisfies FeatureCollection,
  hidden: new Map<string, number>(),
  places: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'naypyidaw', name: 'Naypyidaw +1', role: 'event', events: 5, grouped: 2 },
        geometry: { type: 'Point', coordinates: [96.1, 19.8] },
      },
    ],
  } satisfies FeatureCollection,
};
const myanmar: CountryShapes = new Map([
  [
    'MMR',
    {
      type: 'Feature',
      properties: { iso3: 'MMR' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [92, 10],
            [101, 10],
            [101, 28],
            [92, 10],
          ],
        ],
      },
    },
  ],
]);

describe('isOutlined', () => {
  it('outlines countries and selected flows and routes; markers and hovered lines keep feature-state', () => {
    const t = (source: string, key: HighlightTarget['key']): HighlightTarget => ({ source, id: 'x', key });
    expect(isOutlined(t('countries', 'hovered'))).toBe(true);
    expect(isOutlined(t('countries', 'selected'))).toBe(true);
    expect(isOutlined(t('lines', 'selected'))).toBe(true);
    expect(isOutlined(t('lines', 'hovered'))).toBe(false);
    expect(isOutlined(t('places', 'selected'))).toBe(false);
    expect(isOutlined(t('places', 'hovered'))).toBe(false);
  });

  it('outlines whatever is pointed at in the details: a country, a flow or route, a marker', () => {
    const t = (source: string): HighlightTarget => ({ source, id: 'x', key: 'pointed' });
    expect(['countries', 'lines', 'places'].map((source) => isOutlined(t(source)))).toEqual([true, true, true]);
  });
});

describe('highlightShapes', () => {
  it("draws a selected flow along the flow's own line, with its width", () => {
    const shapes = highlightShapes([{ source: 'lines', id: 'flow:rus-ind-arms', key: 'selected' }], overlay, null);
    expect(shapes.features).toHaveLength(1);
    expect(shapes.features[0].properties).toEqual({ kind: 'flow', key: 'selected', width: 8 });
    expect(shapes.features[0].geometry).toBe(overlay.lines.features[1].geometry);
  });

  it('tells a route from a flow of the same id', () => {
    const route = highlightShapes([{ source: 'lines', id: 'route:instc', key: 'selected' }], overlay, null);
    expect(route.features.map((f) => f.properties)).toEqual([{ kind: 'route', key: 'selected', width: 0 }]);
    const flow = highlightShapes([{ source: 'lines', id: 'flow:instc', key: 'selected' }], overlay, null);
    expect(flow.features.map((f) => f.properties)).toEqual([{ kind: 'flow', key: 'selected', width: 3 }]);
  });

  it('outlines a country once its shapes are loaded, and draws nothing before', () => {
    const target: HighlightTarget = { source: 'countries', id: 'MMR', key: 'hovered' };
    expect(highlightShapes([target], overlay, null).features).toEqual([]);
    const [outline] = highlightShapes([target], overlay, myanmar).features;
    expect(outline.properties).toMatchObject({ kind: 'country', key: 'hovered' });
  });

  it('rings a marker pointed at where the marker is drawn, as large as its count makes it', () => {
    const [ring] = highlightShapes([{ source: 'places', id: 'naypyidaw', key: 'pointed' }], overlay, null).features;
    expect(ring.properties).toEqual({ kind: 'place', key: 'pointed', role: 'event', events: 5 });
    expect(ring.geometry).toBe(overlay.places.features[0].geometry);
    // A place not drawn (another year's, a layer off): nothing.
    expect(highlightShapes([{ source: 'places', id: 'yangon', key: 'pointed' }], overlay, null).features).toEqual([]);
  });

  it('draws nothing for a flow not on the map now or for a selected marker', () => {
    const targets: HighlightTarget[] = [
      { source: 'lines', id: 'flow:not-this-year', key: 'selected' },
      { source: 'places', id: 'moscow', key: 'selected' },
    ];
    expect(highlightShapes(targets, overlay, myanmar).features).toEqual([]);
  });

  it('draws nothing for a flow or route drawn hidden because it is of another year', () => {
    const otherYear = {
      ...overlay,
      hidden: new Map([
        ['flow:rus-ind-arms', 1],
        ['route:instc', 1],
      ]),
    };
    const targets: HighlightTarget[] = [
      { source: 'lines', id: 'flow:rus-ind-arms', key: 'selected' },
      { source: 'lines', id: 'route:instc', key: 'selected' },
    ];
    expect(highlightShapes(targets, overlay, null).features).toHaveLength(2);
    expect(highlightShapes(targets, otherYear, null).features).toEqual([]);
  });

  it('outlines a selected flow drawn faint (undated, in a year view): a chapter may be about one', () => {
    const faint = { ...overlay, hidden: new Map([['flow:rus-ind-arms', FADED]]) };
    const shapes = highlightShapes([{ source: 'lines', id: 'flow:rus-ind-arms', key: 'selected' }], faint, null);
    expect(shapes.features.map((f) => f.properties)).toEqual([{ kind: 'flow', key: 'selected', width: 8 }]);
  });
});
