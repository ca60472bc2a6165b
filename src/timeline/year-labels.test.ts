import { describe, expect, it } from 'vitest';
import { LABEL_SPACING, innerYearLabels } from './year-labels.ts';

describe('innerYearLabels', () => {
  const label = 28;
  const at = (width: number, first = 2000, last = 2022) =>
    innerYearLabels(first, last, { width, inset: 8, labelWidth: label });

  it('labels every fifth year on a laptop or phone, leaving out one that would crowd the last', () => {
    expect(at(595)).toEqual([2005, 2010, 2015]);
    expect(at(358)).toEqual([2005, 2010, 2015]);
  });

  it('labels a year between the ends in Present, whose type is twice the size, beside the tour and the details', () => {
    expect(innerYearLabels(2000, 2022, { width: 348, inset: 8, labelWidth: 55 })).toEqual([2010]);
  });

  it('labels more often on a wide slider, and fewer or none on a narrow one', () => {
    expect(at(1100)).toEqual([2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020]);
    expect(at(250)).toEqual([2010]);
    expect(at(120)).toEqual([]);
  });

  it('keeps every label its spacing from the next, the end labels included', () => {
    const spacing = LABEL_SPACING * label - 1e-9; // less rounding error
    let checked = 0;
    for (let width = 100; width <= 2000; width += 7) {
      const inner = at(width);
      if (inner.length === 0) continue; // None placed (the narrowest tracks): no spacing of theirs to keep.
      checked++;
      const track = width - 16;
      const centres = [label / 2 - 8, ...inner.map((y) => ((y - 2000) / 22) * track), track - (label / 2 - 8)];
      for (let i = 1; i < centres.length; i++) {
        expect(centres[i] - centres[i - 1], `${width} px`).toBeGreaterThanOrEqual(spacing);
      }
    }
    expect(checked).toBeGreaterThan(250); // of the 272 widths tried
  });

  it('steps by round numbers over long spans', () => {
    expect(innerYearLabels(1900, 2020, { width: 600, inset: 8, labelWidth: label })).toEqual([
      1920, 1940, 1960, 1980, 2000,
    ]);
  });

  it('labels nothing between ends a year apart, or before it is measured', () => {
    expect(at(600, 2021, 2022)).toEqual([]);
    expect(at(0)).toEqual([]);
    expect(innerYearLabels(2000, 2022, { width: 600, inset: 8, labelWidth: 0 })).toEqual([]);
  });
});
