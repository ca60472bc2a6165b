import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

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
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
