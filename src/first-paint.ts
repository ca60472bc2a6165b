/**
 * index.html carries the header's title, so the page shows it before the app's code has run. The
 * app mounts over it only once it has been painted in its final font: mounted earlier, the app's
 * own header would be the page's first large paint (LCP), and that one waits for all of the
 * app's code. Painted in a fallback font first, the title would be smaller than the app's in
 * Noto Sans, which the browser counts as a new, later largest paint. The fonts are preloaded with
 * the page, so the wait is short; it is capped, so that a font that never comes holds nothing up.
 *
 * Painted is not yet noted: the browser notes a paint as the page's largest only once its frame
 * is on screen, and a title replaced before that was never noted. The app's own title, painted
 * after all its code, was noted instead: Lighthouse's LCP was 4.0 s in 7 runs of 12, 2.0 s in
 * the others. So where the browser reports largest paints, the app also waits for the page's
 * first to be noted (the title on a phone; the subtitle, longer, on a laptop); capped too.
 */
import { afterNextPaint } from './ui/after-next-paint.ts';

const FONT_WAIT_MS = 1500;
const NOTED_WAIT_MS = 500;

export function afterHeaderPainted(mount: () => void): void {
  const fontReady = document.fonts?.load('600 1.25rem "Noto Sans"') ?? Promise.resolve();
  const capped = Promise.race([fontReady, wait(FONT_WAIT_MS)]);
  const mountOnceNoted = () => void afterNextPaint(() => void largestPaintNoted().then(mount));
  // A failed font load is a fallback font, not a reason not to start.
  capped.then(mountOnceNoted, mountOnceNoted);
}

/** Resolves once the browser has noted the page's largest paint; at once where it notes none. */
function largestPaintNoted(): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    const timer = setTimeout(done, NOTED_WAIT_MS);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
