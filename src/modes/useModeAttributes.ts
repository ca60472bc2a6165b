/**
 * Mirrors the theme and the modes onto <html> (data-theme, data-present, data-embed): the page's
 * colours follow data-theme, and presentation mode scales the root font size, so everything sized
 * in rem (panels, the tour card, dialogs) grows with it.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import type { ThemeName } from '../map/theme.ts';
import { isEmbedded, isPresenting } from './modes.ts';

export function useModeAttributes(theme: ThemeName) {
  const presenting = useAppStore(isPresenting);
  const embedded = useAppStore(isEmbedded);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.toggleAttribute('data-present', presenting);
    root.toggleAttribute('data-embed', embedded);
  }, [theme, presenting, embedded]);
}
