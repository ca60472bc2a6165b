import { describe, expect, it } from 'vitest';
import { handoutTheme } from './current-view.ts';
import { THEMES } from '../map/theme.ts';
import { PLACE_NAME_SIZE } from '../map/layers/places.ts';

/** The size a place's name prints at, in points, from a map `width` pixels wide printed 182 mm wide. */
const printedPoints = (width: number) => (PLACE_NAME_SIZE * handoutTheme(width).labelScale * 182) / width / (25.4 / 72);

describe('the handout’s theme', () => {
  it('prints places’ names at the handout’s text size (9 pt), from a phone’s map, a laptop’s or a projector’s', () => {
    for (const width of [390, 1046, 1600]) expect(printedPoints(width)).toBeCloseTo(9, 5);
  });

  it('scales lines and halos as it scales names, as if the map were drawn at the page’s size', () => {
    const { labelScale, lineScale, labelHaloWidth } = handoutTheme(1600);
    expect(labelScale).toBeGreaterThan(2);
    expect(lineScale).toBe(labelScale);
    expect(labelHaloWidth).toBe(THEMES.light.labelHaloWidth * labelScale);
  });

  it('scales names no further than half and three times the screen’s size', () => {
    expect(handoutTheme(100).labelScale).toBe(0.5);
    expect(handoutTheme(4000).labelScale).toBe(3);
  });

  it('is light, whatever the screen’s theme', () => {
    const { land, sea, label } = handoutTheme(1046);
    expect({ land, sea, label }).toEqual({ land: THEMES.light.land, sea: THEMES.light.sea, label: THEMES.light.label });
  });
});
