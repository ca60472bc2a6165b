/**
 * Where a country's name may move when its own spot is taken: only where it still names its
 * country. Moved freely, names named the wrong one: on a laptop's opening view NORTH KOREA lay
 * over China, KYRGYZSTAN and TAJIKISTAN over their neighbours, VIETNAM over China. Each spot's box
 * is laid out around the label's point as on a map at SPOT_ZOOM, at each of SPOT_SCALES, and
 * sampled; a spot is kept if the name's middle lies on its land, or at sea off its coast
 * (clearOfNeighbours). The spots are MapLibre's `text-variable-anchor-offset` pairs
 * (layers/label-anchors.ts), kept in their order; layers/basemap.ts reads them from each label.
 */
import type { Polygon, Position } from './antimeridian.ts';
import { onOrBesidePoint } from '../../src/map/layers/label-anchors.ts';
import { COUNTRY_NAME_MAX_WIDTH, COUNTRY_NAME_SIZE } from '../../src/map/layers/basemap.ts';
import { inverseMercatorY, mercatorY } from './label-anchor.ts';

type Box = [number, number, number, number];
type Spot = [string, [number, number]];

/** The zoom the spots are checked at: a laptop's opening view. */
export const SPOT_ZOOM = 2;
/**
 * The sizes a name is checked at, against its size on the map at SPOT_ZOOM: the ground it covers
 * zoomed in to 3.5 (a chapter on a region), as it is, and nearly twice as large, as it covers a
 * phone's globe further out or a projector's in larger type. Checked at one size only, VIETNAM
 * moved onto China in the Myanmar chapter, KAZAKHSTAN onto Russia on a phone and JAPAN onto
 * Russia on a projector.
 */
export const SPOT_SCALES = [2 ** -1.5, 1, 1.8];
/** From this `area` up (Mongolia's, Kazakhstan's), a name may move three ems however it is told. */
export const WIDE_COUNTRY = 100;
/** Share of a name at sea that may lie over other countries' land. */
const MOST_FOREIGN = 1 / 3;

/** The text size (px) of a country's name at `zoom`, interpolated as the style does (COUNTRY_NAME_SIZE). */
export function nameSize(area: number, zoom: number): number {
  const { zooms, small, large, largeFrom } = COUNTRY_NAME_SIZE;
  const [low, high] = area >= largeFrom ? large : small;
  const t = Math.min(Math.max((zoom - zooms[0]) / (zooms[1] - zooms[0]), 0), 1);
  return low + (high - low) * t;
}

/**
 * A name's box in ems, set in capitals with a little letter spacing and wrapped as the style wraps
 * it: about 0.76 em a capital in Noto Sans with its spacing, 1.2 ems a line.
 */
export function nameBox(name: string): { width: number; height: number } {
  const em = (text: string) => text.length * 0.76;
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && em(`${lines[last]} ${word}`) <= COUNTRY_NAME_MAX_WIDTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return { width: Math.max(...lines.map(em)), height: 1.2 * lines.length };
}

/** Where a spot puts the name's box (ems, y down, the point at 0, 0): its anchor side at the offset. */
export function spotBox([anchor, [dx, dy]]: Spot, width: number, height: number): Box {
  const x = anchor.includes('left') ? 0 : anchor.includes('right') ? -width : -width / 2;
  const y = anchor.startsWith('top') ? 0 : anchor.startsWith('bottom') ? -height : -height / 2;
  return [dx + x, dy + y, dx + x + width, dy + y + height];
}

/** The place `dx`, `dy` pixels from `at` on a Web Mercator map at `zoom` (512-pixel tiles). */
export function offsetBy([lon, lat]: Position, dx: number, dy: number, zoom: number): Position {
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  return [lon + dx * degreesPerPixel, inverseMercatorY(mercatorY(lat) - dy * degreesPerPixel)];
}

