import { describe, expect, it } from 'vitest';
import type { SeedEntry } from '../data/schema.ts';
import { byline, joinAuthors, needsSuppliedNote, shortReference } from './reference.ts';

const seed = (over: Partial<SeedEntry>): SeedEntry => ({
  id: 'x',
  file: 'x.txt',
  title: 'A title',
  authors: ['Dan Southerland'],
  outlet: 'RFA',
  kind: 'commentary',
  published: '2021-05',
  ...over,
});

describe('joinAuthors', () => {
  it('joins names the way a sentence does', () => {
    expect(joinAuthors([])).toBe('');
    expect(joinAuthors(['A'])).toBe('A');
    expect(joinAuthors(['A', 'B'])).toBe('A and B');
    expect(joinAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('byline', () => {
  it('gives authors, outlet and the date as precise as the catalogue', () => {
    expect(byline(seed({}))).toBe('Dan Southerland, RFA, May 2021');
  });
  it('says plainly what the document does not state', () => {
    expect(byline(seed({ authors: [], outlet: null, published: null }))).toBe(
      'Author not named, publisher not named, undated',
    );
  });
});

describe('shortReference', () => {
  it('prefers the outlet, then the authors, then the title', () => {
    expect(shortReference(seed({}))).toBe('RFA, 2021');
    expect(shortReference(seed({ outlet: null, authors: ['Stephen J. Blank'], published: '2017-06-28' }))).toBe(
      'Stephen J. Blank, 2017',
    );
    expect(shortReference(seed({ outlet: null, authors: [], published: null }))).toBe('A title');
  });
});

describe('needsSuppliedNote', () => {
  it('notes a supplied title once: not when the title already says the document is untitled', () => {
    expect(needsSuppliedNote(seed({ titleSupplied: true, title: 'Russia and Myanmar' }))).toBe(true);
    expect(
      needsSuppliedNote(
        seed({ titleSupplied: true, title: 'Russia and Myanmar (PacNet commentary, untitled in the source)' }),
      ),
    ).toBe(false);
    expect(needsSuppliedNote(seed({ title: 'Russia and Myanmar' }))).toBe(false);
  });
});
