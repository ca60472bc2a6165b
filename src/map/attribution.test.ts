import { describe, expect, it } from 'vitest';
import { mapAttribution } from './attribution.ts';

describe('the map credit', () => {
  it('names the basemap in the full app', () => {
    expect(mapAttribution(false, 'https://x.org/map/?embed=0')).toEqual(['Natural Earth']);
  });

  it('links an embed to the full app’s sources, whatever view the embed shows', () => {
    const [basemap, sources] = mapAttribution(true, 'https://x.org/map/?embed=1&sel=relation:a#top');
    expect(basemap).toBe('Natural Earth');
    expect(sources).toMatch(/^<a href="https:\/\/x\.org\/map\/\?view=sources" target="_blank" rel="noopener">Sources/);
  });

  it('keeps a hostile address inside the link’s attribute', () => {
    const [, sources] = mapAttribution(true, 'https://x.org/"><script>alert(1)</script>/?embed=1');
    expect(sources).not.toContain('<script>');
    expect(sources).toContain('href="https://x.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E/?view=sources"');
  });
});
