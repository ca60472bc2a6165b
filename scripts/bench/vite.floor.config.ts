/**
 * Builds the engine floor page (scripts/bench/floor/) with the app's own tooling: Vite, the same
 * target and the same maplibre-gl, worker URL and fonts. The app's public/ folder is copied so
 * the page reads the same basemap (generated/basemap/, through basemapUrls).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: root('./floor/'),
  base: './',
  publicDir: root('../../public/'),
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
