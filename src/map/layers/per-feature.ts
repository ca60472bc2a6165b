/**
 * MapLibre compiles one shader program per way a layer binds its paint: a property read per
 * feature becomes a vertex attribute, a constant a uniform, a zoom curve over data a third kind.
 * In software WebGL (a school laptop without a GPU driver) each program costs 100–200 ms to
 * compile before the first frame with data, so the overlay's lines (flows, routes, their casings
 * and cores, the highlight) bind their paint alike: colour, width, opacity and dashes read per
 * feature (all but the planned routes' dots, see routes.ts). Eighteen programs became twelve.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { isSelected } from '../highlight.ts';

/** A constant written as a per-feature value, so its layer shares the program of those that vary. */
export function perFeature(value: string | number | number[]): ExpressionSpecification {
  const v = Array.isArray(value) ? (['literal', value] as ExpressionSpecification) : value;
  return ['case', isSelected, v, v];
}

/** The paint of an overlay line that is solid and opaque, in the overlay lines' shared binding. */
export function solidLine(): { 'line-opacity': ExpressionSpecification; 'line-dasharray': ExpressionSpecification } {
  return { 'line-opacity': perFeature(1), 'line-dasharray': perFeature([1, 0]) };
}
