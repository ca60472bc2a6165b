import { describe, expect, it } from 'vitest';
import { handoutTheme } from './current-view.ts';
import { THEMES } from '../map/theme.ts';
import { PLACE_NAME_SIZE } from '../map/layers/places.ts';

type Size = { width: number; height: number };
const PHONE = { width: 390, height: 560 };
const LAPTOP = { width: 1046, height: 660 };
const PROJECTOR = { width: 1600, height: 950 };

/** The size a place's name prints at, in points, from a map of this size printed within 182 × 150 mm. */
const printedPoints = (map: Size) => {
  const millimetresPerPixel = Math.min(182 / map.width, 150 / map.height);
  return (PLACE_NAME_SIZE * handoutTheme(map).labelScale * millimetresPerPixel) / (25.4 / 72);
};

describe('the handout’s theme', () => {
  it('prints places’ names at the handout’s text size (9 pt), from a phone’s map, a laptop’s or a projector’s', () => {
    for (const map of [PHONE, LAPTOP, PROJECTOR]) expect(printedPoints(map)).toBeCloseTo(9, 5);
  });

  it('shrinks a tall map to the box’s height, not its width', () => {
    expect(handoutTheme(PHONE).labelScale).toBeCloseTo(1, 1);
    expect(handoutTheme({ width: 390, height: 2000 }).labelScale).toBeGreaterThan(handoutTheme(PHONE).labelScale);
  });

  it('scales lines and halos as it scales names, as if the map were drawn at the page’s size', () => {
    const { labelScale, lineScale, labelHaloWidth } = handoutTheme(PROJECTOR);
    expect(labelScale).toBeGreaterThan(2);
    expect(lineScale).toBe(labelScale);
    expect(labelHaloWidth).toBe(THEMES.light.labelHaloWidth * labelScale);
  });

  it('scales names no further than half and three times the screen’s size', () => {
    expect(handoutTheme({ width: 100, height: 100 }).labelScale).toBe(0.5);
    expect(handoutTheme({ width: 4000, height: 2000 }).labelScale).toBe(3);
  });

  it('is light, whatever the screen’s theme', () => {
    const { land, sea, label } = handoutTheme(LAPTOP);
    expect({ land, sea, label }).toEqual({ land: THEMES.light.land, sea: THEMES.light.sea, label: THEMES.light.label });
  });
});
