import { describe, expect, it } from 'vitest';
import { emptyTableNote } from './EntriesTable.tsx';

describe('emptyTableNote', () => {
  it('says whether the map hides what the filters match, and how many', () => {
    expect(emptyTableNote(0)).toBe('No entries match these filters.');
    expect(emptyTableNote(1)).toBe(
      'The one entry these filters match is not on the map now: untick “Only what the map shows now” to list it.',
    );
    expect(emptyTableNote(22)).toBe(
      'None of the 22 entries these filters match is on the map now: untick “Only what the map shows now” to list them.',
    );
  });
});
