/**
 * A part of the page that the first view does not show (the details, the tour card, a dialog's
 * contents, the search index), kept out of the first view's code in a chunk of its own. Its code
 * is asked for as soon as it is wanted (a link that opens it), on the hover or focus of what opens
 * it, and otherwise once the map is drawn and the browser is idle (preloadLazyParts): by the time
 * a reader asks for it, it is there, and it shows in the same frame as before. Components read it
 * with useLazyPart.
 *
 * Apart from useLazyPart, and with only types from ui/loading.ts: the map's camera moves wait for
 * the details' code (map/camera-moves.ts), and with ui/loading.ts among the map view's imports the
 * bundler (Vite 8) split React and the store out of the first chunk into chunks of their own.
 */
import { afterMapReady } from './after-map-ready.ts';
import type { Outcome } from './loading.ts';

export type LazyPart<T> = {
  /** Asks for the part's code (the first call only); resolves with its module. */
  load(): Promise<T>;
  /** The outcome once the download has settled; undefined before it is asked for and while it loads. */
  outcome(): Outcome<T> | undefined;
  subscribe(onSettled: () => void): () => void;
};

const parts: LazyPart<unknown>[] = [];

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let promise: Promise<T> | undefined;
  let settled: Outcome<T> | undefined;
  const listeners = new Set<() => void>();
  const settle = (outcome: Outcome<T>) => {
    settled = outcome;
    listeners.forEach((listener) => listener());
  };
  const part: LazyPart<T> = {
    load() {
      if (!promise) {
        promise = importer();
        // Handles a failure too, so a part only preloaded never reports one.
        promise.then(
          (value) => settle({ ok: true, value }),
          (error: unknown) => settle({ ok: false, error }),
        );
      }
      return promise;
    },
    outcome: () => settled,
    subscribe(onSettled) {
      listeners.add(onSettled);
      return () => listeners.delete(onSettled);
    },
  };
  parts.push(part);
  return part;
}

/**
 * Asks for a part's code ahead of need. A failure is kept, not reported: it shows only if the
 * part is wanted (useLazyPart), where the nearest error boundary offers a reload.
 */
export function preload(part: LazyPart<unknown>): void {
  void part.load();
}

/**
 * Asks for every part once the first view is drawn (the map's `map-ready`; at once without the
 * map, whose static picture needs no waiting for) and the browser is next idle.
 */
export function preloadLazyParts(hasMap: boolean): void {
  const preloadAll = () => whenIdle(() => parts.forEach(preload));
  if (hasMap) afterMapReady(preloadAll);
  else preloadAll();
}

// Safari has no requestIdleCallback; a timer still lets the frame in progress finish first.
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
