import { describe, expect, it } from 'vitest';
import { flowWidth, flowWidthScales, FLOW_WIDTH } from './flow-width.ts';
import type { Relation } from '../data/schema.ts';

const relation = (amount: number, unit: 'USD' | 'percent'): Relation => ({
  id: `r-${amount}-${unit}`,
  layer: 'arms',
  certainty: 'stated',
  summary: 'A relation used only to test the width scale.',
  value: { amount, unit, label: 'test' },
  from: 'RUS',
  to: 'MMR',
  kind: 'arms-supply',
  period: { start: null, end: null },
});

describe('flow widths', () => {
  const scales = flowWidthScales([
    relation(1.7e9, 'USD'),
    relation(1.44e9, 'USD'),
    relation(17, 'percent'),
    relation(50, 'percent'),
  ]);
  it('gives the largest figure of each unit the widest line', () => {
    expect(flowWidth(scales, relation(1.7e9, 'USD').value)).toBe(FLOW_WIDTH.max);
    expect(flowWidth(scales, relation(50, 'percent').value)).toBe(FLOW_WIDTH.max);
  });
  it('grows with the square root of the value', () => {
    const half = flowWidth(scales, relation(12.5, 'percent').value);
    expect(half).toBeCloseTo(FLOW_WIDTH.min + (FLOW_WIDTH.max - FLOW_WIDTH.min) / 2, 1);
  });
  it('gives figures that are not amounts or shares the standard width', () => {
    expect(flowWidth(scales, { amount: 8, unit: 'days', label: 'shorter route' })).toBe(FLOW_WIDTH.standard);
  });
  it('gives entries without a figure the fixed thin width', () => {
    expect(flowWidth(scales, undefined)).toBe(FLOW_WIDTH.noFigure);
  });
});
