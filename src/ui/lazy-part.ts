/**
 * A part of the page that the first view does not show (the details, the tour card, a dialog's
 * contents, the search index), kept out of the first view's code in a chunk of its own. Its code
 * is asked for as soon as it is wanted (a link that opens it), on the hover or focus of what opens
 * it, and otherwise once the map is drawn and the browser is idle (preloadLazyParts): by the time
 * a reader asks for it, it is there, and it shows in the same frame as before. A part few readers
 * open (another view than the map, the share dialog, the page without WebGL) is asked for only
 * when wanted: `{ whenIdle: false }`. Components read it with useLazyPart.
 *
 * Apart from useLazyPart, and with only types from ui/loading.ts: the map's camera moves wait for
 * the details' code (map/camera-moves.ts), and with ui/loading.ts among the map view's imports the
 * bundler (Vite 8) split React and the store out of the first chunk into chunks of their own.
 */
import { afterMapReady } from './after-map-ready.ts';
import type { Outcome } from './loading.ts';

export type LazyPart<T> = {
  /**
   * Asks for the part's code because it is wanted: the first time, or again after a failed
   * download (a reader on flaky Wi-Fi asks again with "Try again", or by wanting it anew).
   * Resolves with its module.
   */
  load(): Promise<T>;
  /** Asks for the part's code ahead of need, likewise; a failure then is not news to report. */
  preload(): void;
  /** The outcome once the download has settled; undefined before it is asked for and while it loads. */
  outcome(): Outcome<T> | undefined;
  subscribe(onSettled: () => void): () => void;
};

const parts: LazyPart<unknown>[] = [];

/**
 * The failed downloads of parts, and whether each is news to whoever wants the part next: not
 * once it has been shown (an error boundary caught it), nor if it was only asked for ahead of
 * need. Wanting a part whose failure is old news asks for it again instead (useLazyPart).
 */
const failures = new WeakMap<object, { news: boolean }>();

export function lazyPart<T>(importer: () => Promise<T>, { whenIdle = true } = {}): LazyPart<T> {
  let promise: Promise<T> | undefined;
  let settled: Outcome<T> | undefined;
  let wanted = false;
  const listeners = new Set<() => void>();
  const settle = (outcome: Outcome<T> | undefined) => {
    settled = outcome;
    listeners.forEach((listener) => listener());
  };
  const download = () => {
    // Chromium (tested: 156) fetches a failed dynamic import, and its failed imports, again, as the
    // HTML standard now asks: the module map no longer keeps a failed fetch. Asking is enough.
    const attempt = importer();
    promise = attempt;
    if (settled) settle(undefined);
    // Handles a failure too, so a part only preloaded never reports one.
    attempt.then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => {
        if (isObject(error)) failures.set(error, { news: wanted });
        settle({ ok: false, error });
      },
    );
    return attempt;
  };
  const failed = () => settled?.ok === false;
  const part: LazyPart<T> = {
    load() {
      wanted = true;
      return promise && !failed() ? promise : download();
    },
    preload() {
      if (promise && !failed()) return;
      wanted = false;
      void download();
    },
    outcome: () => settled,
    subscribe(onSettled) {
      listeners.add(onSettled);
      return () => listeners.delete(onSettled);
    },
  };
  if (whenIdle) parts.push(part);
  return part;
}

/** Whether `error` is a part's failed download, which wanting the part again asks for anew. */
export function isPartDownloadFailure(error: unknown): boolean {
  return isObject(error) && failures.has(error);
}

/** Whether a part's failed download is news to report, not one already shown or met ahead of need. */
export function isNewFailure(error: unknown): boolean {
  return !isObject(error) || (failures.get(error)?.news ?? true);
}

/** Called once a failed download has been shown: wanting the part again then asks for it again. */
export function failureShown(error: unknown): void {
  if (isObject(error) && failures.has(error)) failures.set(error, { news: false });
}

/**
 * Asks for a part's code ahead of need. A failure is kept, not reported: it shows only if the
 * part is wanted (useLazyPart), which asks for it again first.
 */
export function preload(part: LazyPart<unknown>): void {
  part.preload();
}

/**
 * Asks for every part (but those left until wanted) once the first view is drawn (the map's
 * `map-ready`; at once without the map, whose static picture needs no waiting for) and the
 * browser is next idle.
 */
export function preloadLazyParts(hasMap: boolean): void {
  const preloadAll = () => whenIdle(() => parts.forEach(preload));
  if (hasMap) afterMapReady(preloadAll);
  else preloadAll();
}

// Safari has no requestIdleCallback; a timer still lets the frame in progress finish first.
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
