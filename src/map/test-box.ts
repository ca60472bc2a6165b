import type { Box } from './covered-by-details.ts';

/** A screen box as getBoundingClientRect gives it, from its top left corner and size: for unit tests. */
export const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
