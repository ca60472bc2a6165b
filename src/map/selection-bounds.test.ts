import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { drawnEnds, nearbyFrame, selectionFrame } from './selection-bounds.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import type { CountryShapes } from './layers/highlight-shapes.ts';

const dataset = projectDataset();
const box = (west: number, south: number, east: number, north: number): Feature<MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    ],
  },
});
const shapes: CountryShapes = new Map([['IND', box(68, 8, 97, 35)]]);

describe('selectionFrame', () => {
  it('frames a country by its shape, as close as a place, and shows its outline whole', () => {
    const frame = selectionFrame(dataset, { kind: 'country', id: 'IND' }, shapes)!;
    expect(frame.bounds).toEqual([
      [68, 8],
      [97, 35],
    ]);
    expect(frame.maxZoom).toBe(5);
    expect(frame.outline).toContainEqual([97, 35]);
    expect(frame.outline).toContainEqual([68, 8]);
  });

  it('without its shape, frames a country around its capital, from farther off', () => {
    const frame = selectionFrame(dataset, { kind: 'country', id: 'IND' }, null)!;
    const [lon, lat] = dataset.placeById.get('new-delhi')!.geometry.coordinates;
    const [[west, south], [east, north]] = frame.bounds;
    expect((west + east) / 2).toBeCloseTo(lon, 9);
    expect((south + north) / 2).toBeCloseTo(lat, 9);
    expect(frame.maxZoom).toBe(3);
  });

  it('gives a single place bounds with a size, which the globe can always fit', () => {
    const frame = selectionFrame(dataset, { kind: 'event', id: 'kyrgyz-tajik-clashes-2022' }, shapes)!;
    const [[west, south], [east, north]] = frame.bounds;
    expect(east - west).toBeCloseTo(0.01, 9);
    expect(north - south).toBeCloseTo(0.01, 9);
    expect((west + east) / 2).toBeCloseTo(70.82, 9);
    expect((south + north) / 2).toBeCloseTo(40.06, 9);
  });

  it('frames a tie by the places at its two ends', () => {
    const tie = dataset.relations.find((r) => r.id === 'rus-mmr-arms-supply')!;
    const anchor = (actor: string) =>
      dataset.placeById.get(dataset.actorById.get(actor)!.anchor!)!.geometry.coordinates;
    const frame = selectionFrame(dataset, { kind: 'relation', id: tie.id }, shapes)!;
    expect(frame.maxZoom).toBe(5);
    for (const [lon, lat] of [anchor(tie.from), anchor(tie.to)]) {
      expect(lon).toBeGreaterThanOrEqual(frame.bounds[0][0]);
      expect(lon).toBeLessThanOrEqual(frame.bounds[1][0]);
      expect(lat).toBeGreaterThanOrEqual(frame.bounds[0][1]);
      expect(lat).toBeLessThanOrEqual(frame.bounds[1][1]);
    }
  });

  it('frames a tie on the side of the world it is drawn on: Washington → Seoul over the Pacific', () => {
    const [[west], [east]] = selectionFrame(dataset, { kind: 'relation', id: 'usa-kor-thaad' }, shapes)!.bounds;
    expect(west).toBeCloseTo(126.98 - 360, 1);
    expect(east).toBeCloseTo(-77.04, 1);
  });

  it('has no frame for an entry the dataset does not have', () => {
    expect(selectionFrame(dataset, { kind: 'place', id: 'atlantis' }, shapes)).toBeNull();
  });
});

describe('drawnEnds', () => {
  it('gives the far end across the antimeridian, its middle a longitude whichever end comes first', () => {
    expect(drawnEnds([-77, 39], [127, 37.5])).toEqual([
      [-77, 39],
      [-233, 37.5],
    ]);
    // Seoul first: Washington at 283° would put the middle at 205°; both are turned back a whole turn.
    expect(drawnEnds([127, 37.5], [-77, 39])).toEqual([
      [-233, 37.5],
      [-77, 39],
    ]);
  });
  it('leaves ends that do not cross it as they are', () => {
    expect(drawnEnds([77.2, 28.6], [-77, 39])).toEqual([
      [77.2, 28.6],
      [-77, 39],
    ]);
  });
});

describe('nearbyFrame', () => {
  const place = selectionFrame(dataset, { kind: 'place', id: 'naypyidaw' }, null)!;
  it("comes at most a zoom level closer than the map is: a phone's globe at 1.1 shows a place at 2.1, not 5", () => {
    expect(place.maxZoom).toBe(5);
    expect(nearbyFrame(place, 1.1)).toEqual({ ...place, maxZoom: 2.1 });
  });
  it('keeps the frame’s own closest zoom when the map is already near it', () => {
    expect(nearbyFrame(place, 4.5).maxZoom).toBe(5);
  });
});
