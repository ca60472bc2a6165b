/**
 * Registers the service worker (sw.ts) that keeps the app working offline. Only in the built app
 * (the dev server has no worker and must never serve stale modules), only where service workers
 * exist (a secure context: https or localhost), never inside another site's iframe (an embed must
 * not install anything in its host's name, and browsers that partition or block third-party
 * storage reject it there), not without WebGL (the offline copy holds the map engine, which such
 * a browser must not download for nothing), and quietly: an app that cannot go offline still
 * works online.
 * Registered once the map has first been drawn (its `map-ready` mark), so storing the app (a few
 * megabytes) never competes with the first view for the network. The outcome is marked as
 * `offline-setup` (User Timing, detail 'registered', 'refused' or 'not here') for tests.
 */
import { pageHasWebGL2 } from '../fallback/webgl.ts';
import { afterMapReady } from '../ui/after-map-ready.ts';

export type Framing = 'top' | 'same-origin' | 'cross-origin';

export type Environment = {
  production: boolean;
  webgl: boolean;
  hasServiceWorker: boolean;
  secureContext: boolean;
  framing: Framing;
};

export function shouldRegister(env: Environment): boolean {
  return env.production && env.webgl && env.hasServiceWorker && env.secureContext && env.framing !== 'cross-origin';
}

/** Where the page sits: at the top, in a frame of its own site, or in another site's frame. */
export function framingOf(win: Window): Framing {
  if (win.self === win.top) return 'top';
  try {
    // Reading another origin's location throws.
    return win.top?.location.origin === win.location.origin ? 'same-origin' : 'cross-origin';
  } catch {
    return 'cross-origin';
  }
}

export function registerServiceWorker(): void {
  const env: Environment = {
    production: import.meta.env.PROD,
    webgl: pageHasWebGL2(),
    hasServiceWorker: 'serviceWorker' in navigator,
    secureContext: window.isSecureContext,
    framing: framingOf(window),
  };
  const url = new URL('sw.js', document.baseURI);
  // Same origin and folder as the page: the app may live in a sub-folder of a site.
  if (!shouldRegister(env) || url.origin !== window.location.origin) return markOutcome('not here');
  // Offline use is a bonus: private modes and locked-down browsers refuse it, some by rejecting
  // the registration, Firefox with storage blocked by throwing as soon as the property is read.
  const register = () => {
    try {
      navigator.serviceWorker.register(url, { scope: './', type: 'classic' }).then(
        () => markOutcome('registered'),
        () => markOutcome('refused'),
      );
    } catch {
      markOutcome('refused');
    }
  };
  afterMapReady(register);
}

function markOutcome(outcome: 'registered' | 'refused' | 'not here') {
  performance.mark('offline-setup', { detail: outcome });
}
