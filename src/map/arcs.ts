/**
 * Gently arced lines between two points, fanned out when several flows join the same pair so
 * none hides another. Quadratic Bézier curves in longitude/latitude, taking the short way round.
 */
export type LngLat = [number, number];

/** Points of an arc from `a` to `b`; `bend` is the control point's offset as a share of the chord. */
export function arc(a: LngLat, b: LngLat, bend: number, steps = 32): LngLat[] {
  const [bx, by] = shortWayTo(a, b);
  const [dx, dy] = [bx - a[0], by - a[1]];
  // Control point: the chord's midpoint pushed sideways (to the left of a→b for positive bend).
  const [cx, cy] = [a[0] + dx / 2 - dy * bend, a[1] + dy / 2 + dx * bend];
  const points: LngLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([round(u * u * a[0] + 2 * u * t * cx + t * t * bx), round(u * u * a[1] + 2 * u * t * cy + t * t * by)]);
  }
  return points;
}

/** `b`, its longitude moved by a turn of the globe if need be so that from `a` it lies the short way round. */
export function shortWayTo(a: LngLat, b: LngLat): LngLat {
  const turn = b[0] - a[0] > 180 ? -360 : a[0] - b[0] > 180 ? 360 : 0;
  return [b[0] + turn, b[1]];
}

/**
 * Bends for `count` flows between one pair of places, as seen from the pair's canonical
 * direction: one flow gets a gentle curve, more fan out evenly on both sides.
 */
export function fanBends(count: number, base = 0.1, step = 0.16, maxSpread = 0.5): number[] {
  if (count === 1) return [base];
  // Many flows on one pair share a bounded fan, so none bulges far off the map.
  const spread = Math.min(step * (count - 1), maxSpread);
  return Array.from({ length: count }, (_, i) => round(base - spread / 2 + (i * spread) / (count - 1)));
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
