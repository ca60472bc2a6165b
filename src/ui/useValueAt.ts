import { useState } from 'react';

/**
 * `value` as it was when `deps` last changed: later changes of `value` alone are not seen. Kept
 * in state, React's way to remember something from an earlier render.
 */
export function useValueAt<T>(value: T, deps: readonly unknown[]): T {
  const [pinned, setPinned] = useState({ deps, value });
  const changed = deps.length !== pinned.deps.length || deps.some((dep, i) => !Object.is(dep, pinned.deps[i]));
  if (changed) setPinned({ deps, value });
  return changed ? value : pinned.value;
}
