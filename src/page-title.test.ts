import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_SUBTITLE, PAGE_TITLE } from './page-title.ts';

describe('the static header in index.html', () => {
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

  it('has the title and subtitle the app renders, so the swap to the app changes no word', () => {
    expect(html).toContain(`<h1>${PAGE_TITLE}</h1>`);
    expect(html).toContain(`<p class="subtitle">${PAGE_SUBTITLE}</p>`);
  });

  it('loads the script that sets the modes before the first paint, from a file (the CSP forbids inline)', () => {
    expect(html).toMatch(/<script src="\.\/boot\.js"><\/script>\s*<\/head>/);
  });
});