/** `at` inside the ring (even-odd rule). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inPolygon = (at: Position, [outer, ...holes]: Polygon) =>
  inRing(at, outer) && !holes.some((hole) => inRing(at, hole));

/** Finds the country (its ISO code) a place lies in, or null at sea. */
export function countryLocator(countries: { iso3: string; parts: Polygon[] }[]): (at: Position) => string | null {
  const indexed = countries.map(({ iso3, parts }) => {
    const points = parts.flatMap((part) => part[0]);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { iso3, parts, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box };
  });
  return (at) => {
    const lon = ((((at[0] + 180) % 360) + 360) % 360) - 180;
    const point: Position = [lon, at[1]];
    const found = indexed.find(
      ({ box, parts }) =>
        lon >= box[0] && lon <= box[2] && at[1] >= box[1] && at[1] <= box[3] && parts.some((p) => inPolygon(point, p)),
    );
    return found?.iso3 ?? null;
  };
}

/**
 * The spots (on the point, then beside it `gaps` ems off) where the name still names its country
 * at every one of SPOT_SCALES. The spot on the point, inside the country, is always kept.
 */
export function spotsClearOfNeighbours(
  label: { iso3: string; name: string; area: number; at: Position },
  gaps: number[],
  countryAt: (at: Position) => string | null,
): (string | [number, number])[] {
  const sizes = SPOT_SCALES.map((scale) => scale * nameSize(label.area, SPOT_ZOOM));
  const { width, height } = nameBox(label.name);
  const all = onOrBesidePoint(...gaps) as (string | [number, number])[];
  const kept: (string | [number, number])[] = [];
  for (let i = 0; i < all.length; i += 2) {
    const spot: Spot = [all[i] as string, all[i + 1] as [number, number]];
    const box = spotBox(spot, width, height);
    if (spot[0] === 'center' || sizes.every((size) => clearOfNeighbours(box, size, label, countryAt)))
      kept.push(...spot);
  }
  return kept;
}

/** How near its country (ems) a name at sea must lie, off its coast. */
const OFFSHORE = 1;

/**
 * Whether a name in the box (ems) still names its country: its middle lies on its land; or, at
 * sea within OFFSHORE of its land, it covers at most a third of other countries (on a 7 × 3 grid
 * across it). Straddling borders, a name reads as the country under its middle: MYANMAR above
 * Naypyidaw, wider than Myanmar's north. Out at sea further off, it may read as the name of the
 * nearest land: NORTH KOREA three ems below its point lay beside South Korea's coast.
 */
function clearOfNeighbours(
  [x0, y0, x1, y1]: Box,
  size: number,
  label: { iso3: string; at: Position },
  countryAt: (at: Position) => string | null,
): boolean {
  const at = (x: number, y: number) => countryAt(offsetBy(label.at, x * size, y * size, SPOT_ZOOM));
  const grid = (margin: number) => {
    const [columns, rows] = [7, 3];
    const found: (string | null)[] = [];
    for (let i = 0; i < columns; i++) {
      for (let j = 0; j < rows; j++) {
        // From edge to edge: a name beside its point touches its country at its near edge.
        found.push(
          at(
            x0 - margin + ((x1 - x0 + 2 * margin) * i) / (columns - 1),
            y0 - margin + ((y1 - y0 + 2 * margin) * j) / (rows - 1),
          ),
        );
      }
    }
    return found;
  };
  const y = (y0 + y1) / 2;
  const middle = at((x0 + x1) / 2, y);
  if (middle !== null) return middle === label.iso3;
  // At sea, nothing but its own land along its middle line.
  if ([0, 1, 2, 3, 4].some((i) => ![null, label.iso3].includes(at(x0 + ((x1 - x0) * i) / 4, y)))) return false;
  const within = grid(0);
  const foreign = within.filter((c) => c !== null && c !== label.iso3).length;
  return foreign <= MOST_FOREIGN * within.length && grid(OFFSHORE).includes(label.iso3);
}
