import { describe, expect, it } from 'vitest';
import { countryLocator, nameBox, offsetBy, spotBox, spotsClearOfNeighbours } from './label-spots.ts';
import type { Polygon } from './antimeridian.ts';

const box = (west: number, south: number, east: number, north: number): Polygon => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

describe('nameBox', () => {
  it('sets a short name on one line', () => {
    expect(nameBox('Chad')).toEqual({ width: 4 * 0.76, height: 1.2 });
  });

  it('wraps a name wider than seven ems', () => {
    const { width, height } = nameBox('North Korea');
    expect(height).toBeCloseTo(2.4);
    expect(width).toBeCloseTo(5 * 0.76);
  });
});

describe('spotBox', () => {
  it('puts the anchor side of the box at the offset', () => {
    expect(spotBox(['center', [0, 0]], 4, 2)).toEqual([-2, -1, 2, 1]);
    expect(spotBox(['top', [0, 1]], 4, 2)).toEqual([-2, 1, 2, 3]);
    expect(spotBox(['left', [1, 0]], 4, 2)).toEqual([1, -1, 5, 1]);
    expect(spotBox(['bottom-right', [-1, -1]], 4, 2)).toEqual([-5, -3, -1, -1]);
  });
});

describe('offsetBy', () => {
  it('moves east by longitude and north by Mercator latitude', () => {
    // At zoom 0 the world is 512 pixels wide.
    expect(offsetBy([0, 0], 256, 0, 0)).toEqual([180, 0]);
    const [, north] = offsetBy([0, 0], 0, -10, 0);
    expect(north).toBeGreaterThan(6.9);
    expect(north).toBeLessThan(7.1);
  });
});

describe('countryLocator', () => {
  const countryAt = countryLocator([
    { iso3: 'AAA', parts: [[...box(0, 0, 10, 10), ...box(4, 4, 6, 6).map((ring) => [...ring].reverse())]] },
    { iso3: 'BBB', parts: [box(170, 0, 180, 10)] },
  ]);

  it('finds the country a place lies in, or none at sea', () => {
    expect(countryAt([2, 2])).toBe('AAA');
    expect(countryAt([20, 2])).toBeNull();
  });

  it('leaves a hole out and wraps longitudes past 180°', () => {
    expect(countryAt([5, 5])).toBeNull();
    expect(countryAt([-185, 5])).toBe('BBB');
  });
});

describe('spotsClearOfNeighbours', () => {
  // A small country with a neighbour to the west and the sea everywhere else.
  const countryAt = countryLocator([
    { iso3: 'OWN', parts: [box(-2, -2, 2, 2)] },
    { iso3: 'WST', parts: [box(-40, -20, -2, 20)] },
  ]);
  const label = { iso3: 'OWN', name: 'Own', area: 1, at: [0, 0] as [number, number] };
  const anchors = (spots: unknown[]) => spots.filter((s) => typeof s === 'string');

  it('keeps the spots off its coast and drops those on the neighbour', () => {
    const kept = anchors(spotsClearOfNeighbours(label, [1], countryAt));
    expect(kept).toEqual(expect.arrayContaining(['center', 'left', 'top-left', 'bottom-left']));
    for (const west of ['right', 'top-right', 'bottom-right']) expect(kept).not.toContain(west);
  });

  it('drops a spot out at sea, far from its country', () => {
    expect(spotsClearOfNeighbours(label, [3], countryAt)).toEqual(['center', [0, 0]]);
  });
});
