import { describe, expect, it } from 'vitest';
import { fitWithEllipsis, wrapText } from './text-wrap.ts';

/** Every character 10 pixels wide: widths are easy to reason about. */
const measure = (text: string) => text.length * 10;

describe('wrapping text for a canvas', () => {
  it('breaks at spaces so no line is wider than the width', () => {
    expect(wrapText('Reported: the source attributes it to someone', 200, measure)).toEqual([
      'Reported: the source',
      'attributes it to',
      'someone',
    ]);
  });

  it('cuts a word wider than the line with an ellipsis', () => {
    expect(wrapText('Supercalifragilistic', 100, measure)).toEqual(['Supercali…']);
    expect(fitWithEllipsis('short', 100, measure)).toBe('short');
  });

  it('ends with an ellipsis when the lines run out', () => {
    const lines = wrapText('one two three four five six seven', 100, measure, 2);
    expect(lines).toEqual(['one two', 'three fou…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('gives no line for no text', () => {
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});
