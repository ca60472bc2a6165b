/**
 * The static map's projection: the globe as MapLibre draws it, so a camera (centre and zoom)
 * frames the same area in the picture as on the live map. MapLibre's globe has the radius
 * worldSize / (2π cos latitude), with worldSize = 512 · 2^zoom, and is seen in perspective by a
 * camera 1.5 picture-heights above the centre (a 36.87° field of view): a vertical perspective
 * projection (Snyder, "Map Projections: A Working Manual", p. 169) with the viewpoint that far.
 */
import { geoDistance, geoProjection, type GeoProjection } from 'd3-geo';
import type { Camera } from '../../map/camera.ts';
import { globeRadius } from '../../map/globe-scale.ts';

export type Size = { width: number; height: number };
/** A picture's projection, the camera's centre and the picture's size. */
export type Projected = { projection: GeoProjection; centre: [number, number]; size: Size };

/** MapLibre's default vertical field of view, in radians. */
const FIELD_OF_VIEW = 0.6435011087932844;

/** The camera's distance from the globe's centre, in globe radii, for a picture of this height. */
export function viewpointDistance(radius: number, height: number): number {
  const cameraToCentre = (0.5 / Math.tan(FIELD_OF_VIEW / 2)) * height;
  return 1 + cameraToCentre / radius;
}

/**
 * Vertical perspective from `p` globe radii, centred on (0, 0); scaled so that the centre has
 * the globe's own scale (as MapLibre's globe matches Mercator there).
 */
function verticalPerspective(p: number) {
  return (lambda: number, phi: number): [number, number] => {
    const cosC = Math.cos(phi) * Math.cos(lambda);
    const k = (p - 1) / (p - cosC);
    return [k * Math.cos(phi) * Math.sin(lambda), k * Math.sin(phi)];
  };
}

/** The near side of the globe as the camera sees it, cut to the picture's frame. */
export function globeProjection(camera: Camera, size: Size): GeoProjection {
  const radius = globeRadius(camera.zoom, camera.latitude);
  const p = viewpointDistance(radius, size.height);
  return (
    geoProjection(verticalPerspective(p))
      .rotate([-camera.longitude, -camera.latitude])
      .scale(radius)
      .translate([size.width / 2, size.height / 2])
      // The horizon: where the line of sight grazes the globe.
      .clipAngle((Math.acos(1 / p) * 180) / Math.PI - 1e-6)
      .clipExtent([
        [0, 0],
        [size.width, size.height],
      ])
      .precision(0.5)
  );
}

/** How much the live map widens flows with zoom (flows.ts: 0.7× at zoom 1 up to 1.2× at zoom 5). */
export function flowWidthFactor(zoom: number): number {
  const t = Math.min(Math.max((zoom - 1) / 4, 0), 1);
  return 0.7 + t * 0.5;
}

/** Where a point is in the picture, if it is on the visible face of the globe and inside the frame. */
export function inView(map: Projected, lonLat: [number, number]): [number, number] | null {
  // Beyond the horizon the perspective would fold points back onto the globe's face.
  if (geoDistance(lonLat, map.centre) > ((map.projection.clipAngle() ?? 90) * Math.PI) / 180) return null;
  const p = map.projection(lonLat);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > map.size.width || p[1] > map.size.height) return null;
  return p;
}
