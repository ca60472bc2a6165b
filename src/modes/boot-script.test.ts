import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUrl } from '../state/url.ts';

/** The attributes public/boot.js sets for an address, run with a stand-in for the page. */
function bootAttributes(search: string): string[] {
  const script = readFileSync(new URL('../../public/boot.js', import.meta.url), 'utf8');
  const set: string[] = [];
  const document = { documentElement: { setAttribute: (name: string) => set.push(name) } };
  new Function('location', 'document', script)({ search }, document);
  return set;
}

describe('public/boot.js', () => {
  it('reads embed and present as the app does, before the app has come', () => {
    for (const search of [
      '?embed=1',
      '?embed=true',
      '?embed',
      '?embed=0',
      '?embed=no',
      '?present=yes',
      '?present=off',
      '?x=1',
    ]) {
      const state = parseUrl(search);
      const attributes = bootAttributes(search);
      expect(attributes.includes('data-embed'), search).toBe(state.embed);
      expect(attributes.includes('data-present'), search).toBe(state.present);
    }
  });
});
