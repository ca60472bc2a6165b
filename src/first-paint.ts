/**
 * index.html carries the header's title, so the page shows it before the app's code has run, and
 * the app keeps that title (App.tsx). The app mounts only once the title has been painted in its
 * final font: the app's first render and the map's start hold the main thread for a while, and a
 * title still waiting for its font or its first frame would wait for them, and the page's largest
 * paint (LCP) with it. The fonts are preloaded with the page, so the wait is short; it is capped,
 * so that a font that never comes holds nothing up.
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
