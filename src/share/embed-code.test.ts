import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrl } from '../state/url.ts';
import { clampSize, CUSTOM_LIMITS, embedUrl, escapeAttribute, iframeSnippet } from './embed-code.ts';

describe('the embed address', () => {
  it('is the current view plus embed=1 and the chosen theme', () => {
    const view = { ...DEFAULT_URL_STATE, selection: { kind: 'relation' as const, id: 'rus-mmr-arms-supply' } };
    const url = embedUrl('https://school.example/maps/pivot/?sel=old#x', view, 'dark');
    expect(url).toBe('https://school.example/maps/pivot/?sel=relation:rus-mmr-arms-supply&embed=1&theme=dark');
    expect(parseUrl(new URL(url).search)).toEqual({ ...view, embed: true, theme: 'dark' });
  });

  it('leaves the theme out for "auto" and drops presentation mode', () => {
    const url = embedUrl('http://127.0.0.1:4173/', { ...DEFAULT_URL_STATE, present: true, chapter: 3 }, 'auto');
    expect(url).toBe('http://127.0.0.1:4173/?tour=3&embed=1');
  });

  it('opens on the map, the only view an embed shows, when shared from the table', () => {
    const url = embedUrl('http://127.0.0.1:4173/?view=table', { ...DEFAULT_URL_STATE, view: 'table' }, 'auto');
    expect(url).toBe('http://127.0.0.1:4173/?embed=1');
  });
});

describe('the iframe code', () => {
  const src = 'https://x.org/?layers=arms,energy&embed=1';

  it('gives a fixed size, a title for screen readers and lazy loading', () => {
    expect(iframeSnippet({ src, size: { width: 800, height: 600 }, title: 'The map' })).toBe(
      '<iframe src="https://x.org/?layers=arms,energy&amp;embed=1" width="800" height="600" ' +
        'style="max-width: 100%; border: 0" title="The map" loading="lazy"></iframe>',
    );
  });

  it('fills the column at full width', () => {
    const code = iframeSnippet({ src, size: { width: 'full', height: 480 }, title: 'The map' });
    expect(code).toContain('style="width: 100%; height: 480px; border: 0"');
    expect(code).not.toContain('width="');
  });

  it('escapes the address and title so neither can break out of its attribute', () => {
    const code = iframeSnippet({
      src: 'https://x.org/?a="><script>alert(1)</script>',
      size: { width: 600, height: 400 },
      title: 'Russia’s "pivot" <b> & \'more\'',
    });
    expect(code).not.toContain('<script>');
    expect(code).toContain('src="https://x.org/?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code).toContain('title="Russia’s &quot;pivot&quot; &lt;b&gt; &amp; &#39;more&#39;"');
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
    // Exactly one element: the only tags are the iframe's own.
    expect(code.match(/</g)).toHaveLength(2);
  });
});

describe('custom sizes', () => {
  it('are whole pixels within the limits', () => {
    expect(clampSize(50, CUSTOM_LIMITS.width)).toBe(320);
    expect(clampSize(99999, CUSTOM_LIMITS.height)).toBe(1200);
    expect(clampSize(640.6, CUSTOM_LIMITS.width)).toBe(641);
    expect(clampSize(Number.NaN, CUSTOM_LIMITS.height)).toBe(360);
  });
});
