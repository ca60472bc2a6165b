import { describe, expect, it } from 'vitest';
import { drawnBounds } from './drawn-bounds.ts';

/** A width × height picture, transparent but for the opaque pixels listed as [x, y]. */
function picture(width: number, height: number, opaque: [number, number][]) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (const [x, y] of opaque) rgba[(y * width + x) * 4 + 3] = 255;
  return rgba;
}

describe('drawnBounds', () => {
  it('is the box round the drawn pixels, however faint', () => {
    const rgba = picture(10, 8, [
      [3, 2],
      [6, 5],
    ]);
    rgba[(1 * 10 + 4) * 4 + 3] = 1; // Barely drawn still counts.
    expect(drawnBounds(rgba, 10, 8)).toEqual({ x: 3, y: 1, width: 4, height: 5 });
  });

  it('widens the box by the margin, but not past the picture', () => {
    const rgba = picture(10, 8, [
      [1, 3],
      [8, 4],
    ]);
    expect(drawnBounds(rgba, 10, 8, 2)).toEqual({ x: 0, y: 1, width: 10, height: 6 });
  });

  it('is the whole picture when all of it is drawn, and null when none is', () => {
    const all = picture(4, 3, []).map((_, i) => (i % 4 === 3 ? 255 : 0));
    expect(drawnBounds(all, 4, 3)).toEqual({ x: 0, y: 0, width: 4, height: 3 });
    expect(drawnBounds(picture(4, 3, []), 4, 3)).toBeNull();
  });
});
