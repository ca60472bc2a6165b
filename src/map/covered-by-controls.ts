/**
 * Where the map's own buttons (zoom, attribution) lie over it: a name drawn under them is hidden
 * as one cut by the map's edge (edge-labels.ts). On a 1280 × 800 projector the Myanmar chapter
 * drew "Beijing" half under the zoom buttons.
 */
type Box = [[number, number], [number, number]];

/**
 * The boxes of the controls in `container` (the map's), in map pixels, each `inset` pixels in
 * from its sides: a label's box is its text and its padding, so a label reaching in by more than
 * its padding has text under the control.
 */
export function coveredByControls(container: HTMLElement, inset: number): Box[] {
  const map = container.getBoundingClientRect();
  return [...container.querySelectorAll('.maplibregl-ctrl')].flatMap((control): Box[] => {
    const r = control.getBoundingClientRect();
    if (r.width <= 2 * inset || r.height <= 2 * inset) return [];
    return [
      [
        [r.left - map.left + inset, r.top - map.top + inset],
        [r.right - map.left - inset, r.bottom - map.top - inset],
      ],
    ];
  });
}
