/**
 * The iframe code that embeds the current view in another page: the view's own address with
 * `embed=1` (the compact interface) and the theme the host page wants, at a chosen size, with a
 * `title` for screen readers and `loading="lazy"` so a page with the map far down loads fast.
 * Pure: the caller passes the page address and the view.
 */
import { serializeUrl, type ThemeChoice, type UrlState } from '../state/url.ts';

export type EmbedSizeId = '600x400' | '800x600' | 'responsive' | 'custom';
/** `width: 'full'` fills the host page's column; the height stays fixed. */
export type EmbedSize = { width: number | 'full'; height: number };

export const EMBED_PRESETS: { id: Exclude<EmbedSizeId, 'custom'>; label: string; size: EmbedSize }[] = [
  { id: '600x400', label: '600 × 400', size: { width: 600, height: 400 } },
  { id: '800x600', label: '800 × 600', size: { width: 800, height: 600 } },
  { id: 'responsive', label: 'Full width × 480', size: { width: 'full', height: 480 } },
];

/**
 * Custom sizes stay between a usable minimum and a large screen. The embed's layout starts at
 * 320 px wide (embed.css); below 360 px high the legend and the timeline left the map a strip.
 */
export const CUSTOM_LIMITS = { width: { min: 320, max: 1920 }, height: { min: 360, max: 1200 } };

export function clampSize(value: number, { min, max }: { min: number; max: number }): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

/**
 * The embedded view's address: this page's address with the view as it is now, in compact
 * mode and the chosen theme. Presentation mode is dropped: the host page decides the frame. The
 * view is the map, the only one an embed shows, so a table open behind the dialog adds nothing.
 */
export function embedUrl(pageUrl: string, view: UrlState, theme: ThemeChoice): string {
  const url = new URL(pageUrl);
  const query = serializeUrl({ ...view, view: 'map', present: false, embed: true, theme });
  return `${url.origin}${url.pathname}${query}`;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
};
/** Text safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (text: string) => text.replace(/[&"<>']/g, (c) => ATTRIBUTE_ESCAPES[c]);

export function iframeSnippet({ src, size, title }: { src: string; size: EmbedSize; title: string }): string {
  const dimensions =
    size.width === 'full'
      ? `style="width: 100%; height: ${size.height}px; border: 0"`
      : `width="${size.width}" height="${size.height}" style="max-width: 100%; border: 0"`;
  return `<iframe src="${escapeAttribute(src)}" ${dimensions} title="${escapeAttribute(title)}" loading="lazy"></iframe>`;
}
