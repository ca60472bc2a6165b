/**
 * The address of the full app showing the same view as an embed: the same layers, selection,
 * year, camera and chapter, without `embed` and `theme` (the full app follows the reader's own
 * scheme), without `present` (an embed never presents, so the view it shows is not one) and on
 * the map (an embed shows only the map, whatever `view` its address names).
 */
import { serializeUrl, type UrlState } from '../state/url.ts';

export function fullMapUrl(state: UrlState, currentHref: string): string {
  const url = new URL(currentHref);
  url.search = serializeUrl({ ...state, embed: false, theme: 'auto', present: false, view: 'map' });
  url.hash = '';
  return url.href;
}
