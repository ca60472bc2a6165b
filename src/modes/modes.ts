/**
 * The two special modes, as pure functions of the view state. Embed wins over presentation: a
 * presentation link opened inside an iframe is still an embed (no fullscreen from a frame).
 */
import { THEMES, type ColorScheme, type Theme } from '../map/theme.ts';
import type { ThemeChoice, UrlState } from '../state/url.ts';

type ModeState = Pick<UrlState, 'present' | 'embed'>;

export const isPresenting = (s: ModeState): boolean => s.present && !s.embed;
export const isEmbedded = (s: ModeState): boolean => s.embed;

/** The map and page theme: the projector palette when presenting, else the chosen or the reader's scheme. */
export function resolveTheme(choice: ThemeChoice, scheme: ColorScheme, presenting: boolean): Theme {
  if (presenting) return THEMES.projector;
  return THEMES[choice === 'auto' ? scheme : choice];
}
