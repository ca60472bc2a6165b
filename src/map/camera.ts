/** The default frame: from the Urals to the Pacific, down to Indonesia. */

export type ProjectionName = 'globe' | 'mercator';

export const DEFAULT_FRAME = { west: 52, east: 172, south: -11, north: 72 };

export type Camera = { longitude: number; latitude: number; zoom: number };

const TILE = 512;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The camera that fits the default frame into a map of the given size, computed in Web Mercator
 * (MapLibre's globe uses the same zoom scale at the centre, so one answer serves both).
 * Done by hand because MapLibre's fitBounds centres the globe off the frame's middle.
 */
export function defaultCamera(width: number, height: number, padding = 12): Camera {
  const { west, east, south, north } = DEFAULT_FRAME;
  const usableWidth = Math.max(width - 2 * padding, 100);
  const usableHeight = Math.max(height - 2 * padding, 100);
  const zoomForWidth = Math.log2((usableWidth / TILE) * (360 / (east - west)));
  const zoomForHeight = Math.log2((usableHeight / TILE) * ((2 * Math.PI) / (mercatorY(north) - mercatorY(south))));
  const centreY = (mercatorY(north) + mercatorY(south)) / 2;
  const latitude = (Math.atan(Math.sinh(centreY)) * 180) / Math.PI;
  const zoom = Math.min(zoomForWidth, zoomForHeight);
  return { longitude: (west + east) / 2, latitude: round(latitude), zoom: round(Math.max(zoom, 0.8)) };
}

const round = (n: number) => Math.round(n * 100) / 100;
