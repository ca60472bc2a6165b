import { describe, expect, it } from 'vitest';
import { coverOfPanel } from './covered-by-details.ts';
import { box } from './test-box.ts';

describe('coverOfPanel', () => {
  it('counts a column at the right from the right', () => {
    // A laptop's map beside the side panel, and the details column over its right.
    expect(coverOfPanel(box(320, 85, 1046, 610), box(1030, 85, 336, 683))).toEqual({ right: 336, bottom: 0 });
  });
  it('counts a column wider than half the map (a 600 × 400 embed) from the right', () => {
    expect(coverOfPanel(box(0, 43, 600, 297), box(264, 43, 336, 357))).toEqual({ right: 336, bottom: 0 });
  });
  it('counts a sheet across the map from the bottom, however tall', () => {
    expect(coverOfPanel(box(0, 173, 390, 560), box(0, 400, 390, 444))).toEqual({ right: 0, bottom: 333 });
    // A 320 × 480 embed's sheet, 75% of the frame: it reaches above a third of the map.
    expect(coverOfPanel(box(0, 43, 320, 345), box(0, 120, 320, 360))).toEqual({ right: 0, bottom: 268 });
  });
  it('counts no more than the map', () => {
    expect(coverOfPanel(box(0, 100, 390, 300), box(0, 50, 390, 794))).toEqual({ right: 0, bottom: 300 });
  });
  it('counts details that wait, drawn at no size, as covering nothing', () => {
    expect(coverOfPanel(box(0, 43, 600, 297), box(0, 0, 0, 0))).toEqual({ right: 0, bottom: 0 });
  });
});
