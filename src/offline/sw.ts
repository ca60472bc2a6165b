/// <reference lib="webworker" />
/**
 * The service worker: after one visit the app works with no network at all. On install it stores
 * the whole build (the page, the code chunks including the map's worker, the styles, the Noto
 * Sans subsets, the dataset and its quotes, the source texts, the basemap and the opening view's static map), listed with a
 * revision each by vite-plugin-pwa at build time (`self.__WB_MANIFEST`).
 *
 * - Hashed build files (assets/…) never change under one name: served from the store first.
 * - The page and the data (generated/…) are asked of the network first, so a reader online sees
 *   a new deploy at once; offline, or after a few seconds without an answer, the stored copy.
 * - The tour chapters' static maps (only for browsers without WebGL) are not stored up front;
 *   each is kept once it has been seen, network first like the data.
 * - A new deploy installs a new worker with a new list; once it takes over, entries whose
 *   revision changed are fetched again and stores of old versions are deleted. It waits until
 *   every tab of the old version is closed (no skipWaiting), so one page never mixes two builds.
 */
import { clientsClaim, type RouteHandlerCallback } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** How long to wait for the network before answering from the store. */
const NETWORK_TIMEOUT_MS = 4000;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// On the first visit there is no older worker to wait for: take charge of the open page at once,
// so it works offline without a reload.
clientsClaim();

const inApp = (path: string) => new URL(path, self.registration.scope).href;

// Opening the page (with any address parameters); not other files opened in a tab, such as a
// static map, which the data route below serves.
const pagePath = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(
  new NavigationRoute(
    networkFirst(() => 'index.html'),
    { allowlist: [new RegExp(`^${pagePath}(index\\.html)?(\\?.*)?$`)] },
  ),
);
registerRoute(
  ({ url }) => url.href.startsWith(inApp('generated/static/chapter-')),
  new NetworkFirst({ cacheName: 'static-maps-of-chapters', networkTimeoutSeconds: NETWORK_TIMEOUT_MS / 1000 }),
);
registerRoute(
  ({ url }) => url.href.startsWith(inApp('generated/')),
  networkFirst((url) => url.href),
);
// Everything else the build lists (hashed assets, the icon): from the store.
addRoute();

/** Asks the network; falls back to the stored copy of `copyOf(url)` when it fails, errs or is slow. */
function networkFirst(copyOf: (url: URL) => string): RouteHandlerCallback {
  return async ({ request, url }) => {
    const copy = () => matchPrecache(copyOf(url));
    const network = fetch(request);
    // A late failure after the copy was served must not surface as an unhandled rejection.
    network.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), NETWORK_TIMEOUT_MS)));
    try {
      const first = await Promise.race([network, slow]);
      if (first === 'slow') return (await copy()) ?? (await network);
      if (first.ok) return first;
      return (await copy()) ?? first;
    } catch {
      return (await copy()) ?? Response.error();
    } finally {
      clearTimeout(timer);
    }
  };
}
