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

/**
 * The opacity of a text that is always drawn whole. Country, place and route names bind theirs per
 * feature (hidden when the map's edge would cut them, edge-labels.ts); the other texts (the
 * markers' counts) bind theirs alike, so all share one text program: a second one cost a compile
 * before the first frame. A function: a constant read `isSelected` before highlight.ts had set it
 * (the modules import each other).
 */
export const opaqueText = () => perFeature(1);
