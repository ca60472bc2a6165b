/**
 * Where the camera goes to show a selection: a country's shape (country-frame.ts) when it has
 * loaded, else the bounds of the places the selection involves.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';
import { shortWayTo, type LngLat } from './arcs.ts';
import type { CountryShapes } from './layers/highlight-shapes.ts';
import { countryOutline } from './country-frame.ts';
import { boundsOf, withSize, type Bounds } from './bounds.ts';
/**
 * Bounds to fit, the closest the camera comes while fitting them, and for a country the outline
 * the globe's fit shows whole (globe-fit.ts).
 */
export type Frame = { bounds: Bounds; maxZoom: number; outline?: LngLat[] };

export function selectionFrame(d: IndexedDataset, s: Selection, countryShapes: CountryShapes | null): Frame | null {
  const shape = s.kind === 'country' ? countryShapes?.get(s.id)?.geometry : undefined;
  const outline = shape?.type === 'MultiPolygon' || shape?.type === 'Polygon' ? countryOutline(shape) : [];
  const shapeBounds = boundsOf(outline);
  if (shapeBounds) return { bounds: shapeBounds, maxZoom: CLOSEST_ZOOM, outline };
  const points = selectionPoints(d, s);
  const bounds = boundsOf(s.kind === 'relation' && points.length === 2 ? drawnEnds(points[0], points[1]) : points);
  return bounds && { bounds: withSize(bounds), maxZoom: closestZoom(s) };
}

/**
 * A tie's ends as it is drawn, the short way round (arcs.ts): framed across the far side of the
 * world, United States → South Korea showed Europe and Asia, its line over the Pacific out of
 * sight. Turned whole, if need be, so that their middle (the camera's centre) is a longitude.
 */
export function drawnEnds(a: LngLat, b: LngLat): LngLat[] {
  const far = shortWayTo(a, b);
  const middle = (a[0] + far[0]) / 2;
  const turn = middle > 180 ? -360 : middle < -180 ? 360 : 0;
  return [a, far].map(([lng, lat]): LngLat => [lng + turn, lat]);
}

/**
 * `frame` shown no more than a zoom level closer than `zoom`: what a click chose is framed where the
 * reader is looking, not zoomed into (a place alone would be shown at zoom 5, a phone's globe at 1.1).
 */
export function nearbyFrame(frame: Frame, zoom: number): Frame {
  return { ...frame, maxZoom: Math.min(frame.maxZoom, zoom + 1) };
}

export function selectionPoints(d: IndexedDataset, s: Selection): LngLat[] {
  const place = (id: string | undefined) => (id ? d.placeById.get(id)?.geometry.coordinates : undefined);
  const anchor = (actorId: string) => place(d.actorById.get(actorId)?.anchor);
  const points = (() => {
    switch (s.kind) {
      case 'relation': {
        const r = d.relationById.get(s.id);
        return r ? [anchor(r.from), anchor(r.to)] : [];
      }
      case 'event': {
        const e = d.eventById.get(s.id);
        return e ? [place(e.place)] : [];
      }
      case 'place':
        return [place(s.id)];
      case 'route':
        return d.routeById.get(s.id)?.geometry.coordinates ?? [];
      case 'actor':
      case 'country':
        return [anchor(s.id)];
    }
  })();
  return points.filter((p): p is LngLat => Array.isArray(p));
}

/** How close the camera comes to a selection: a place, a tie, a route or a country's shape at zoom 5. */
const CLOSEST_ZOOM = 5;
/**
 * An organisation (or a country whose shape could not load) is known only by one point, its seat
 * or capital: at zoom 5 a laptop showed India as a piece of itself around New Delhi. At 3 a laptop
 * shows a map ~55° across around it; a phone about 35°.
 */
const CLOSEST_ZOOM_TO_ACTOR = 3;

function closestZoom(s: Selection): number {
  return s.kind === 'country' || s.kind === 'actor' ? CLOSEST_ZOOM_TO_ACTOR : CLOSEST_ZOOM;
}
