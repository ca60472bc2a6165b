/**
 * Where a label may go when its own spot is taken (by a marker, or by a name placed before it):
 * spots for `text-variable-anchor-offset`, which MapLibre tries in order, the first free one wins.
 */
import type { VariableAnchorOffsetCollectionSpecification as Spots } from '@maplibre/maplibre-gl-style-spec';

export type Anchor = 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** The way each anchor moves its label off the point: `top` puts the label below it. */
const AWAY: Record<Anchor, [number, number]> = {
  top: [0, 1],
  bottom: [0, -1],
  left: [1, 0],
  right: [-1, 0],
  'top-left': [Math.SQRT1_2, Math.SQRT1_2],
  'top-right': [-Math.SQRT1_2, Math.SQRT1_2],
  'bottom-left': [Math.SQRT1_2, -Math.SQRT1_2],
  'bottom-right': [-Math.SQRT1_2, -Math.SQRT1_2],
};
/** Below, above, right, left, then the corners: nearest the point first. */
const ORDER: Anchor[] = ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'];

/** Beside the point, each of `gaps` ems off it in turn (nearest first), on its eight sides. */
export function besidePoint(...gaps: number[]): Spots {
  return gaps.flatMap((gap) =>
    ORDER.flatMap((anchor): Spots => [anchor, [round(AWAY[anchor][0] * gap), round(AWAY[anchor][1] * gap)]]),
  );
}

/**
 * Beside a square `gap` ems from the point to each side (a marker's room), trying `anchors` in
 * order: on its sides, and at its corners `gap` off on both axes. A radial offset (besidePoint)
 * puts a corner's label that far along the diagonal, inside such a square, where it never fits.
 */
export function besideSquare(gap: number, anchors: readonly Anchor[]): Spots {
  return anchors.flatMap((anchor): Spots => {
    const [x, y] = AWAY[anchor].map((away) => round(Math.sign(away) * gap));
    return [anchor, [x, y]];
  });
}

/** On the point if it is free, else beside it (besidePoint). */
export function onOrBesidePoint(...gaps: number[]): Spots {
  return ['center', [0, 0], ...besidePoint(...gaps)];
}

const round = (n: number) => Math.round(n * 100) / 100;
