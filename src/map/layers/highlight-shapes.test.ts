import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { highlightShapes, isOutlined, type CountryShapes } from './highlight-shapes.ts';
import type { HighlightTarget } from '../highlight.ts';

const line = (id: string, width: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id, width },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    },
  ],
});
const overlay = {
  flows: line('rus-ind-arms', 8),
  routes: line('instc', 0),
  hidden: { flows: new Map<string, number>(), routes: new Map<string, number>() },
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
    expect(isOutlined(t('flows', 'selected'))).toBe(true);
    expect(isOutlined(t('routes', 'selected'))).toBe(true);
    expect(isOutlined(t('flows', 'hovered'))).toBe(false);
    expect(isOutlined(t('places', 'selected'))).toBe(false);
  });
});

describe('highlightShapes', () => {
  it("draws a selected flow along the flow's own line, with its width", () => {
    const shapes = highlightShapes([{ source: 'flows', id: 'rus-ind-arms', key: 'selected' }], overlay, null);
    expect(shapes.features).toHaveLength(1);
    expect(shapes.features[0].properties).toEqual({ kind: 'flow', key: 'selected', width: 8 });
    expect(shapes.features[0].geometry).toBe(overlay.flows.features[0].geometry);
  });

  it('outlines a country once its shapes are loaded, and draws nothing before', () => {
    const target: HighlightTarget = { source: 'countries', id: 'MMR', key: 'hovered' };
    expect(highlightShapes([target], overlay, null).features).toEqual([]);
    const [outline] = highlightShapes([target], overlay, myanmar).features;
    expect(outline.properties).toMatchObject({ kind: 'country', key: 'hovered' });
  });

  it('draws nothing for a flow not on the map now or for a marker', () => {
    const targets: HighlightTarget[] = [
      { source: 'flows', id: 'not-this-year', key: 'selected' },
      { source: 'places', id: 'moscow', key: 'selected' },
    ];
    expect(highlightShapes(targets, overlay, myanmar).features).toEqual([]);
  });

  it('draws nothing for a flow or route drawn hidden because it is of another year', () => {
    const otherYear = {
      ...overlay,
      hidden: { flows: new Map([['rus-ind-arms', 1]]), routes: new Map([['instc', 1]]) },
    };
    const targets: HighlightTarget[] = [
      { source: 'flows', id: 'rus-ind-arms', key: 'selected' },
      { source: 'routes', id: 'instc', key: 'selected' },
    ];
    expect(highlightShapes(targets, overlay, null).features).toHaveLength(2);
    expect(highlightShapes(targets, otherYear, null).features).toEqual([]);
  });
});
