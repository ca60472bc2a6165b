/**
 * Where a reader would click to pick a flow or a route on the map (src/map/layers/lines.ts), for
 * the end-to-end tests and the click benchmark alike. Runs in the page: pass it to
 * `page.evaluate`, so it must use nothing from outside its own body.
 */
export type LineQuery = {
  kind: 'flow' | 'route';
  /** null: any line of that kind. */
  id: string | null;
  /** Which point to try first: out from the line's middle (the default), or lowest on screen first. */
  prefer?: 'middle' | 'lowest';
};

/**
 * The page position of a point on a matching line where that line is the top feature a click
 * reaches, tried in the order `prefer` asks, on each line in turn (the first 200); null if none is.
 */
export function topPointOnLine({
  kind,
  id,
  prefer = 'middle',
}: LineQuery): { x: number; y: number; id: string } | null {
  const map = window.pivotMap!;
  const rect = map.getCanvas().getBoundingClientRect();
  const lines = map
    .querySourceFeatures('lines')
    .filter((f) => f.properties.kind === kind && (id === null || f.properties.id === id));
  for (const feature of lines.slice(0, 200)) {
    if (feature.geometry.type !== 'LineString') continue;
    const coords = feature.geometry.coordinates;
    // The vertices and the middles of the legs between them: a route's vertices are towns,
    // whose markers lie over the line.
    const points = coords.flatMap((c, i) =>
      i + 1 < coords.length ? [c, [(c[0] + coords[i + 1][0]) / 2, (c[1] + coords[i + 1][1]) / 2]] : [c],
    );
    const projected = points.map((c) => map.project(c as [number, number]));
    const order = projected
      .map((_, i) => i)
      .sort((a, b) =>
        prefer === 'lowest'
          ? projected[b].y - projected[a].y
          : Math.abs(a - points.length / 2) - Math.abs(b - points.length / 2),
      );
    for (const i of order) {
      const p = projected[i];
      if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height) continue;
      // What the reader would click: the top feature not hidden as of another year. Labels and
      // arrows (symbols) take no clicks: a click on one goes to the line beneath it.
      const top = map.queryRenderedFeatures(p).find((f) => f.state?.hidden !== 1 && f.layer.type !== 'symbol');
      if (top?.source === 'lines' && top.properties.kind === kind && top.properties.id === feature.properties.id)
        return { x: rect.left + p.x, y: rect.top + p.y, id: String(feature.properties.id) };
    }
  }
  return null;
}
