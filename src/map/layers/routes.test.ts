import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { labelPoint, routeLabelFeatures, routeLabelLayers } from './routes.ts';
import { THEMES } from '../theme.ts';
import { projectDataset } from '../../data/test-project-dataset.ts';
import { visibleEntries } from '../../data/visible.ts';

describe('labelPoint', () => {
  it('is the middle of the longest leg, where no town label sits', () => {
    const line = [
      [0, 0],
      [1, 0],
      [1, 4],
      [2, 4],
    ];
    expect(labelPoint(line)).toEqual([1, 2]);
  });

  it('is the point itself for a line of one point', () => {
    expect(labelPoint([[5, 6]])).toEqual([5, 6]);
  });
});

describe('routeLabelFeatures', () => {
  it('names every route of the view once, at a point on its line', () => {
    const routes = visibleEntries(projectDataset(), ['rail'], null).routes;
    expect(routes.length).toBeGreaterThan(0);
    const labels = routeLabelFeatures(routes);
    expect(labels.features.map((f) => f.properties?.name)).toEqual(routes.map((r) => r.properties.name));
    for (const [i, f] of labels.features.entries()) {
      const line = routes[i].geometry.coordinates as number[][];
      const [lon, lat] = f.geometry.coordinates;
      const within = (v: number, k: 0 | 1) =>
        v >= Math.min(...line.map((p) => p[k])) && v <= Math.max(...line.map((p) => p[k]));
      expect(within(lon, 0) && within(lat, 1)).toBe(true);
    }
  });
});

describe('routeLabelLayers', () => {
  it('draws the selected route’s name in its own layer only, and every other name in one of the others', () => {
    const layers = Object.entries(routeLabelLayers(THEMES.light));
    const routes = visibleEntries(projectDataset(), ['rail'], null).routes;
    const selected = routes[0].id;
    for (const f of routeLabelFeatures(routes, selected).features) {
      const drawnBy = layers
        .filter(
          ([, l]) =>
            'filter' in l &&
            featureFilter(l.filter, l.id).filter({ zoom: 3 }, { type: 'Point', properties: f.properties ?? {} }),
        )
        .map(([kind]) => kind);
      expect(drawnBy.length, String(f.properties?.id)).toBe(1);
      expect(drawnBy[0] === 'selected').toBe(f.properties?.id === selected);
    }
  });
});
