/**
 * The data's own words (summaries, titles, names, notes, the tour's text) are set as the app's own
 * text is, with typographic apostrophes and quotation marks: straight ones beside them mixed two
 * styles on one screen ("China's presence" under "Russia’s pivot to Asia"). A quote keeps its
 * source's characters, so quotes are not checked.
 */
import { isObj, type Collector } from './collector.ts';
import type { DatasetFiles } from './dataset-files.ts';

/** The fields, in any file, that hold the curator's own words. */
const OWN_WORDS = new Set([
  'name',
  'title',
  'summary',
  'description',
  'label',
  'note',
  'topic',
  'claimedBy',
  'body',
  'questions',
]);
const FILES = ['layers', 'actors', 'places', 'routes', 'relations', 'events', 'tour'] as const;

export function checkTypography(c: Collector, input: DatasetFiles): void {
  for (const key of FILES) {
    const f = input[key];
    if (!f.parseError) walk(f.json, '$', null, (path, text) => report(c, f.file, path, text));
  }
}

function report(c: Collector, file: string, path: string, text: string): void {
  const straight = /['"]/.exec(text);
  if (!straight) return;
  const near = text.slice(Math.max(0, straight.index - 12), straight.index + 12);
  c.add(
    file,
    path,
    `straight ${straight[0] === "'" ? 'apostrophe or quote' : 'quotation mark'} in the data's own words: “…${near}…”`,
    'write ’ for an apostrophe (Russia’s), ‘ ’ or “ ” around quoted words',
  );
}

/** Calls `visit` on each string under an own-words field (a list of them, as the tour's questions, too). */
function walk(value: unknown, path: string, field: string | null, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') {
    if (field !== null && OWN_WORDS.has(field)) visit(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, field, visit));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k, visit);
  }
}
