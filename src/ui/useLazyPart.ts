/**
 * A lazy part's module in a component (see lazy-part.ts), read without Suspense, as the map view
 * is (loading.ts says why): React would hold a part that arrives after its fallback back for
 * 300 ms more.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { preload, type LazyPart } from './lazy-part.ts';

/**
 * The part's module once loaded, else undefined; asks for it as soon as it is `wanted`. A failed
 * download is thrown while wanted, so the nearest ErrorBoundary says so, as for a lazy component.
 */
export function useLazyPart<T>(part: LazyPart<T>, wanted: boolean): T | undefined {
  const outcome = useSyncExternalStore(part.subscribe, part.outcome);
  useEffect(() => {
    if (wanted) preload(part);
  }, [part, wanted]);
  if (outcome && !outcome.ok) {
    if (wanted) throw outcome.error;
    return undefined;
  }
  return outcome?.value;
}
