/**
 * A lazy part's module in a component (see lazy-part.ts), read without Suspense, as the map view
 * is (loading.ts says why): React would hold a part that arrives after its fallback back for
 * 300 ms more.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { isNewFailure, type LazyPart } from './lazy-part.ts';

/**
 * The part's module once loaded, else undefined; asks for it as soon as it is `wanted`. A failed
 * download is thrown while wanted, so the nearest ErrorBoundary says so and offers to try again.
 * A failure already shown, or met only ahead of need, is not thrown again: wanting the part anew
 * (its "Try again", which renders this afresh, or a later wanting) asks for it again.
 */
export function useLazyPart<T>(part: LazyPart<T>, wanted: boolean): T | undefined {
  const outcome = useSyncExternalStore(part.subscribe, part.outcome);
  useEffect(() => {
    if (wanted) void part.load();
  }, [part, wanted]);
  if (outcome && !outcome.ok) {
    if (wanted && isNewFailure(outcome.error)) throw outcome.error;
    return undefined;
  }
  return outcome?.value;
}
