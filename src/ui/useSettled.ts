import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms`: for what a live region says, so that a run of
 * quick changes (the timeline playing, a key held on the slider) is announced once, at its end.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
