/**
 * SVG path data from d3-geo, kept small: coordinates in tenths of a pixel, written as relative
 * moves with the shortest number forms (`l-.9.4` rather than `L396.2,581.1`), and points closer
 * than `minStep` pixels to the last one kept are dropped (at a picture's scale the 1:50m
 * coastlines carry far more detail than a pixel can show). Rings shorter than that vanish.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/** A number of tenths as the shortest SVG number: 15 → "1.5", -5 → "-.5", 20 → "2". */
export function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

/** Joins numbers, with a space only where the next one does not start with a minus sign. */
function joinNumbers(numbers: string[]): string {
  return numbers.reduce((out, n, i) => (i === 0 || n.startsWith('-') ? out + n : `${out} ${n}`), '');
}

/** A d3-geo path context that writes a compact SVG path string. */
export class CompactPathContext {
  private parts: string[] = [];
  /** Points of the current line or ring, in whole tenths of a pixel. */
  private ring: [number, number][] = [];
  private last: [number, number] = [0, 0];
  private closed = false;

  constructor(private readonly minStep: number) {}

  beginPath() {}

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number) {
    const [lx, ly] = this.ring[this.ring.length - 1];
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
    if (Math.hypot(tx - lx, ty - ly) < this.minStep * 10) return;
    this.ring.push([tx, ty]);
  }

  closePath() {
    this.closed = true;
    this.flush();
  }

  /** d3 draws Point geometries as circles; the static map draws its points itself. */
  arc() {}

  result(): string {
    this.flush();
    const text = this.parts.join('');
    this.parts = [];
    this.last = [0, 0];
    return text;
  }

  private flush() {
    const ring = this.ring;
    const closed = this.closed;
    this.ring = [];
    this.closed = false;
    if (ring.length < (closed ? 3 : 2)) return;
    // The first move is absolute, later ones relative to where the previous line ended.
    const [first, ...rest] = ring;
    const start = this.parts.length === 0 ? 'M' : 'm';
    const origin = this.parts.length === 0 ? [0, 0] : this.last;
    const numbers: string[] = [tenths(first[0] - origin[0]), tenths(first[1] - origin[1])];
    let previous = first;
    const steps: string[] = [];
    for (const point of rest) {
      steps.push(tenths(point[0] - previous[0]), tenths(point[1] - previous[1]));
      previous = point;
    }
    // After `z` the pen is back at the ring's first point.
    this.last = closed ? first : previous;
    this.parts.push(`${start}${joinNumbers(numbers)}l${joinNumbers(steps)}${closed ? 'z' : ''}`);
  }
}

/** The path data of a GeoJSON object under a projection ('' when none of it is in view). */
export function pathData(
  projection: GeoProjection | GeoStreamWrapper,
  object: GeoPermissibleObjects,
  minStep = 0.8,
): string {
  const context = new CompactPathContext(minStep);
  geoPath(projection, context).pointRadius(0)(object);
  return context.result();
}
