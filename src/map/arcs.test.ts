import { describe, expect, it } from 'vitest';
import { arc, fanBends, shortWayTo } from './arcs.ts';

describe('arc', () => {
  it('starts and ends at the two points', () => {
    const line = arc([0, 0], [10, 0], 0.2);
    expect(line[0]).toEqual([0, 0]);
    expect(line[line.length - 1]).toEqual([10, 0]);
  });
  it('bends to the left of the direction of travel for a positive bend', () => {
    const line = arc([0, 0], [10, 0], 0.2);
    expect(line[16][1]).toBeGreaterThan(0);
    expect(arc([10, 0], [0, 0], 0.2)[16][1]).toBeLessThan(0);
  });
  it('takes the short way across the antimeridian', () => {
    const line = arc([170, 60], [-170, 60], 0);
    expect(line[line.length - 1][0]).toBe(190);
    for (let i = 1; i < line.length; i++) expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(5);
  });
});

describe('shortWayTo', () => {
  it('turns the far end by a whole turn when the short way crosses the antimeridian, either way', () => {
    expect(shortWayTo([-77, 39], [127, 37.6])).toEqual([-233, 37.6]);
    expect(shortWayTo([127, 37.6], [-77, 39])).toEqual([283, 39]);
  });
  it('leaves the far end alone when the short way does not cross it', () => {
    expect(shortWayTo([77.2, 28.6], [-77, 39])).toEqual([-77, 39]);
  });
});

describe('fanBends', () => {
  it('gives distinct bends to flows sharing a pair', () => {
    const bends = fanBends(3);
    expect(new Set(bends).size).toBe(3);
  });
  it('keeps a large fan within bounds', () => {
    const bends = fanBends(12);
    expect(Math.max(...bends.map(Math.abs))).toBeLessThanOrEqual(0.35 + 1e-9);
    expect(new Set(bends).size).toBe(12);
  });
  it('gives a single flow a gentle curve', () => {
    expect(fanBends(1)).toEqual([0.1]);
  });
});
