/**
 * MapLibre's stylesheet styles every control and overlay it has; the map uses only its zoom
 * buttons, the compact attribution and cooperative gestures (src/map/MapView.tsx). This PostCSS
 * plugin drops the rules of the rest from the app's build: the logo alone, drawn as inline SVG, is
 * 39 KB of the sheet's 72 KB. A rule listing a used control beside unused ones keeps the used one.
 * Add a control to the map, take it off UNUSED.
 */
import type { Plugin } from 'postcss';

/** Selectors naming a part of MapLibre the map does not use. */
const UNUSED =
  /\.maplibregl-(ctrl-(logo|geolocate|globe|fullscreen|shrink|terrain|compass|scale)|popup|marker|user-location)\b/;

export function maplibreCssSubset(): Plugin {
  return {
    postcssPlugin: 'maplibre-css-subset',
    Once(root) {
      if (!root.source?.input.file?.replaceAll('\\', '/').endsWith('maplibre-gl/dist/maplibre-gl.css')) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !UNUSED.test(selector));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Media queries left with no rule (a dark theme's logo).
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
