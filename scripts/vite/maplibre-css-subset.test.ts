import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import { maplibreCssSubset } from './maplibre-css-subset.ts';

const subset = (css: string, from = '/app/node_modules/maplibre-gl/dist/maplibre-gl.css') =>
  postcss([maplibreCssSubset()]).process(css, { from }).css;

describe('maplibreCssSubset', () => {
  it('drops the rules of controls the map does not use, and keeps those of the ones it does', () => {
    const css = subset(
      '.maplibregl-ctrl-logo{background:url(x)}' +
        '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon{background:url(y)}' +
        '.maplibregl-popup{display:flex}.maplibregl-ctrl-attrib{padding:0}',
    );
    expect(css).not.toContain('logo');
    expect(css).not.toContain('popup');
    expect(css).toContain('zoom-in');
    expect(css).toContain('.maplibregl-ctrl-attrib');
  });
  it('keeps the used selectors of a rule that lists unused ones too', () => {
    const css = subset('.maplibregl-ctrl-geolocate,.maplibregl-ctrl-zoom-out{cursor:pointer}');
    expect(css).toBe('.maplibregl-ctrl-zoom-out{cursor:pointer}');
  });
  it('drops a media query left empty', () => {
    expect(subset('@media (prefers-color-scheme:dark){.maplibregl-ctrl-logo{filter:none}}').trim()).toBe('');
  });
  it('leaves every other stylesheet alone', () => {
    const css = '.maplibregl-ctrl-logo{display:none}';
    expect(subset(css, '/app/src/styles.css')).toBe(css);
  });
});
