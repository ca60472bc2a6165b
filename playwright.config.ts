import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path.ts';

// Parallel checkouts or helpers can serve their own build: E2E_PORT=4180 E2E_DIST=/tmp/dist-a.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  // One folder per port, so parallel runs never clear each other's artifacts.
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A test.only left behind would run alone, and the rest pass unseen.
  forbidOnly: true,
  // Generous: software WebGL's speed varies about threefold between the machines this runs on
  // (a floor frame took 117 ms on one, 234 ms on another), and a timeout is no test of speed:
  // that is `npm run bench`'s job.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The built app stores itself for offline use once the map is drawn: only the specs about
    // that allow it (offline.spec.ts), so every other test loads just what it looks at.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath: chromiumPath(),
          // Stops Chromium's own background look-ups of outside hosts (there is no network here).
          args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost'],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
