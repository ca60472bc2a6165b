/**
 * Offline use: after one visit the service worker has stored the app, and a reload with no
 * network at all shows the same map, with its data, labels and sources.
 */
import { test, expect, waitForMapReady, renderedCountryNames, renderedFlowIds, saveScreenshot } from './driver.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a reload with no network shows the same map, its data and its sources', async ({
  page,
  context,
  guard,
}) => {
  // Loads the app twice and stores all of it in between: more than one ordinary test's work.
  test.slow();
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const flowsOnline = (await renderedFlowIds(page)).sort();
  // The worker takes charge of the page once it has stored the app.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  // Everything the offline page loads must be answered by the service worker, nothing else.
  const notFromWorker: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) notFromWorker.push(response.url());
  });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.reload();
  await waitForMapReady(page);
  expect((await renderedFlowIds(page)).sort()).toEqual(flowsOnline);
  expect(await renderedCountryNames(page)).toContain('Russia');
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Russia → Myanmar: arms supply',
  );
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
  await saveScreenshot(page, 'offline-reload-laptop');

  // The source texts are fetched only now, for "Read in context": from the store too.
  await page.locator('.details-panel').getByRole('button', { name: 'Read in context' }).first().click();
  const passage = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(passage.locator('mark')).not.toBeEmpty();
  await page.keyboard.press('Escape');

  // The parts whose code loads apart (src/ui/lazy-part.ts) come from the store too.
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite this view' }).getByRole('textbox')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Search the map' }).fill('Myan');
  await expect(page.getByRole('option').first()).toContainText('Myanmar');
  await page.getByRole('combobox', { name: 'Search the map' }).fill('');
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await expect(page.locator('.tour-card').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tour-card')).toHaveCount(0);

  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Sources', exact: true }).getByRole('article')).toHaveCount(5);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.locator('.table-view tbody tr').first()).toBeVisible();

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(notFromWorker, 'responses not from the service worker').toEqual([]);

  // And the network really is gone for the worker too: a file it never stored cannot be had.
  const probe = await page.evaluate(() =>
    fetch('generated/dataset.json?probe=1').then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
  expect(guard.consoleErrors).toEqual(['Failed to load resource: net::ERR_FAILED']);
  guard.consoleErrors.length = 0;
});

test('a page that was never visited is not stored: offline at first, it does not load', async ({ page, context }) => {
  // Each test has a fresh context, so nothing is stored yet: this shows the test above can fail.
  await context.setOffline(true);
  await expect(page.goto('./')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});
