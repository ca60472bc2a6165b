import { describe, expect, it } from 'vitest';
import { cutPolygonAtAntimeridian, splitLineAtAntimeridian, unwrapRing, type Ring } from './antimeridian.ts';
import { signedArea, rewindPolygon } from './winding.ts';

// A square from 170°E to 170°W (190°), 60°–70°N, written the way Natural Earth writes it.
const crossing: Ring = [
  [170, 60],
  [-170, 60],
  [-170, 70],
  [170, 70],
  [170, 60],
];

describe('unwrapRing', () => {
  it('shifts points past the antimeridian so no step jumps by more than 180°', () => {
    expect(unwrapRing(crossing)).toEqual([
      [170, 60],
      [190, 60],
      [190, 70],
      [170, 70],
      [170, 60],
    ]);
  });
});

describe('cutPolygonAtAntimeridian', () => {
  it('leaves a polygon that does not cross 180° as it is', () => {
    const square: Ring = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutPolygonAtAntimeridian([square])).toEqual([[square]]);
  });

  it('cuts a crossing polygon into a western and an eastern part that meet at ±180°', () => {
    const parts = cutPolygonAtAntimeridian([crossing]);
    expect(parts).toHaveLength(2);
    const [west, east] = parts.map((p) => p[0]);
    expect(Math.min(...west.map((p) => p[0]))).toBe(170);
    expect(Math.max(...west.map((p) => p[0]))).toBe(180);
    expect(Math.min(...east.map((p) => p[0]))).toBe(-180);
    expect(Math.max(...east.map((p) => p[0]))).toBe(-170);
    // Both halves are closed rings and together keep the whole area (20° × 10°).
    for (const ring of [west, east]) expect(ring[0]).toEqual(ring[ring.length - 1]);
    const area = Math.abs(signedArea(west)) / 2 + Math.abs(signedArea(east)) / 2;
    expect(area).toBeCloseTo(200, 6);
  });

  it('never leaves a step longer than 180° in any part', () => {
    for (const part of cutPolygonAtAntimeridian([crossing])) {
      for (const ring of part)
        for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThanOrEqual(180);
    }
  });
});

describe('splitLineAtAntimeridian', () => {
  it('splits a line at the crossing and interpolates the latitude there', () => {
    expect(
      splitLineAtAntimeridian([
        [170, 60],
        [-170, 70],
      ]),
    ).toEqual([
      [
        [170, 60],
        [180, 65],
      ],
      [
        [-180, 65],
        [-170, 70],
      ],
    ]);
  });
});

describe('rewindPolygon', () => {
  it('makes the outer ring counter-clockwise and holes clockwise (RFC 7946)', () => {
    const clockwise: Ring = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const hole: Ring = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
    ];
    const [outer, inner] = rewindPolygon([clockwise, hole]);
    expect(signedArea(outer)).toBeGreaterThan(0);
    expect(signedArea(inner)).toBeLessThan(0);
  });
});
