import { describe, expect, it } from 'vitest';
import { LABEL_PLATE_METADATA, labelPlateImage } from './label-plate.ts';

/** The image's alpha (its distance field) at pixel (x, y). */
function alphaAt(x: number, y: number) {
  const { width, data } = labelPlateImage();
  return data[(y * width + x) * 4 + 3];
}

describe('labelPlateImage', () => {
  const { width, height, data } = labelPlateImage();

  it('is a square of RGBA pixels', () => {
    expect(width).toBe(height);
    expect(data).toHaveLength(width * height * 4);
  });

  it('is drawn in the middle and along the sides, and not at the rounded corners', () => {
    const middle = Math.floor(width / 2);
    // MapLibre draws an SDF image where the field passes 0.75 (192).
    expect(alphaAt(middle, middle)).toBe(255);
    expect(alphaAt(0, middle)).toBeGreaterThan(192);
    expect(alphaAt(middle, 0)).toBeGreaterThan(192);
    expect(alphaAt(0, 0)).toBeLessThan(192);
    expect(alphaAt(width - 1, height - 1)).toBeLessThan(192);
  });

  it('stretches only between its corners, where the name goes', () => {
    const [[from, to]] = LABEL_PLATE_METADATA.stretchX!;
    expect(from).toBeGreaterThan(0);
    expect(to).toBeLessThan(width);
    expect(LABEL_PLATE_METADATA.content).toEqual([from, from, to, to]);
  });
});
