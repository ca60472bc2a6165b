/**
 * Fonts for map labels, self-hosted from @fontsource and drawn by MapLibre itself (the style has
 * no `glyphs` URL, so nothing is fetched from a glyph server).
 *
 * MapLibre turns each `text-font` name into a CSS font family and sniffs the weight from words
 * such as "SemiBold" in it, so the semibold face is registered under that exact family name too.
 * It only uses fonts the page has loaded: we load them before the map draws its first label.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import semiBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

export { MAP_FONT_REGULAR, MAP_FONT_SEMIBOLD } from './font-names.ts';

let loading: Promise<void> | undefined;

export function loadMapFonts(): Promise<void> {
  loading ??= (async () => {
    const semiBold = new FontFace('Noto Sans SemiBold', `url(${semiBoldUrl}) format('woff2')`, { weight: '600' });
    document.fonts.add(semiBold);
    await Promise.all([semiBold.load(), document.fonts.load('400 16px "Noto Sans"')]);
  })().catch(() => {
    // A missing font degrades to the system sans-serif; the map must still draw.
  });
  return loading;
}
