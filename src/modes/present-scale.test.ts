import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../map/theme.ts';
import { PRESENT_ROOT_FONT, presentScale, scaledTheme } from './present-scale.ts';

describe('presentScale', () => {
  it('keeps the projector theme’s sizes up to a 1920 px projector', () => {
    for (const width of [800, 1024, 1280, 1600, 1920]) expect(presentScale(width)).toBe(1);
  });

  it('grows as the page’s type does above 1920 px, and stops where it stops', () => {
    expect(presentScale(2240)).toBeCloseTo(28 / 24);
    expect(presentScale(2560)).toBeCloseTo(32 / 24);
    expect(presentScale(3840)).toBeCloseTo(32 / 24);
  });

  it('changes only with a whole pixel of the page’s type', () => {
    expect(presentScale(2000)).toBe(presentScale(2030));
  });

  it('follows the root font that present.css sets', () => {
    const css = readFileSync(new URL('./present.css', import.meta.url), 'utf8');
    const { vw, least, most } = PRESENT_ROOT_FONT;
    expect(css).toContain(`font-size: clamp(${least / 16}rem, ${vw}vw, ${most / 16}rem);`);
  });
});

describe('scaledTheme', () => {
  it('is the theme itself at 1', () => {
    expect(scaledTheme(THEMES.projector, 1)).toBe(THEMES.projector);
  });

  it('scales names, markers, lines and halos, and nothing else', () => {
    const { labelScale, lineScale, labelHaloWidth } = THEMES.projector;
    expect(scaledTheme(THEMES.projector, 1.5)).toEqual({
      ...THEMES.projector,
      labelScale: labelScale * 1.5,
      lineScale: lineScale * 1.5,
      labelHaloWidth: labelHaloWidth * 1.5,
    });
  });
});
