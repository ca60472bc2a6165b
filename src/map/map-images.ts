/**
 * The images the style's symbols use, made at run time (no sprite sheet to fetch): the flows'
 * arrowhead, the blank square by which a place marker holds its place among the labels, and the
 * plate under a route's name.
 */
import type { Map as MapLibreMap, StyleImageMetadata } from 'maplibre-gl';
import { ARROW_IMAGE, arrowImage } from './arrow-image.ts';
import { MARKER_ROOM_IMAGE } from './layers/places.ts';
import { LABEL_PLATE_IMAGE, LABEL_PLATE_METADATA, labelPlateImage } from './label-plate.ts';

type Image = { width: number; height: number; data: Uint8Array | Uint8ClampedArray };

const IMAGES: Record<string, () => [Image, Partial<StyleImageMetadata>]> = {
  [ARROW_IMAGE]: () => [arrowImage(), { sdf: true, pixelRatio: 2 }],
  // One transparent pixel: the layer scales it to each marker's size and never draws it.
  [MARKER_ROOM_IMAGE]: () => [{ width: 1, height: 1, data: new Uint8Array(4) }, { pixelRatio: 1 }],
  [LABEL_PLATE_IMAGE]: () => [labelPlateImage(), LABEL_PLATE_METADATA],
};

/**
 * Gives the map its images now, before the first tile asks for them (asked for, one costs the
 * tile a round trip from the worker to a main thread busy drawing, and the map a frame of its
 * own), and again whenever a new style asks for one.
 */
export function provideMapImages(map: MapLibreMap) {
  const add = (id: string) => {
    const make = IMAGES[id];
    if (make && !map.hasImage(id)) map.addImage(id, ...make());
  };
  map.setMissingStyleImageResolver(add);
  for (const id of Object.keys(IMAGES)) add(id);
}
