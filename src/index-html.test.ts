import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from './app-name.ts';

describe('index.html', () => {
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

  it('holds the header, with its title, and the element the app mounts in below it (src/main.tsx)', () => {
    expect(html).toMatch(
      /<header class="app-header">\s*<div class="title-block">\s*<h1>([^<]+)<\/h1>\s*<p class="subtitle">[^<]+<\/p>\s*<\/div>\s*<\/header>\s*<div class="app-body">/,
    );
  });

  it('names the map as the app does (app-name.ts), in its header and its title', () => {
    expect(/<h1>([^<]+)<\/h1>/.exec(html)?.[1]).toBe(APP_NAME);
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]).toMatch(new RegExp(`^${APP_NAME} `));
  });

  it('loads the script that sets the modes before the first paint, from a file (the CSP forbids inline)', () => {
    expect(html).toMatch(/<script src="\.\/boot\.js"><\/script>\s*<\/head>/);
  });
});
