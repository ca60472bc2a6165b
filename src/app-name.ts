/**
 * The map's name, as its header, handout, slides and static maps show it (index.html's header
 * says it too, as static HTML: index-html.test.ts holds the two together), and its full title, as
 * citations and embed codes give it.
 */
export const APP_NAME = 'Russia’s pivot to Asia';
export const APP_TITLE = `${APP_NAME}: an interactive, cited map`;
