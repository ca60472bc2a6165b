import { describe, expect, it } from 'vitest';
import { el, escapeXml, text } from './svg.ts';

describe('svg helpers', () => {
  it('escapes markup in text and attributes, so data is only ever text', () => {
    expect(text('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(el('g', { 'data-id': '"><script>' })).toBe('<g data-id="&quot;&gt;&lt;script&gt;"/>');
    expect(escapeXml("Russia's")).toBe('Russia&apos;s');
  });
  it('leaves out attributes that are null, undefined, false or empty', () => {
    expect(el('path', { d: 'M0 0', stroke: null, fill: undefined, class: false, id: '' })).toBe('<path d="M0 0"/>');
  });
  it('nests children and writes numbers as they are', () => {
    expect(el('g', { opacity: 0.5 }, el('circle', { r: 2 }), '')).toBe('<g opacity="0.5"><circle r="2"/></g>');
  });
});
