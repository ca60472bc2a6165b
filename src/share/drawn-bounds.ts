/**
 * The part of a picture that is drawn: round the globe MapLibre leaves its canvas transparent, and
 * a printed map need not spend its width on that. Pure over the pixels, for the unit test; the
 * handout crops its picture with it (cropToDrawn).
 */
export type Box = { x: number; y: number; width: number; height: number };

/**
 * The smallest box holding every pixel that is not wholly transparent, widened by `margin` pixels
 * a side (within the picture); null if nothing is drawn. `rgba` is 4 bytes a pixel, row by row.
 */
export function drawnBounds(rgba: Uint8ClampedArray, width: number, height: number, margin = 0): Box | null {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    const row = y * width * 4;
    for (let x = 0; x < width; x++) {
      if (rgba[row + x * 4 + 3] === 0) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  if (right < 0) return null;
  const [x0, y0] = [Math.max(0, left - margin), Math.max(0, top - margin)];
  const [x1, y1] = [Math.min(width - 1, right + margin), Math.min(height - 1, bottom + margin)];
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** The canvas cut to its drawn part (drawnBounds), or itself when all of it is drawn or none. */
export function cropToDrawn(canvas: HTMLCanvasElement, margin: number): HTMLCanvasElement {
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  const { width, height } = canvas;
  const box = drawnBounds(context.getImageData(0, 0, width, height).data, width, height, margin);
  if (!box || (box.width === width && box.height === height)) return canvas;
  const cropped = document.createElement('canvas');
  [cropped.width, cropped.height] = [box.width, box.height];
  cropped.getContext('2d')!.drawImage(canvas, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  return cropped;
}
