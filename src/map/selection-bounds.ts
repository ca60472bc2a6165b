/** Where the camera goes to show a selection: the bounds of the places it involves. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';
import type { LngLat } from './arcs.ts';

export type Bounds = [LngLat, LngLat];

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

/** How close the camera comes to a selection: a place, a tie or a route at zoom 5. */
const CLOSEST_ZOOM = 5;
/**
 * A country or an organisation is known only by one point, its capital or seat: at zoom 5 a
 * laptop showed India as a piece of itself around New Delhi. At 3 a laptop shows India whole
 * around it, with its neighbours (a map ~55° across); a phone about 35°; Russia and China in part.
 */
const CLOSEST_ZOOM_TO_ACTOR = 3;

export function closestZoom(s: Selection): number {
  return s.kind === 'country' || s.kind === 'actor' ? CLOSEST_ZOOM_TO_ACTOR : CLOSEST_ZOOM;
}

export function boundsOf(points: LngLat[]): Bounds | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
