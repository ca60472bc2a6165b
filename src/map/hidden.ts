/**
 * Flows and routes of other years than the view's stay in their sources and are hidden by a
 * feature-state (overlay.ts explains why). Lines hide by width, not opacity: a zero-wide line
 * has no pixels to shade, where a transparent one costs as much to draw as a visible one.
 *
 * The same state fades the undated ones in a year view: the sources give them no year, so they
 * show in every year, drawn faint so that the year's own ties stand out. And it fades all but
 * the flow or route a reader has chosen, so that it stands out (overlay.ts).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { isHovered, isSelected, lineKeyOf } from './highlight.ts';
import { lineKey } from './layers/lines.ts';
import type { VisibleEntries } from '../data/visible.ts';
import type { Period } from '../data/schema.ts';
import type { Selection } from '../state/url.ts';

export const HIDDEN_STATE = 'hidden';
/** The state's values: hidden (another year's), or faded (undated in a year view, or not the one chosen). */
export const HIDDEN = 1;
export const FADED = 2;
/** How much of its opacity a faded line keeps. */
export const FADED_OPACITY = 0.3;

const isHidden: ExpressionSpecification = ['==', ['feature-state', HIDDEN_STATE], HIDDEN];

/** `opacity` for a feature the view shows in full, less for a faded one unless it is selected or hovered. */
export function fadedIfUndated(opacity: number): ExpressionSpecification {
  const faded: ExpressionSpecification = [
    'all',
    ['==', ['feature-state', HIDDEN_STATE], FADED],
    ['!', isSelected],
    ['!', isHovered],
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

/**
 * The flow or route to single out, fading the others: the one the reader chose. In the tour a
 * chapter's selection is one of the several ties its story is about, so none is singled out.
 */
export function focusedLine(selection: Selection | null, touring: boolean): string | null {
  return touring ? null : lineKeyOf(selection);
}

/** The flows and routes a view shows: their keys (lines.ts) and periods. */
export function shownLines(visible: VisibleEntries): { key: string; period: Period }[] {
  return [
    ...visible.relations.map((r) => ({ key: lineKey('flow', r.id), period: r.period })),
    ...visible.routes.map((r) => ({ key: lineKey('route', r.id), period: r.properties.period })),
  ];
}
