/**
 * Flows and routes of other years than the view's stay in their sources and are hidden by a
 * feature-state (overlay.ts explains why). Lines hide by width, not opacity: a zero-wide line
 * has no pixels to shade, where a transparent one costs as much to draw as a visible one.
 *
 * The same state fades the undated ones in a year view: the sources give them no year, so they
 * show in every year, drawn faint so that the year's own ties stand out. And it fades the lines
 * a reader's choice is not about, so that those it is about stand out (focus.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { isHovered, isPointed, isSelected } from './highlight.ts';

export const HIDDEN_STATE = 'hidden';
/** The state's values: hidden (another year's), or faded (undated in a year view, or not about the reader's choice). */
export const HIDDEN = 1;
export const FADED = 2;
/** How much of its opacity a faded line keeps. */
export const FADED_OPACITY = 0.3;

const isHidden: ExpressionSpecification = ['==', ['feature-state', HIDDEN_STATE], HIDDEN];

/** `opacity` for a feature the view shows in full, less for a faded one unless it is selected, hovered or pointed at. */
export function fadedIfUndated(opacity: number): ExpressionSpecification {
  const faded: ExpressionSpecification = [
    'all',
    ['==', ['feature-state', HIDDEN_STATE], FADED],
    ['!', isSelected],
    ['!', isHovered],
    ['!', isPointed],
  ];
  return ['case', faded, opacity * FADED_OPACITY, opacity];
}

/** `value` for a feature the view shows, 0 for one it hides (a width or an opacity). */
export function unlessHidden(value: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', isHidden, 0, value];
}

/** Whether a feature MapLibre reports under the pointer is one the reader can see. */
export function isShown(feature: { state?: Record<string, unknown> }): boolean {
  return feature.state?.[HIDDEN_STATE] !== HIDDEN;
}
