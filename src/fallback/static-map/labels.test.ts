import { describe, expect, it } from 'vitest';
import { besideOnly, labelBox, placeLabels, spotShifts, wrapWords, type LabelCandidate } from './labels.ts';

const label = (x: number, y: number, text: string, anchor: 'middle' | 'start' = 'middle'): LabelCandidate => ({
  x,
  y,
  lines: [text],
  fontSize: 10,
  anchor,
  padding: 0,
});

describe('placeLabels', () => {
  const frame = { width: 200, height: 100 };
  it('keeps labels in order of priority, dropping one that would overlap a kept one', () => {
    const kept = placeLabels([label(50, 50, 'RUSSIA'), label(60, 52, 'CHINA'), label(150, 50, 'JAPAN')], frame);
    expect(kept.map((c) => c.lines[0])).toEqual(['RUSSIA', 'JAPAN']);
  });
  it('drops labels that would stick out of the picture', () => {
    expect(placeLabels([label(2, 50, 'INDONESIA'), label(100, 99, 'INDIA')], frame)).toEqual([]);
  });
  it('avoids boxes already taken and adds its own to them', () => {
    const taken = [{ left: 0, top: 40, right: 80, bottom: 60 }];
    expect(placeLabels([label(50, 50, 'RUSSIA'), label(150, 50, 'JAPAN')], frame, taken)).toHaveLength(1);
    expect(taken).toHaveLength(2);
  });
  it('moves a label to the first of its spots that is free, or drops it', () => {
    const taken = [{ left: 30, top: 40, right: 70, bottom: 60 }];
    const moving = {
      ...label(50, 50, 'CHINA'),
      moves: [
        [0, -15],
        [0, 20],
      ] as [number, number][],
    };
    expect(placeLabels([moving], frame, taken).map((c) => [c.x, c.y])).toEqual([[50, 70]]);
    expect(placeLabels([{ ...moving, moves: [[0, -5]] as [number, number][] }], frame, [taken[0]])).toEqual([]);
  });
  it('measures a left-anchored label from its anchor, capitals wider than other letters', () => {
    const box = labelBox(label(10, 50, 'ABCDE', 'start'));
    expect(box.left).toBe(10);
    expect(box.right).toBeCloseTo(10 + 5 * 10 * 0.7);
    expect(labelBox(label(10, 50, 'abcde', 'start')).right).toBeCloseTo(10 + 5 * 10 * 0.56);
  });
});

describe('besideOnly', () => {
  it('sets the label at its first shift, and moves to the others from the point, not from there', () => {
    const moved = besideOnly(label(50, 50, 'X'), [
      [10, 0],
      [0, 20],
    ]);
    expect([moved.x, moved.y]).toEqual([60, 50]);
    const taken = [{ left: 55, top: 40, right: 70, bottom: 60 }];
    expect(placeLabels([moved], { width: 200, height: 100 }, taken).map((c) => [c.x, c.y])).toEqual([[50, 70]]);
  });
});

describe('spotShifts', () => {
  it('turns the basemap’s spots (an anchor side and an offset in ems) into shifts of a centred label', () => {
    // 'CHINA' at 10 px: 35 px wide, 11.5 px tall.
    const spots = ['center', [0, 0], 'top', [0, 1], 'left', [0.5, 0], 'bottom-right', [-1, -1]];
    expect(spotShifts(spots, label(0, 0, 'CHINA'))).toEqual([
      [0, 10 + 5.75],
      [5 + 17.5, 0],
      [-10 - 17.5, -10 - 5.75],
    ]);
  });
});

describe('wrapWords', () => {
  it('wraps long names at spaces, as MapLibre’s text-max-width does', () => {
    expect(wrapWords('UNITED STATES OF AMERICA', 12)).toEqual(['UNITED', 'STATES OF', 'AMERICA']);
    expect(wrapWords('RUSSIA', 12)).toEqual(['RUSSIA']);
  });
});
