import { describe, expect, it } from 'vitest';
import { contrastRatio, linearRgb, luminance } from './colour.ts';

describe('colour arithmetic', () => {
  it('undoes the sRGB curve: mid-grey #777777 is a fifth of white’s light, not half', () => {
    expect(linearRgb('#ffffff')).toEqual([1, 1, 1]);
    expect(linearRgb('#000000')).toEqual([0, 0, 0]);
    expect(luminance('#777777')).toBeCloseTo(0.184, 3);
  });

  it('gives WCAG contrast ratios, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
    // #767676 on white is the classic smallest grey that reaches 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
