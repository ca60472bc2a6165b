/**
 * The first view (the map, the header, the legend, the timeline; nothing selected, no tour) asks
 * only for the code and the data it shows. The details, the tour card, the "Read in context"
 * dialog, the Cite dialog's references, the search index and the entries' quotes come once the
 * map is drawn, while the reader does nothing, so that each shows at once when asked for, with no
 * download left to wait for.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitForMapReady, type Page } from './driver.ts';

const firstChapter = (JSON.parse(readFileSync('data/tour.json', 'utf8')) as { title: string }[])[0].title;

/** Words only each part's code contains, to tell which script holds it. */
const PARTS = {
  details: 'Close details',
  'tour card': 'Leave the tour',
  'passage in context': 'could not be found in this document',
  'Cite references': 'The address in each reference opens this exact view',
  // Its ranking of suggestion types, as minified (names and numbers survive).
  'search index': 'Route:6',
};

/** The app's scripts (or, with `path`, other files) the page has fetched, split at the map's `map-ready` mark. */
async function scriptsAroundMapReady(page: Page, path = /\/assets\/[^/]+\.js$/) {
  return page.evaluate((path) => {
    const ready = performance.getEntriesByName('map-ready')[0].startTime;
    const scripts = performance.getEntriesByType('resource').filter((e) => path.test(new URL(e.name).pathname));
    return {
      before: scripts.filter((e) => e.startTime < ready).map((e) => e.name),
      after: scripts.filter((e) => e.startTime >= ready).map((e) => e.name),
    };
  }, path);
}

const QUOTES = /\/generated\/citations\.json$/;

/** Which parts the scripts hold. */
async function partsIn(page: Page, urls: string[]): Promise<string[]> {
  const code = (await Promise.all(urls.map(async (url) => (await page.request.get(url)).text()))).join('\n');
  return Object.entries(PARTS)
    .filter(([, words]) => code.includes(words))
    .map(([part]) => part);
}

/** Waits until the parts asked for while the browser idles after the map is drawn have come. */
async function idlePreloadFetched(page: Page) {
  await expect
    .poll(async () => partsIn(page, (await scriptsAroundMapReady(page)).after), { timeout: 15_000 })
    .toEqual(Object.keys(PARTS));
  await expect.poll(async () => (await scriptsAroundMapReady(page, QUOTES)).after).toHaveLength(1);
}

test('the first view downloads none of the later parts; they come once the map is drawn and then need no download', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  expect(await partsIn(page, (await scriptsAroundMapReady(page)).before), 'parts in the first view’s code').toEqual([]);
  expect((await scriptsAroundMapReady(page, QUOTES)).before, 'quotes in the first view’s data').toEqual([]);
  // The reader does nothing: the browser asks for them while idle.
  await idlePreloadFetched(page);

  // From now on no code, nor the quotes, can be downloaded: what was fetched ahead shows at once.
  const lateScripts: string[] = [];
  await page.route(/\/assets\/[^/]+\.js$|\/generated\/citations\.json$/, (route) => {
    lateScripts.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await expect(page.locator('.tour-card').getByRole('heading', { level: 2 })).toHaveText(firstChapter);
  await expect(page.locator('.tour-card').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tour-card')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Search the map' }).fill('Myan');
  await page.keyboard.press('Enter');
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText('Myanmar');
  await page.locator('.details-panel').getByRole('button', { name: 'Russia → Myanmar: arms supply' }).click();
  await expect(page.locator('.details-panel blockquote').first()).toContainText('second largest source of weapons');

  await page.getByRole('button', { name: 'Cite this view' }).click();
  const cite = page.getByRole('dialog', { name: 'Cite this view' });
  // The data's date as the rest of the app writes dates ("5 December 2026"), not "2026-12-05".
  await expect(cite.getByText(/The address in each reference opens this exact view/)).toHaveText(
    /Data version \d+\.\d+\.\d+ \(\d{1,2} [A-Z][a-z]+ \d{4}\)\.$/,
  );
  await expect(cite.getByRole('textbox')).toHaveCount(3);
  expect(lateScripts).toEqual([]);
});

test('the Share dialog’s code comes when the reader points at its button, so the dialog opens with no download left', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  // Had the idle preload asked for its parts once the connection was cut, the browser would have
  // logged their failures.
  await idlePreloadFetched(page);
  const fetched = page.waitForResponse(/\/SharePanel-/);
  await page.getByRole('button', { name: 'Share & save' }).hover();
  await fetched;
  // From now on the page can download no code: the dialog's contents show all the same. (The
  // dialog's embed preview is a page of its own, in a frame, whose downloads are its own.)
  await page.route(/\/assets\/[^/]+\.js$/, (route) =>
    route.request().frame() === page.mainFrame() ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.getByRole('button', { name: 'Share & save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and save this view' });
  await expect(dialog.getByRole('heading', { name: 'Link to this view' })).toBeVisible();
});
