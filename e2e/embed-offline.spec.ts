/**
 * The offline copy inside frames: another site may embed the app (embed=1), and there the app
 * works but installs nothing (an embed must not store things in its host's name); framed by its
 * own site, it does.
 */
import { test, expect, type Frame } from './driver.ts';
import { chromiumPath } from '../scripts/browser-path.ts';

test.use({
  serviceWorkers: 'allow',
  launchOptions: {
    executablePath: chromiumPath(),
    // The host page below is made up by the test, so Chromium cannot tell it lives on this
    // machine too, and its local-network checks would refuse the frame.
    args: [
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
      '--disable-features=LocalNetworkAccessChecks',
    ],
  },
});

test('inside another site’s frame the app works but installs nothing; inside its own site’s, it does', async ({
  page,
  baseURL,
  guard,
}) => {
  const app = new URL('./?embed=1', baseURL).href;
  // Another origin for the host page: the same server under another name.
  const otherSite = new URL(baseURL!);
  otherSite.hostname = 'localhost';
  const host = (origin: string) => `${origin}/embed-host.html`;
  await page.route('**/embed-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe src="${app}" width="1000" height="700" title="The map"></iframe>`,
    }),
  );

  /** What the app decided about its offline copy (its `offline-setup` mark), once it has. */
  const setupOf = async (frame: Frame) => {
    await frame.waitForFunction(() => performance.getEntriesByName('offline-setup').length > 0);
    return frame.evaluate(() => (performance.getEntriesByName('offline-setup')[0] as PerformanceMark).detail);
  };
  const mapIn = async () => {
    const frame = (await page.locator('iframe').elementHandle())!.contentFrame();
    const app = (await frame)!;
    await app.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, { timeout: 45_000 });
    return app;
  };

  await page.goto(host(otherSite.origin));
  const foreign = await mapIn();
  // The embed's own furniture is there: its compact legend.
  await expect(foreign.getByRole('region', { name: 'Legend' })).toContainText('Russia’s ties');
  expect(await setupOf(foreign)).toBe('not here');
  expect(await foreign.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);

  // The same page framed by its own site does store itself: the check above could fail.
  await page.goto(host(new URL(baseURL!).origin));
  const own = await mapIn();
  expect(await setupOf(own)).toBe('registered');
  expect(await own.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);

  // The only request to the other name was the host page itself.
  expect(guard.externalRequests).toEqual([host(otherSite.origin)]);
  guard.externalRequests.length = 0;
});

test('where reading the service worker throws (Firefox with storage blocked), the app opens and goes without its offline copy', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  );
  await page.goto('./');
  // The registration threw past its promise: an uncaught error, and no outcome marked.
  await page.waitForFunction(() => performance.getEntriesByName('offline-setup').length > 0, null, { timeout: 45_000 });
  expect(await page.evaluate(() => (performance.getEntriesByName('offline-setup')[0] as PerformanceMark).detail)).toBe(
    'refused',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
