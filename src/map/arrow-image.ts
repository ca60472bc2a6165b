/**
 * The arrowhead drawn along flows: a chevron drawn on a canvas at run time (no sprite sheet to
 * fetch), registered as an SDF image (map-images.ts) so that each flow tints it with its own colour.
 */
export const ARROW_IMAGE = 'flow-arrow';
const SIZE = 32;

export function arrowImage(): ImageData {
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
