/**
 * The static map's projection: an orthographic globe sized as MapLibre sizes its globe, so a
 * camera (centre and zoom) frames the same area in the picture as on the live map. MapLibre's
 * globe has the radius worldSize / (2π cos latitude), with worldSize = 512 · 2^zoom; its slight
 * perspective is left out, which at these zooms moves the edge of the frame by a few pixels.
 */
import { geoOrthographic, type GeoProjection } from 'd3-geo';
import type { Camera } from '../../map/camera.ts';

export type Size = { width: number; height: number };

const TILE = 512;
/** MapLibre clamps latitudes to this when it sizes the globe. */
const MAX_LATITUDE = 85.051129;

/** The globe's radius in pixels for a camera, as MapLibre computes it. */
export function globeRadius(zoom: number, latitude: number): number {
  const worldSize = TILE * 2 ** zoom;
  const cosLat = Math.cos((Math.min(Math.abs(latitude), MAX_LATITUDE) * Math.PI) / 180);
  return worldSize / (2 * Math.PI * cosLat);
}

/** The near hemisphere seen from above the camera's centre, cut to the picture's frame. */
export function globeProjection(camera: Camera, size: Size): GeoProjection {
  return geoOrthographic()
    .rotate([-camera.longitude, -camera.latitude])
    .scale(globeRadius(camera.zoom, camera.latitude))
    .translate([size.width / 2, size.height / 2])
    .clipAngle(90)
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ])
    .precision(0.5);
}

/** How much the live map widens flows with zoom (flows.ts: 0.7× at zoom 1 up to 1.2× at zoom 5). */
export function flowWidthFactor(zoom: number): number {
  const t = Math.min(Math.max((zoom - 1) / 4, 0), 1);
  return 0.7 + t * 0.5;
}
