/**
 * MapLibre's scale: pixels per radian at a zoom and latitude. Its globe has this radius for the
 * centre's latitude (it matches Mercator there); the flat map has this scale at a place's own.
 * Shared by the static map's globe (fallback/static-map/globe.ts) and the markers' grouping
 * (layers/event-groups.ts). No d3-geo here: this module is in the page's code.
 */
const TILE = 512;
/** MapLibre clamps latitudes to this when it sizes the globe. */
const MAX_LATITUDE = 85.051129;

/** The globe's radius in pixels for a camera, as MapLibre computes it. */
export function globeRadius(zoom: number, latitude: number): number {
  const worldSize = TILE * 2 ** zoom;
  const cosLat = Math.cos((Math.min(Math.abs(latitude), MAX_LATITUDE) * Math.PI) / 180);
  return worldSize / (2 * Math.PI * cosLat);
}
