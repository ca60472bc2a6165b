/**
 * Flow widths from figures, one square-root scale per unit (a flow's area grows with its value;
 * dollars are never compared with percentages). Only amounts and shares size a flow: a figure
 * in days or kilometres says nothing about how big a tie is, so it gets the standard width.
 * The legend reads these same scale objects.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { Figure, Relation } from '../data/schema.ts';

export const FLOW_WIDTH = { noFigure: 2, standard: 3, min: 3, max: 14 };

const SIZED_UNITS = new Set<Figure['unit']>(['USD', 'percent']);

export type WidthScales = Partial<Record<Figure['unit'], ScalePower<number, number>>>;

export function flowWidthScales(relations: Relation[]): WidthScales {
  const maxByUnit = new Map<Figure['unit'], number>();
  for (const r of relations) {
    if (!r.value || !SIZED_UNITS.has(r.value.unit)) continue;
    maxByUnit.set(r.value.unit, Math.max(maxByUnit.get(r.value.unit) ?? 0, r.value.amount));
  }
  const scales: WidthScales = {};
  for (const [unit, max] of maxByUnit) {
    scales[unit] = scaleSqrt().domain([0, max]).range([FLOW_WIDTH.min, FLOW_WIDTH.max]).clamp(true);
  }
  return scales;
}

export function flowWidth(scales: WidthScales, value: Figure | undefined): number {
  if (!value) return FLOW_WIDTH.noFigure;
  const scale = scales[value.unit];
  return scale ? Math.round(scale(value.amount) * 10) / 10 : FLOW_WIDTH.standard;
}
