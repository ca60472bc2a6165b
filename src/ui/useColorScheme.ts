/** Follows the reader's light or dark preference, live. */
import { useSyncExternalStore } from 'react';
import type { ColorScheme } from '../map/theme.ts';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The reader's preference now, for code outside React (exports drawn on demand). */
export const currentColorScheme = (): ColorScheme => (query().matches ? 'dark' : 'light');

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore((onChange) => {
    const mq = query();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, currentColorScheme);
}
