import type { Covered } from './camera.ts';

/**
 * How far the details panel, lying over the map, covers it from the right (beside the map) or
 * from the bottom (a phone's sheet): the camera frames a selection in the rest, and a name cut
 * by the panel's edge is hidden as one cut by the map's (edge-labels.ts).
 */
export function coveredByDetails(container: HTMLElement): Covered {
  const panel = document.querySelector('.details-panel');
  if (!panel) return { right: 0, bottom: 0 };
  return coverOfPanel(container.getBoundingClientRect(), panel.getBoundingClientRect());
}

/** A box on the page, as `getBoundingClientRect` gives it (or its `toJSON()`). */
export type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/**
 * How far a panel's box covers the map's box. A sheet spans the map's width and covers it from the
 * bottom; a column stands at its right, and may take over half of it (a 600 px embed's column is
 * 336 px wide: taken for a sheet, it was counted as covering nothing).
 */
export function coverOfPanel(map: Box, panel: Box): Covered {
  // Details waiting for the tour's card (display: none) cover nothing.
  if (panel.width === 0 || panel.height === 0) return { right: 0, bottom: 0 };
  const sheet = panel.left <= map.left + 1 && panel.right >= map.right - 1;
  const reach = (from: number, size: number) => Math.max(0, Math.min(size, from));
  return sheet
    ? { right: 0, bottom: reach(map.bottom - panel.top, map.height) }
    : { right: reach(map.right - panel.left, map.width), bottom: 0 };
}
