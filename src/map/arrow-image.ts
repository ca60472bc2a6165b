/**
 * The arrowhead drawn along flows: a chevron drawn on a canvas at run time (no sprite sheet to
 * fetch), registered as an SDF image so that each flow tints it with its own colour.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const ARROW_IMAGE = 'flow-arrow';
const SIZE = 32;

function arrowImage(): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 7;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  // Points along +x: MapLibre turns line-placed icons to the line's direction of travel.
  ctx.moveTo(10, 6);
  ctx.lineTo(22, 16);
  ctx.lineTo(10, 26);
  ctx.stroke();
  return ctx.getImageData(0, 0, SIZE, SIZE);
}

/**
 * Gives the map the arrow now, before the first flow tile asks for it (asked for, it costs the
 * tile a round trip from the worker to a main thread busy drawing, and the map a frame of its
 * own), and again whenever a new style asks for it.
 */
export function provideArrowImage(map: MapLibreMap) {
  const add = () => {
    if (!map.hasImage(ARROW_IMAGE)) map.addImage(ARROW_IMAGE, arrowImage(), { sdf: true, pixelRatio: 2 });
  };
  map.setMissingStyleImageResolver((id) => {
    if (id === ARROW_IMAGE) add();
  });
  add();
}
