/** The theme the whole app draws with: the map, the legend's samples and the page's colours. */
import { useAppStore } from '../state/store.ts';
import { useColorScheme } from '../ui/useColorScheme.ts';
import type { Theme } from '../map/theme.ts';
import { isPresenting, resolveTheme } from './modes.ts';

export function useAppTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const presenting = useAppStore(isPresenting);
  return resolveTheme(choice, useColorScheme(), presenting);
}
