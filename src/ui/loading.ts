/**
 * A promise's outcome as something React can read without Suspense.
 *
 * React 19 holds back a suspended boundary's content until at least 300 ms after its fallback
 * appeared (FALLBACK_THROTTLE_MS), to avoid flashes. For the map that wait is pure loss: its
 * code arrived while the fallback showed and it then waited ~150 ms more before the map could
 * be created. A store update (useSyncExternalStore) is rendered at once.
 */
import { useSyncExternalStore } from 'react';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type Loading<T> = {
  /** The outcome once the promise has settled; undefined until then. */
  outcome(): Outcome<T> | undefined;
  /** Calls `onSettled` once the promise settles; returns an unsubscribe function. */
  subscribe(onSettled: () => void): () => void;
};

export function loading<T>(promise: Promise<T>): Loading<T> {
  let settled: Outcome<T> | undefined;
  const listeners = new Set<() => void>();
  const settle = (outcome: Outcome<T>) => {
    settled = outcome;
    for (const listener of listeners) listener();
    listeners.clear();
  };
  promise.then(
    (value) => settle({ ok: true, value }),
    (error: unknown) => settle({ ok: false, error }),
  );
  return {
    outcome: () => settled,
    subscribe(onSettled) {
      listeners.add(onSettled);
      return () => listeners.delete(onSettled);
    },
  };
}

/**
 * The loaded value, or undefined while it loads. A failure is thrown during render, so the
 * nearest error boundary shows it, as it would for a lazy component.
 */
export function useLoaded<T>(load: Loading<T>): T | undefined {
  const outcome = useSyncExternalStore(load.subscribe, load.outcome);
  if (outcome && !outcome.ok) throw outcome.error;
  return outcome?.value;
}
