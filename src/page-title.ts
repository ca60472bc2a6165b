/**
 * The page's title and subtitle. index.html carries the same words in its static header, painted
 * before the app's code arrives (page-title.test.ts keeps the two equal).
 */
export const PAGE_TITLE = 'Russia’s pivot to Asia';
export const PAGE_SUBTITLE = 'Arms, energy, rail, security and diplomacy: every claim cited from five sources';
