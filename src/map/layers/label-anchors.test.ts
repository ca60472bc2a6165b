import { describe, expect, it } from 'vitest';
import { besidePoint, onOrBesidePoint } from './label-anchors.ts';

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
});
