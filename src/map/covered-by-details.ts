/**
 * How far the details panel, lying over the map, covers it from the right (beside the map) or
 * from the bottom (a phone's sheet): the camera frames a selection in the rest, and a name cut
 * by the panel's edge is hidden as one cut by the map's (edge-labels.ts).
 */
export function coveredByDetails(container: HTMLElement): { right: number; bottom: number } {
  const covered = { right: 0, bottom: 0 };
  const panel = document.querySelector('.details-panel');
  if (!panel) return covered;
  const map = container.getBoundingClientRect();
  const over = panel.getBoundingClientRect();
  if (over.left > map.left + map.width / 2) covered.right = Math.max(0, map.right - over.left);
  else if (over.top > map.top + map.height / 3) covered.bottom = Math.max(0, map.bottom - over.top);
  return covered;
}
