/**
 * On a screen wider than a 1920 px projector (a 4K classroom panel at 150 %, 2560 px), a
 * presentation's type grows with the screen (present.css: the root font is 1.25vw, 24 px at
 * 1920 px, at most 2rem). The map's names, markers and lines grow as much, so that the map keeps
 * its share of the picture beside the text: at 2560 px its names were a third smaller than the
 * tour card's text, as against 1920 px. Narrower projectors keep the projector theme's own sizes,
 * which their chapters' names are placed for.
 */
import type { Theme } from '../map/theme.ts';

/** present.css's root font: 1.25vw, from 1rem (16 px) to 2rem (32 px). */
export const PRESENT_ROOT_FONT = { vw: 1.25, least: 16, most: 32 } as const;
/** The root font the projector theme's sizes are set for: 1.25vw of a 1920 px projector. */
const PROJECTOR_ROOT_FONT = 24;

/** How much larger than the projector theme's the map is drawn in a presentation `viewportWidth` px wide. */
export function presentScale(viewportWidth: number): number {
  const { vw, least, most } = PRESENT_ROOT_FONT;
  // In whole pixels, as the page's type grows: a resize across a few pixels restyles nothing.
  const rootFont = Math.min(Math.max(Math.round((viewportWidth * vw) / 100), least), most);
  return Math.max(rootFont / PROJECTOR_ROOT_FONT, 1);
}

/** `theme` with its names, markers and lines `scale` times as large (a presentation's, a handout's map). */
export function scaledTheme(theme: Theme, scale: number): Theme {
  if (scale === 1) return theme;
  return {
    ...theme,
    labelScale: theme.labelScale * scale,
    lineScale: theme.lineScale * scale,
    labelHaloWidth: theme.labelHaloWidth * scale,
  };
}
