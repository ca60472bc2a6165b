/**
 * Cutting geometry at the antimeridian (180°), as RFC 7946 §3.1.9 asks.
 *
 * Natural Earth's Russia and Fiji wrap from 179.9° to -180°: drawn as they are, a flat map joins
 * the two ends with a band across the whole world. We unwrap each ring so that no step is longer
 * than 180°, then clip it into the part west of 180° and the part east of it (shifted back by 360°).
 */
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];

/** Shift longitudes by multiples of 360° so consecutive points never jump by more than 180°. */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let offset = 0;
  ring.forEach(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) offset -= 360;
      else if (previous - lon > 180) offset += 360;
    }
    out.push([lon + offset, lat]);
  });
  return out;
}

/** Sutherland–Hodgman clip of a closed ring to one side of the meridian `lon`. */
function clipToSide(ring: Ring, lon: number, keepWest: boolean): Ring {
  const inside = (p: Position) => (keepWest ? p[0] <= lon : p[0] >= lon);
  const crossing = (a: Position, b: Position): Position => {
    const t = (lon - a[0]) / (b[0] - a[0]);
    return [lon, a[1] + t * (b[1] - a[1])];
  };
  const open = ring.slice(0, -1);
  const out: Ring = [];
  open.forEach((current, i) => {
    const previous = open[(i + open.length - 1) % open.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(crossing(previous, current));
    }
  });
  if (out.length > 0) out.push([out[0][0], out[0][1]]);
  return out;
}

const shift = (ring: Ring, by: number): Ring => ring.map(([lon, lat]) => [lon + by, lat]);
const isRing = (ring: Ring) => ring.length >= 4;

/**
 * Returns the polygon unchanged when it stays within [-180, 180], or as two polygons (west and
 * east of the antimeridian) when it crosses it. Rings that circle a pole are not supported.
 */
export function cutPolygonAtAntimeridian(polygon: Polygon): Polygon[] {
  let rings = polygon.map(unwrapRing);
  // A ring that lies wholly beyond ±180° after unwrapping is moved back into range.
  rings = rings.map((ring) => {
    const lons = ring.map((p) => p[0]);
    if (Math.min(...lons) >= 180) return shift(ring, -360);
    if (Math.max(...lons) <= -180) return shift(ring, 360);
    return ring;
  });
  const lons = rings.flat().map((p) => p[0]);
  const [min, max] = [Math.min(...lons), Math.max(...lons)];
  if (min >= -180 && max <= 180) return [rings];
  // The crossing is at +180° (rings extend east past it) or at -180° (west past it).
  const seam = max > 180 ? 180 : -180;
  const west = rings.map((r) => clipToSide(r, seam, true));
  const east = rings.map((r) => clipToSide(r, seam, false));
  const [near, far] = seam === 180 ? [west, shift2(east, -360)] : [shift2(west, 360), east];
  return [near, far].filter((p) => p.length > 0 && isRing(p[0])).map((p) => p.filter(isRing));
}

function shift2(rings: Ring[], by: number): Ring[] {
  return rings.map((r) => shift(r, by));
}

/** Splits a line wherever it jumps across the antimeridian, ending each piece exactly at ±180°. */
export function splitLineAtAntimeridian(line: Position[]): Position[][] {
  const pieces: Position[][] = [[line[0]]];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const current = pieces[pieces.length - 1];
    if (Math.abs(b[0] - a[0]) > 180) {
      const edge = a[0] > 0 ? 180 : -180;
      const bUnwrapped = b[0] + (edge === 180 ? 360 : -360);
      const t = (edge - a[0]) / (bUnwrapped - a[0]);
      const lat = a[1] + t * (b[1] - a[1]);
      current.push([edge, lat]);
      pieces.push([[-edge, lat], b]);
    } else {
      current.push(b);
    }
  }
  return pieces.filter((piece) => piece.length >= 2);
}
