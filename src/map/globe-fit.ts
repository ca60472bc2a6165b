/**
 * Fitting a frame inside the map's padding on the globe. MapLibre (6.17) fits a frame given with
 * `absolutePadding` to the whole map, centred in the padded part, not to the padded part: on a
 * phone a tie from Moscow to Myanmar, fitted above the details sheet, ran from the map's very top
 * to its right edge, both its ends cut. Its own fit is the first guess here; each step measures the
 * frame on a copy of the map's transform and scales and centres it into the padded part.
 */
import type { JumpToOptions, LngLat, Map as MapLibreMap, Point } from 'maplibre-gl';
import type { Bounds } from './bounds.ts';
import type { LngLat as LngLatTuple } from './arcs.ts';
import type { Padding } from './camera.ts';
import { sameLocation } from './globe-rim.ts';

type Camera = { center: LngLat; zoom: number };

/** A fit is settled once a step would change its zoom by less than this and move it by under a pixel. */
const SETTLED_ZOOM = 0.005;
/** Steps to settle: two or three on a phone's globe, rarely more. */
const MOST_STEPS = 8;

/** More points than this (a country's outline) are thinned: the fit needs only its extremes. */
const MOST_POINTS = 600;

/**
 * The camera that shows `points` as large as fits inside `padding`, starting from MapLibre's
 * `fitted` camera, no closer than `maxZoom`; null if part of them would lie round the back of the
 * globe even from the farthest zoom, where nothing can be measured.
 */
export function fitInsidePadding(
  map: MapLibreMap,
  fitted: JumpToOptions,
  points: LngLatTuple[],
  padding: Padding,
  maxZoom: number,
): Camera | null {
  const every = Math.ceil(points.length / MOST_POINTS);
  const frame = points.filter((_, i) => i % every === 0).map(([lng, lat]) => location(lng, lat));
  const tr = map._camera.transform.clone();
  tr.setPadding(padding);
  // cameraForBounds gives its centre as a LngLat.
  tr.setCenter(fitted.center as LngLat);
  tr.setZoom(fitted.zoom ?? tr.zoom);
  const [width, height] = [tr.width - padding.left - padding.right, tr.height - padding.top - padding.bottom];
  for (let step = 0; step < MOST_STEPS; step++) {
    const onScreen = frame.map((p) => tr.locationToScreenPoint(p));
    // A point round the back projects onto the front: unprojected again, it comes back elsewhere.
    const facing = onScreen.every((p, i) => sameLocation(tr.screenPointToLocation(p), frame[i]));
    // Seen from farther off, more of the globe faces the reader: on a projector, MapLibre's fit
    // of New Delhi to Washington (zoom 2.5) left Washington round the back.
    if (!facing && step === 0 && tr.zoom > tr.minZoom) {
      tr.setZoom(tr.minZoom);
      continue;
    }
    if (!facing) return null;
    const xs = onScreen.map((p) => p.x);
    const ys = onScreen.map((p) => p.y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1));
    const middle = point((left + right) / 2, (top + bottom) / 2);
    const { x, y } = tr.centerPoint;
    if (Math.abs(Math.log2(scale)) < SETTLED_ZOOM && Math.hypot(middle.x - x, middle.y - y) < 1) break;
    // Centred first: on the globe the zoom's scale depends on the centre's latitude.
    tr.setCenter(tr.screenPointToLocation(middle));
    tr.setZoom(Math.min(tr.zoom + Math.log2(scale), maxZoom));
  }
  return { center: tr.center, zoom: tr.zoom };
}

/** The corners of `bounds` and the middles of its edges: on the globe an edge bulges past its corners. */
export function boundsPoints([[w, s], [e, n]]: Bounds): LngLatTuple[] {
  const [lng, lat] = [(w + e) / 2, (s + n) / 2];
  return [
    [w, n],
    [lng, n],
    [e, n],
    [e, lat],
    [e, s],
    [lng, s],
    [w, s],
    [w, lat],
  ];
}

// The transform reads only a location's `lng` and `lat` and a point's `x` and `y`: plain objects
// spare this module (in the map view's chunk) a static import of the engine.
const location = (lng: number, lat: number) => ({ lng, lat }) as LngLat;
const point = (x: number, y: number) => ({ x, y }) as Point;
