import { readFileSync } from 'node:fs';
import { APP_TITLE } from '../app-name.ts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedCatalog, type SeedEntry } from '../data/schema.ts';
import { bibtexText, cslName, seedBibtex, sourcesBibtex, sourcesCslJson } from './source-formats.ts';

const catalog = seedCatalog.parse(JSON.parse(readFileSync('seeds/catalog.json', 'utf8')));
const meta = { version: '1.2.0', citeAs: 'Russia’s pivot to Asia (Version 1.2.0). https://example.org/map/' };

/** The CSL-JSON 1.0.2 item fields we write, with their types; unknown fields are refused. */
const cslDate = z.strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) });
const cslItem = z.strictObject({
  id: z.string(),
  type: z.enum(['article', 'article-journal', 'article-magazine', 'article-newspaper', 'report', 'interview']),
  title: z.string(),
  author: z
    .array(
      z.union([z.strictObject({ family: z.string(), given: z.string() }), z.strictObject({ literal: z.string() })]),
    )
    .optional(),
  'container-title': z.string().optional(),
  genre: z.string().optional(),
  issued: cslDate.optional(),
  note: z.string().optional(),
  custom: z.record(z.string(), z.string()),
});

describe('BibTeX of the sources', () => {
  it('has one @misc entry per document, keyed by its catalogue id', () => {
    const bib = sourcesBibtex(catalog, meta);
    const keys = [...bib.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toEqual(catalog.map((s) => s.id));
  });

  it('opens with a comment giving the data version and how to cite the map', () => {
    const bib = sourcesBibtex(catalog, meta);
    expect(bib.split('\n')[0]).toMatch(
      /^@comment\{.*data version 1\.2\.0\. Cite the map and its data as: Russia’s pivot/,
    );
    expect(bib.split('\n')[0].endsWith('}')).toBe(true);
    // The map's title as everywhere else (app-name.ts), its apostrophe and all.
    expect(bib.split('\n')[0]).toContain(`documents of "${APP_TITLE}"`);
  });

  it('writes authors, a case-protected title, the outlet and the date as given', () => {
    const blank = seedBibtex(catalog.find((s) => s.id === 'blank-2017')!);
    expect(blank).toContain('  author = {Stephen J. Blank},');
    expect(blank).toContain('  title = {{Russia\'s "Pivot to Asia": The Multilateral Dimensions}},');
    expect(blank).toContain('  year = {2017},');
    expect(blank).toContain('  date = {2017-06-28},');
    // No outlet in the catalogue: only the kind of document is given.
    expect(blank).toContain('  howpublished = {working paper},');
  });

  it('leaves out what the catalogue does not know, and says when a title is supplied', () => {
    const pacnet = seedBibtex(catalog.find((s) => s.id === 'pacnet-2021')!);
    expect(pacnet).not.toContain('author =');
    expect(pacnet).toContain('note = {Descriptive title supplied by the catalogue');
  });

  it('keeps every entry’s braces balanced, whatever the text holds', () => {
    const hostile: SeedEntry = {
      id: 'x-2020',
      file: 'x.txt',
      title: 'Braces } and { a 100% & $5 #1 under_score ~ ^ \\ end',
      authors: ['A {B}'],
      outlet: 'O & P',
      kind: 'commentary',
      published: '2020',
      note: '}} @misc{evil,',
    };
    const entry = seedBibtex(hostile);
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (entry[i - 1] === '\\') continue;
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(entry).toContain('title = {{Braces \\} and \\{ a 100\\% \\& \\$5 \\#1 under\\_score');
    expect(bibtexText('a\\b')).toBe('a\\textbackslash{}b');
  });
});

describe('CSL-JSON of the sources', () => {
  const items = JSON.parse(sourcesCslJson(catalog, meta)) as unknown[];

  it('is an array of five items in the CSL-JSON shape', () => {
    expect(items).toHaveLength(5);
    for (const item of items) cslItem.parse(item);
  });

  it('splits names into family and given, and dates into date-parts as precise as the catalogue', () => {
    const rfa = cslItem.parse(items[0]);
    expect(rfa).toMatchObject({
      id: 'rfa-2021',
      type: 'article',
      author: [{ family: 'Southerland', given: 'Dan' }],
      'container-title': 'RFA',
      genre: 'commentary',
      issued: { 'date-parts': [[2021, 5]] },
    });
    const blank = cslItem.parse(items[4]);
    expect(blank.type).toBe('report');
    expect(blank.issued).toEqual({ 'date-parts': [[2017, 6, 28]] });
    expect(blank['container-title']).toBeUndefined();
    expect(cslName('Plato')).toEqual({ literal: 'Plato' });
  });

  it('carries the data version and how to cite the map in each item', () => {
    for (const item of items.map((i) => cslItem.parse(i))) {
      expect(item.custom.dataset_version).toBe('1.2.0');
      expect(item.custom.cite_dataset_as).toBe(meta.citeAs);
    }
    expect(cslItem.parse(items[0]).custom.catalogue_note).toContain('May 2021 is inferred');
  });
});
