/** The theme the whole app draws with: the map, the legend's samples and the page's colours. */
import { useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store.ts';
import { useColorScheme } from '../ui/useColorScheme.ts';
import type { Theme } from '../map/theme.ts';
import { isPresenting, resolveTheme } from './modes.ts';
import { presentScale, scaledTheme } from './present-scale.ts';

export function useAppTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const presenting = useAppStore(isPresenting);
  const theme = resolveTheme(choice, useColorScheme(), presenting);
  // Presenting on a screen wider than 1920 px, the map grows with the page's type (present-scale.ts).
  const scale = useSyncExternalStore(onResize, () => (presenting ? presentScale(window.innerWidth) : 1));
  return useMemo(() => scaledTheme(theme, scale), [theme, scale]);
}

function onResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
