/** The projector palette must survive a washed-out projector: these are its contrast promises. */
import { describe, expect, it } from 'vitest';
import { THEMES } from './theme.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the projector theme', () => {
  const p = THEMES.projector;

  it('separates land from sea more than the everyday light theme does', () => {
    expect(contrast(p.land, p.sea)).toBeGreaterThan(1.5);
    expect(contrast(p.land, p.sea)).toBeGreaterThan(contrast(THEMES.light.land, THEMES.light.sea));
  });

  it('draws Russia’s, China’s and others’ ties at 3:1 or more on land, sea and the lightest shading', () => {
    for (const colour of [p.russia, p.china, p.other])
      for (const ground of [p.land, p.sea, p.involvement[0]])
        expect(contrast(colour, ground)).toBeGreaterThanOrEqual(3);
  });

  it('writes labels dark on strong halos, larger than usual', () => {
    expect(contrast(p.label, p.labelHalo)).toBeGreaterThanOrEqual(7);
    for (const shade of p.involvement) expect(contrast(p.label, shade)).toBeGreaterThanOrEqual(7);
    expect(p.labelScale).toBeGreaterThan(THEMES.light.labelScale);
    expect(p.labelHaloWidth).toBeGreaterThan(THEMES.light.labelHaloWidth);
    expect(p.lineScale).toBeGreaterThan(THEMES.light.lineScale);
  });
});
