/**
 * The plate under a route's name: a rounded rectangle that MapLibre stretches to the name's block
 * (icon-text-fit), registered as an SDF image (map-images.ts) so each theme tints it. A route's
 * name lies on its line, often across a flow's band, where a halo alone left it crossed out.
 */
import type { StyleImageMetadata } from 'maplibre-gl';

export const LABEL_PLATE_IMAGE = 'label-plate';
/** Device pixels per CSS pixel of the image. */
const RATIO = 2;
/** The corner's radius, in the image's pixels. */
const RADIUS = 6;
/** Stretchable middle, in the image's pixels. */
const MIDDLE = 4;
const SIZE = 2 * RADIUS + MIDDLE;
/** SDF values per pixel of distance, and the value at the edge (MapLibre draws above 0.75). */
const PER_PIXEL = 32;
const EDGE = 192;

/** The plate's alpha as a distance field: EDGE on the rounded rectangle's edge, more inside. */
export function labelPlateImage(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      // Distance to the nearest corner's centre, in the corners; to the nearest side elsewhere.
      const dx = Math.max(RADIUS - (x + 0.5), x + 0.5 - (SIZE - RADIUS), 0);
      const dy = Math.max(RADIUS - (y + 0.5), y + 0.5 - (SIZE - RADIUS), 0);
      const inside = RADIUS - Math.hypot(dx, dy);
      const alpha = Math.round(Math.min(255, Math.max(0, EDGE + inside * PER_PIXEL)));
      data.set([0, 0, 0, alpha], (y * SIZE + x) * 4);
    }
  }
  return { width: SIZE, height: SIZE, data };
}

/** Stretch only the straight middle, so the corners keep their radius at any size of name. */
export const LABEL_PLATE_METADATA: Partial<StyleImageMetadata> = {
  sdf: true,
  pixelRatio: RATIO,
  stretchX: [[RADIUS, RADIUS + MIDDLE]],
  stretchY: [[RADIUS, RADIUS + MIDDLE]],
  content: [RADIUS, RADIUS, RADIUS + MIDDLE, RADIUS + MIDDLE],
};
