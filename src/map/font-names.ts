/**
 * The label font families the style names (`text-font`). Kept apart from fonts.ts, which imports
 * the font files, so that the pure layer builders also run in Node (the static-map build script).
 */
export const MAP_FONT_REGULAR = ['Noto Sans'];
export const MAP_FONT_SEMIBOLD = ['Noto Sans SemiBold'];
