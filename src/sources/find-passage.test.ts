import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPassage } from './find-passage.ts';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

describe('findPassage', () => {
  const text = 'Title\n\nFirst paragraph here.\nSecond one says “Pivot to Asia” — twice.  \n\nThird.';

  it('returns the paragraph that holds the quote, split around it', () => {
    expect(findPassage(text, 'says "Pivot to Asia" - twice')).toEqual({
      previous: 'First paragraph here.',
      before: 'Second one ',
      quote: 'says “Pivot to Asia” — twice',
      after: '.',
      next: 'Third.',
    });
  });

  it('takes in every line a quote spans', () => {
    const p = findPassage(text, 'paragraph here. Second one');
    expect(p?.before).toBe('First ');
    expect(p?.quote).toBe('paragraph here.\nSecond one');
    expect(p?.after).toBe(' says “Pivot to Asia” — twice.');
    expect(p?.previous).toBe('Title');
    expect(p?.next).toBe('Third.');
  });

  it('has no neighbour before the first paragraph or after the last', () => {
    expect(findPassage(text, 'Title')?.previous).toBeNull();
    expect(findPassage(text, 'Third.')?.next).toBeNull();
  });

  it('returns null for a quote that is not in the source', () => {
    expect(findPassage(text, 'Pivot to Europe')).toBeNull();
  });

  it('finds a curly-quoted passage of a real seed typed with straight quotes', () => {
    const p = findPassage(
      seed('000_49b02867ae9df856.txt'),
      "Russia supplied 17 percent of Myanmar's military imports during that same period",
    );
    expect(p?.quote).toBe('Russia supplied 17 percent of Myanmar’s military imports during that same period');
    expect(p?.before).toBe('');
    expect(p?.after).toBe(', mainly in the form of combat aircraft.');
    expect(p?.previous).toMatch(/^China meanwhile accounted for roughly half/);
  });

  it('reads a seed without blank lines one line per paragraph', () => {
    const p = findPassage(seed('002_a37c5a0ccb271e75.txt'), 'Myanmar purchased $1.7 billion worth of arms from China');
    expect(p?.before.startsWith('In recent years, Russia’s relations with Myanmar')).toBe(true);
    expect(p?.after).toBe(' and $1.44 billion from Russia.');
  });
});
