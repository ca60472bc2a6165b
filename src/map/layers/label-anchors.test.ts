import { describe, expect, it } from 'vitest';
import { besidePoint, besideSquare, onOrBesidePoint } from './label-anchors.ts';
import { nameSpots } from './places.ts';
import { THEMES } from '../theme.ts';

describe('label spots', () => {
  it('tries the sides before the corners, nearest gap first, each moving the label off the point', () => {
    const spots = besidePoint(1, 2);
    expect(spots).toHaveLength(32);
    expect(spots.slice(0, 8)).toEqual(['top', [0, 1], 'bottom', [0, -1], 'left', [1, 0], 'right', [-1, 0]]);
    expect(spots.slice(8, 10)).toEqual(['top-left', [0.71, 0.71]]);
    expect(spots.slice(16, 18)).toEqual(['top', [0, 2]]);
  });

  it('puts the label on its point first', () => {
    expect(onOrBesidePoint(1).slice(0, 4)).toEqual(['center', [0, 0], 'top', [0, 1]]);
  });

  it('puts a corner’s label clear of a square, the gap off on both axes, in the order asked', () => {
    expect(besideSquare(1.5, ['left', 'top-left', 'bottom-right'])).toEqual([
      'left',
      [1.5, 0],
      'top-left',
      [1.5, 1.5],
      'bottom-right',
      [-1.5, -1.5],
    ]);
  });
});

describe('place names’ spots', () => {
  // [step, events, spots for 0, 1, spots for 1, 2, …]
  const gaps = () => {
    const [, , ...stops] = nameSpots(THEMES.light) as unknown[];
    return stops.filter((_, i) => i % 2 === 0).map((spots) => ((spots as [string, unknown[]])[1][1] as number[])[0]);
  };
  it('keeps a name further off a marker the more events it has, up to ten, and off a plain dot least', () => {
    const [dot, one, ...more] = gaps();
    expect(more).toHaveLength(9);
    expect(dot).toBeLessThan(one);
    expect([one, ...more]).toEqual([one, ...more].sort((a, b) => a - b));
    expect(more.at(-1)).toBeGreaterThan(one);
  });
});
