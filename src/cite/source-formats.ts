/**
 * The five source documents' references, for reference managers: BibTeX (one @misc entry per
 * document, keyed by its catalogue id) and CSL-JSON (the format Zotero, Pandoc and citeproc
 * read). Built from seeds/catalog.json fields only: what the catalogue leaves unknown (an
 * author, an outlet, a date) is left out, never guessed.
 *
 * CSL-JSON is hand-written: it is plain JSON whose fields we set directly (checked against the
 * CSL-JSON 1.0.2 schema's names in the tests); a citation library would add weight for nothing.
 * Each file also says which version of this map's data it comes with and how to cite the map.
 */
import type { SeedEntry } from '../data/schema.ts';
import { APP_TITLE } from '../app-name.ts';

export type SourcesMeta = {
  /** Dataset version, e.g. "1.0.0". */
  version: string;
  /** How to cite the map and its data (one formatted reference, e.g. APA). */
  citeAs: string;
};

/** Characters with a meaning in BibTeX/LaTeX, escaped so a field reads as the text it holds. */
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const bibtexText = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]);

/** A BibTeX key must not contain spaces, commas or braces; catalogue ids are already safe. */
const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9_:.-]/g, '-');

export function seedBibtex(seed: SeedEntry): string {
  const fields: [string, string][] = [];
  // "A and B" is BibTeX's own separator; each name is written "Given Family".
  if (seed.authors.length > 0) fields.push(['author', seed.authors.map(bibtexText).join(' and ')]);
  // Double braces keep BibTeX from lower-casing the title.
  fields.push(['title', `{${bibtexText(seed.title)}}`]);
  const publishedAs = [seed.outlet, seed.kind].filter(Boolean).join(', ');
  if (publishedAs) fields.push(['howpublished', bibtexText(publishedAs)]);
  if (seed.published) {
    fields.push(['year', seed.published.slice(0, 4)]);
    fields.push(['date', seed.published]);
  }
  if (seed.titleSupplied) fields.push(['note', 'Descriptive title supplied by the catalogue; the document has none']);
  if (seed.note) fields.push(['annote', bibtexText(seed.note)]);
  return [`@misc{${bibtexKey(seed.id)},`, ...fields.map(([k, v]) => `  ${k} = {${v}},`), '}'].join('\n');
}

/**
 * The whole .bib file: a comment naming the data version and how to cite the map, then one
 * entry per source. `@` and braces are kept out of the comment, where BibTeX would read them
 * as the start or end of an entry.
 */
export function sourcesBibtex(seeds: SeedEntry[], meta: SourcesMeta): string {
  const comment = (text: string) => text.replace(/@/g, '(at)').replace(/\{/g, '(').replace(/\}/g, ')');
  return (
    [
      `@comment{The five source documents of "${APP_TITLE}", data version ${comment(meta.version)}. Cite the map and its data as: ${comment(meta.citeAs)}}`,
      ...seeds.map(seedBibtex),
    ].join('\n\n') + '\n'
  );
}

type CslName = { family: string; given?: string } | { literal: string };

export type CslItem = {
  id: string;
  type: 'article' | 'report';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  genre?: string;
  issued?: { 'date-parts': number[][] };
  note?: string;
  custom: { catalogue_note?: string; dataset_version: string; cite_dataset_as: string };
};

/** "Stephen J. Blank" → family "Blank", given "Stephen J."; a one-word name stays whole. */
export function cslName(name: string): CslName {
  const parts = name.trim().split(/\s+/);
  return parts.length < 2 ? { literal: name } : { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

export function seedCslItem(seed: SeedEntry, meta: SourcesMeta): CslItem {
  return {
    id: seed.id,
    // A working paper is a report; the rest (commentary, analysis, interview) appeared in an outlet.
    type: /working paper|report/i.test(seed.kind) ? 'report' : 'article',
    title: seed.title,
    ...(seed.authors.length > 0 && { author: seed.authors.map(cslName) }),
    ...(seed.outlet && { 'container-title': seed.outlet }),
    ...(seed.kind && { genre: seed.kind }),
    ...(seed.published && { issued: { 'date-parts': [seed.published.split('-').map(Number)] } }),
    ...(seed.titleSupplied && { note: 'Descriptive title supplied by the catalogue; the document has none.' }),
    custom: {
      ...(seed.note && { catalogue_note: seed.note }),
      dataset_version: meta.version,
      cite_dataset_as: meta.citeAs,
    },
  };
}

export function sourcesCslJson(seeds: SeedEntry[], meta: SourcesMeta): string {
  return JSON.stringify(
    seeds.map((s) => seedCslItem(s, meta)),
    null,
    2,
  );
}
