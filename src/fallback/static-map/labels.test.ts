import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, wrapWords, type LabelCandidate } from './labels.ts';

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
  it('measures a left-anchored label from its anchor', () => {
    const box = labelBox(label(10, 50, 'ABCDE', 'start'));
    expect(box.left).toBe(10);
    expect(box.right).toBeCloseTo(10 + 5 * 10 * 0.6);
  });
});

describe('wrapWords', () => {
  it('wraps long names at spaces, as MapLibre’s text-max-width does', () => {
    expect(wrapWords('UNITED STATES OF AMERICA', 12)).toEqual(['UNITED', 'STATES OF', 'AMERICA']);
    expect(wrapWords('RUSSIA', 12)).toEqual(['RUSSIA']);
  });
});
