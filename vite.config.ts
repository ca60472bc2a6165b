import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { maplibreCssSubset } from './scripts/vite/maplibre-css-subset.ts';

// Relative base: the built app works from any path, e.g. a sub-folder of a school's web server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    {
      // The page's Content-Security-Policy (index.html) is for the built app: the dev server
      // injects CSS as <style> elements and React's refresh runtime inline, which it would block.
      name: 'no-csp-in-dev',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
    {
      // index.html's comments explain it to its maintainers; readers need not download them.
      name: 'strip-html-comments',
      apply: 'build',
      transformIndexHtml: (html) => html.replace(/\s*<!--[\s\S]*?-->/g, ''),
    },
    {
      // What every view needs is asked for with the page, not once the code that names it has
      // run: the text fonts (the first paint then has its final font, and nothing moves when it
      // arrives) and the dataset. The map's code is not: a browser without WebGL never downloads
      // the engine (src/map/map-view-loading.ts starts that download once it has checked).
      name: 'preload-first-view',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (_html, { bundle }) => {
          const fonts = Object.keys(bundle ?? {}).filter((file) =>
            /noto-sans-latin-(400|600)-normal-.*\.woff2$/.test(file),
          );
          const link = (attrs: Record<string, string>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
          return [
            ...fonts.map((file) =>
              link({ rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }),
            ),
            // fetch() asks in CORS mode; a preload must too (crossorigin) or the browser fetches twice.
            link({ rel: 'preload', href: './generated/dataset.json', as: 'fetch', crossorigin: '' }),
          ];
        },
      },
    },
    // Offline use: builds src/offline/sw.ts into sw.js with the list of files to store. The app
    // registers it itself (src/offline/register.ts), so nothing is injected into the page.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        // The whole app: code (incl. the map's worker, .mjs), styles, the woff2 fonts the styles
        // use, the page, the data, the basemap and the static maps. No source maps, no woff.
        globPatterns: ['**/*.{html,js,mjs,css,woff2,json,svg}'],
        // Only browsers without WebGL show a chapter's static map: stored when seen (sw.ts). They
        // alone draw a view of their own too (src/fallback/draw-worker.ts), and install no offline copy.
        globIgnores: ['generated/static/chapter-*.svg', 'assets/draw-worker-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  // MapLibre's stylesheet without the controls the map does not use (the engine floor keeps it whole).
  css: { postcss: { plugins: [maplibreCssSubset()] } },
  build: {
    target: 'es2022',
    // No polyfill for <link rel="modulepreload">: every browser that runs MapLibre 6 (ES2022
    // modules) but lacks it (Safari before 17) still loads each part, only without preloading
    // its imports. It cost the first view 0.2 KB (gzip) of code that those browsers alone run.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Validating the whole dataset against the seed texts takes a second on a quiet machine and
    // several on a loaded 2-core one; a timeout is not what these tests check.
    testTimeout: 30_000,
  },
});
