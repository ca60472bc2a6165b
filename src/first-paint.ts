/**
 * index.html carries the header's title, so the page shows it before the app's code has run. The
 * app mounts over it only once it has been painted in its final font: mounted earlier, the app's
 * own header would be the page's first large paint (LCP), and that one waits for all of the
 * app's code. Painted in a fallback font first, the title would be smaller than the app's in
 * Noto Sans, which the browser counts as a new, later largest paint. The fonts are preloaded with
 * the page, so the wait is short; it is capped, so that a font that never comes holds nothing up.
 */
import { afterNextPaint } from './ui/after-next-paint.ts';

const FONT_WAIT_MS = 1500;

export function afterHeaderPainted(mount: () => void): void {
  const fontReady = document.fonts?.load('600 1.25rem "Noto Sans"') ?? Promise.resolve();
  const capped = Promise.race([fontReady, new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
  const mountAfterPaint = () => void afterNextPaint(mount);
  // A failed font load is a fallback font, not a reason not to start.
  capped.then(mountAfterPaint, mountAfterPaint);
}
