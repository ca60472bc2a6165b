/**
 * The themes' colour promises: the projector palette must survive a washed-out projector, and
 * the globe must stand apart from the page around it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from './theme.ts';
import { contrastRatio, linearRgb } from '../ui/colour.ts';

/** CIE 1976 colour difference of two colours (about 2.3 is just noticeable). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = linearRgb(hex);
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The page's background in each scheme, as styles.css sets it: `--bg: light-dark(light, dark)`. */
function pageBackgrounds(): { light: string; dark: string } {
  const found = /--bg: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/i.exec(readFileSync('src/styles.css', 'utf8'));
  if (!found)
    throw new Error('src/styles.css sets no "--bg: light-dark(#rrggbb, #rrggbb)": read its page background anew here');
  return { light: found[1], dark: found[2] };
}

describe('the globe against the page', () => {
  const { light, dark } = pageBackgrounds();

  it('shows its sea clearly apart from the page around it, in the dark scheme as in the light', () => {
    // The dark sea had been 2.5 apart from the page: the globe's rim was lost and its land floated.
    expect(deltaE(THEMES.light.sea, light)).toBeGreaterThan(8);
    expect(deltaE(THEMES.dark.sea, dark)).toBeGreaterThan(8);
  });

  it('keeps land and sea apart in the dark scheme', () => {
    expect(deltaE(THEMES.dark.land, THEMES.dark.sea)).toBeGreaterThan(8);
  });
});

describe('the projector theme', () => {
  const p = THEMES.projector;

  it('separates land from sea more than the everyday light theme does', () => {
    expect(contrastRatio(p.land, p.sea)).toBeGreaterThan(1.5);
    expect(contrastRatio(p.land, p.sea)).toBeGreaterThan(contrastRatio(THEMES.light.land, THEMES.light.sea));
  });

  it('draws Russia’s, China’s and others’ ties at 3:1 or more on land, sea and the lightest shading', () => {
    for (const colour of [p.russia, p.china, p.other])
      for (const ground of [p.land, p.sea, p.involvement[0]])
        expect(contrastRatio(colour, ground)).toBeGreaterThanOrEqual(3);
  });

  it('shades even the fewest entries clearly apart from plain land, each shade apart from the next', () => {
    // The lightest shade was 1.2:1 on the white land: Vietnam, at the end of chapter 3's tie, looked unshaded.
    expect(contrastRatio(p.involvement[0], p.land)).toBeGreaterThanOrEqual(1.4);
    for (let i = 1; i < p.involvement.length; i++)
      expect(contrastRatio(p.involvement[i], p.involvement[i - 1])).toBeGreaterThanOrEqual(1.15);
  });

  it('writes labels dark on strong halos, larger than usual', () => {
    expect(contrastRatio(p.label, p.labelHalo)).toBeGreaterThanOrEqual(7);
    for (const shade of p.involvement) expect(contrastRatio(p.label, shade)).toBeGreaterThanOrEqual(7);
    expect(p.labelScale).toBeGreaterThan(THEMES.light.labelScale);
    expect(p.labelHaloWidth).toBeGreaterThan(THEMES.light.labelHaloWidth);
    expect(p.lineScale).toBeGreaterThan(THEMES.light.lineScale);
  });
});
