/**
 * MapLibre compiles one shader program per way a layer binds its paint: a property read per
 * feature becomes a vertex attribute, a constant a uniform, a zoom curve over data a third kind.
 * In software WebGL (a school laptop without a GPU driver) each program costs 100–200 ms to
 * compile before the first frame with data, so the overlay binds all its lines alike: colour and
 * width read per feature, opacity constant. Eighteen programs became twelve (see the benchmark).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { isSelected } from '../highlight.ts';

/** A constant written as a per-feature value, so its layer shares the program of those that vary. */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', isSelected, value, value];
}
