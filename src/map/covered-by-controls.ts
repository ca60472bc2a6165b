/**
 * Where the map's own buttons (zoom, attribution) and the page's boxes over the map (marked
 * `data-over-map`: the embed's legend) lie over it: a name drawn under them is hidden as one cut
 * by the map's edge (edge-labels.ts). On a 1280 × 800 projector the Myanmar chapter drew "Beijing"
 * half under the zoom buttons; a 700 × 450 embed drew "Moscow" under its legend. The camera also
 * frames a selection below those boxes (coveredFromTop).
 */

/** Marks a box of the page that lies over the map, whose names under it are hidden. */
const OVER_MAP_ATTRIBUTE = 'data-over-map';
type Box = [[number, number], [number, number]];

/**
 * The boxes of the controls in `container` (the map's) and of the boxes over the map, in map
 * pixels, each `inset` pixels in from its sides: a label's box is its text and its padding, so a
 * label reaching in by more than its padding has text under the control.
 */
export function coveredByControls(container: HTMLElement, inset: number): Box[] {
  const map = container.getBoundingClientRect();
  const over = container.ownerDocument.querySelectorAll(`[${OVER_MAP_ATTRIBUTE}]`);
  return [...container.querySelectorAll('.maplibregl-ctrl'), ...over].flatMap((control): Box[] => {
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

/**
 * How far the boxes over the map that stand at its top (the embed's legend) reach down into it:
 * a selection is framed below them, and a place under them is not in sight (camera-moves.ts).
 */
export function coveredFromTop(container: HTMLElement): number {
  const map = container.getBoundingClientRect();
  let reach = 0;
  for (const box of container.ownerDocument.querySelectorAll(`[${OVER_MAP_ATTRIBUTE}]`)) {
    const r = box.getBoundingClientRect();
    const atTop = r.height > 0 && r.top < map.top + map.height / 4 && r.bottom > map.top;
    if (atTop) reach = Math.max(reach, r.bottom - map.top);
  }
  return reach;
}
