/**
 * The globe's outline on screen, and the space past it. A country's name may move up to three ems
 * off its point to find room (layers/basemap.ts); near the rim that can put it out in space: on a
 * projector's India chapter, SOUTH KOREA and NORTH KOREA were named east of Japan, off the globe.
 * edge-labels.ts hides such names as it hides names cut by the map's edge.
 */
import type { LngLatLike, Map as MapLibreMap, Point } from 'maplibre-gl';

/** How far a name may reach past the rim and still be shown: boxes cannot follow a circle (pastDisk). */
export const RIM_GAP = 10;

/** A circle on screen, in map pixels. */
export type Disk = { x: number; y: number; r: number };
type Box = [[number, number], [number, number]];

/**
 * The globe's disk on screen, or null on the flat map. MapLibre unprojects a point off the globe
 * to the nearest point of its horizon, so projecting that back gives a point of the rim: the rim
 * left and right of the centre gives the disk's middle column, the rim above and below it its
 * middle row. Zoomed in, the rim lies far off screen and the disk is simply large.
 */
export function globeDisk(map: MapLibreMap): Disk | null {
  if (map.getProjection()?.type !== 'globe') return null;
  const far = 1e5;
  const centre = map.project(map.getCenter());
  const rim = (x: number, y: number) => map.project(map.unproject([x, y]));
  const [left, right] = [rim(centre.x - far, centre.y), rim(centre.x + far, centre.y)];
  const x = (left.x + right.x) / 2;
  const [top, bottom] = [rim(x, centre.y - far), rim(x, centre.y + far)];
  return { x, y: (top.y + bottom.y) / 2, r: (right.x - left.x) / 2 };
}

/**
 * Boxes covering the space past `disk` grown by `inset` pixels, each wholly outside it, within
 * `area` ([[left, top], [right, bottom]]). Boxes cannot follow a circle: next to the rim they leave
 * a sliver at most `gap` pixels wide uncovered. Rows of boxes left and right of the disk, columns
 * above and below it, each as tall (wide) as lets the rim move in by `gap` across it, and a box
 * at each corner past the diagonals.
 */
export function pastDisk(disk: Disk, area: Box, inset: number, gap: number): Box[] {
  const r = disk.r + inset;
  const diagonal = r / Math.SQRT2;
  // Bands from the disk's middle out to the diagonal, with the disk's half-width across each.
  const bands: { from: number; to: number; half: number }[] = [];
  for (let from = 0; from < diagonal;) {
    const half = Math.sqrt(r * r - from * from);
    const to = Math.min(diagonal, Math.sqrt(Math.max(0, r * r - (half - gap) ** 2)));
    bands.push({ from, to, half });
    from = to;
  }
  const { x, y } = disk;
  const boxes: Box[] = [];
  for (const sign of [-1, 1])
    for (const { from, to, half } of bands) {
      const [a, b] = [sign * from, sign * to].sort((p, q) => p - q);
      boxes.push([
        [-Infinity, y + a],
        [x - half, y + b],
      ]); // left
      boxes.push([
        [x + half, y + a],
        [Infinity, y + b],
      ]); // right
      boxes.push([
        [x + a, -Infinity],
        [x + b, y - half],
      ]); // above
      boxes.push([
        [x + a, y + half],
        [x + b, Infinity],
      ]); // below
    }
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ]) {
    const [cx, cy] = [x + sx * diagonal, y + sy * diagonal];
    boxes.push([
      [sx < 0 ? -Infinity : cx, sy < 0 ? -Infinity : cy],
      [sx < 0 ? cx : Infinity, sy < 0 ? cy : Infinity],
    ]);
  }
  return boxes.flatMap((box) => clip(box, area));
}

/** `box` cut to `area`, or nothing if they do not overlap. */
function clip([[x1, y1], [x2, y2]]: Box, [[left, top], [right, bottom]]: Box): Box[] {
  const cut: Box = [
    [Math.max(x1, left), Math.max(y1, top)],
    [Math.min(x2, right), Math.min(y2, bottom)],
  ];
  return cut[0][0] < cut[1][0] && cut[0][1] < cut[1][1] ? [cut] : [];
}

/**
 * Where `lngLat` lies on screen, or null if round the back of the globe: MapLibre projects such a
 * point onto the front, so a selection on the far side counted as in sight.
 */
export function projectFacing(map: MapLibreMap, [lng, lat]: [number, number]): Point | null {
  const point = map.project([lng, lat] as LngLatLike);
  return sameLocation(map.unproject(point), { lng, lat }) ? point : null;
}

/** Whether two locations are one, within a hundredth of a degree, across the antimeridian too. */
export function sameLocation(a: { lng: number; lat: number }, b: { lng: number; lat: number }): boolean {
  return Math.abs(a.lat - b.lat) < 0.01 && Math.abs(((a.lng - b.lng + 540) % 360) - 180) < 0.01;
}
