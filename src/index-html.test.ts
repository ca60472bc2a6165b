import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('index.html', () => {
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

  it('holds the header, with its title, and the element the app mounts in below it (src/main.tsx)', () => {
    expect(html).toMatch(
      /<header class="app-header">\s*<div class="title-block">\s*<h1>Russia’s pivot to Asia<\/h1>\s*<p class="subtitle">[^<]+<\/p>\s*<\/div>\s*<\/header>\s*<div class="app-body">/,
    );
  });

  it('loads the script that sets the modes before the first paint, from a file (the CSP forbids inline)', () => {
    expect(html).toMatch(/<script src="\.\/boot\.js"><\/script>\s*<\/head>/);
  });
});
