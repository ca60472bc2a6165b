import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, CITATION_FORMATS } from './citation-formats.ts';
import { APP_TITLE } from '../app-name.ts';

const input = {
  url: 'https://example.org/map/?sel=relation:rus-mmr-arms&view=table',
  version: '1.2.0',
  versionDate: '2026-11-23',
  accessed: new Date(2027, 0, 5, 12),
};

describe('citation formats', () => {
  it('APA gives title, version, dataset date, retrieval date and the address', () => {
    expect(apa(input)).toBe(
      `${APP_TITLE} (Version 1.2.0) [Interactive map and data set]. (2026, November 23). ` +
        'Retrieved January 5, 2027, from https://example.org/map/?sel=relation:rus-mmr-arms&view=table',
    );
  });

  it('Chicago quotes the title and gives the access date', () => {
    expect(chicago(input)).toBe(
      `“${APP_TITLE}.” Interactive map and data set, version 1.2.0, November 23, 2026. ` +
        'Accessed January 5, 2027. https://example.org/map/?sel=relation:rus-mmr-arms&view=table.',
    );
  });

  it('BibTeX is one @misc entry with the version, dates and address as fields', () => {
    const entry = bibtex(input);
    expect(entry.startsWith('@misc{russia-pivot-asia-map-1-2-0,\n')).toBe(true);
    expect(entry).toContain(`  title = {{${APP_TITLE}}},`);
    expect(entry).toContain('  version = {1.2.0},');
    expect(entry).toContain('  year = {2026},');
    expect(entry).toContain('  url = {https://example.org/map/?sel=relation:rus-mmr-arms&view=table},');
    expect(entry).toContain('  urldate = {2027-01-05},');
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('BibTeX keeps braces in the address from closing the field', () => {
    expect(bibtex({ ...input, url: 'https://x.org/?q={a}' })).toContain('url = {https://x.org/?q=%7Ba%7D}');
  });

  it('writes a dataset date given only to the month or year as such', () => {
    expect(apa({ ...input, versionDate: '2026-11' })).toContain('(2026, November)');
    expect(chicago({ ...input, versionDate: '2026' })).toContain('version 1.2.0, 2026.');
  });

  it('every format names the address and the version', () => {
    for (const { format } of CITATION_FORMATS) {
      expect(format(input)).toContain(input.url);
      expect(format(input)).toContain('1.2.0');
    }
  });
});
