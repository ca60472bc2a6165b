import { describe, expect, it } from 'vitest';
import { LABEL_POINTS, labelAnchor, largestPart } from './label-anchor.ts';
import type { Polygon } from './antimeridian.ts';

const square = (x: number, y: number, size: number): Polygon => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('largestPart', () => {
  it('picks the mainland over an island', () => {
    const island = square(0, 0, 1);
    const mainland = square(10, 10, 5);
    expect(largestPart([island, mainland])).toBe(mainland);
  });
  it('weighs area by latitude: a square degree near the pole is smaller', () => {
    const polar = square(0, 80, 4);
    const tropical = square(0, 0, 3);
    expect(largestPart([polar, tropical])).toBe(tropical);
  });
});

describe('labelAnchor', () => {
  it('puts the label inside the largest part, not between the parts', () => {
    const [x, y] = labelAnchor([square(0, 0, 1), square(20, 0, 4)]);
    expect(x).toBeGreaterThan(20);
    expect(x).toBeLessThan(24);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(4);
  });
  it('keeps the label inside a C-shaped country, where the centroid would fall outside', () => {
    // A "C" open to the east: its centroid lies in the empty mouth.
    const c: Polygon = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const [x] = labelAnchor([c]);
    expect(x).toBeLessThan(2);
  });
});

describe('LABEL_POINTS', () => {
  it('sets a country placed by hand where its table says, whatever its shape', () => {
    expect(labelAnchor([square(0, 0, 1)], 'VNM')).toEqual(LABEL_POINTS.VNM);
    expect(labelAnchor([square(0, 0, 1)], 'XYZ')).not.toEqual(LABEL_POINTS.VNM);
  });
});
