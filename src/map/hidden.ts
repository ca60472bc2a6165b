/**
 * Flows and routes of other years than the view's stay in their sources and are hidden by a
 * feature-state (overlay.ts explains why). Lines hide by width, not opacity: a zero-wide line
 * has no pixels to shade, where a transparent one costs as much to draw as a visible one.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const HIDDEN_STATE = 'hidden';

const isHidden: ExpressionSpecification = ['==', ['feature-state', HIDDEN_STATE], 1];

/** `value` for a feature the view shows, 0 for one it hides (a width or an opacity). */
export function unlessHidden(value: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', isHidden, 0, value];
}

/** Whether a feature MapLibre reports under the pointer is one the reader can see. */
export function isShown(feature: { state?: Record<string, unknown> }): boolean {
  return feature.state?.[HIDDEN_STATE] !== 1;
}
