/**
 * The map's name, as its header, handout, slides and static maps show it, and its full title, as
 * citations and embed codes give it. Two places spell the name out, being static: index.html's
 * header and title (index-html.test.ts holds them to it) and the handout's running head in
 * handout.css (app-name.test.ts).
 */
export const APP_NAME = 'Russia’s pivot to Asia';
export const APP_TITLE = `${APP_NAME}: an interactive, cited map`;
