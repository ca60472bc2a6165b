import { describe, expect, it } from 'vitest';
import { involvementClassLabels, involvementScale } from './involvement.ts';

const CLASSES = ['a', 'b', 'c', 'd'];

/** The labels, checked against the class the scale itself gives every count from 1 to max. */
function labelsAndClasses(max: number) {
  const scale = involvementScale(max, CLASSES);
  const counts = CLASSES.map(() => [] as number[]);
  for (let n = 1; n <= Math.max(max, CLASSES.length); n++) counts[CLASSES.indexOf(scale(n))].push(n);
  const spans = counts.map((ns) => (ns.length > 1 ? `${ns[0]}–${ns[ns.length - 1]}` : String(ns[0])));
  return { labels: involvementClassLabels(scale), spans };
}

describe('involvementClassLabels', () => {
  it('names each class by the counts the map gives its colour, with no overlap', () => {
    // Up to 5: a count of 2 is in the second class, so the first is "1", not "1–2".
    expect(involvementClassLabels(involvementScale(5, CLASSES))).toEqual(['1', '2', '3', '4–5']);
    expect(involvementClassLabels(involvementScale(21, CLASSES))).toEqual(['1–5', '6–10', '11–15', '16–21']);
  });

  it('agrees with the scale for every largest count from 0 to 60', () => {
    for (let max = 0; max <= 60; max++) {
      const { labels, spans } = labelsAndClasses(max);
      expect(labels, `max ${max}`).toEqual(spans);
    }
  });
});
