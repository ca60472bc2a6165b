/**
 * The parts that load apart (src/ui/lazy-part.ts) on a slow connection: what a reader does right
 * after the map appears, before the browser has idled and fetched them, is kept and done once
 * their code is there. Each test holds one part's script until it releases it.
 */
import { readFileSync } from 'node:fs';
import { test, expect, holdScripts, pointOnFlow, waitForIdle, waitForMapReady, type Page } from './driver.ts';
import { APP_NAME } from '../src/app-name.ts';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the map' });
const detailsHeading = (page: Page) => page.locator('.details-panel').getByRole('heading', { level: 2 });

test('until the app’s code has come, the page says the map is loading; the map then takes its place', async ({
  page,
}) => {
  const release = await holdScripts(page, /\/index-[^/]*\.js$/);
  // 'commit': the page's load waits for its module script, which is held.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(APP_NAME);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map…' })).toBeVisible();
  release();
  await waitForMapReady(page);
  await expect(page.getByText('Loading the map…')).toHaveCount(0);
});

/**
 * What the page's largest paint (LCP) was, as the browser counted it: the element and whether it is
 * one of index.html's, marked as the document is parsed, before any of the app's code runs.
 */
async function largestPaint(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as LargestContentfulPaint | undefined;
          const element = last?.element as HTMLElement | null | undefined;
          // A removed element is null: the app would have painted a title of its own over it.
          resolve(
            element ? `${element.tagName} ${element.dataset.from ?? 'made by the app'}` : 'an element since removed',
          );
        }).observe({ type: 'largest-contentful-paint', buffered: true }),
      ),
  );
}

// On a phone (as Lighthouse emulates one) the title is the largest text on the page. On a laptop
// the side panel's first layer description is larger, and it is the app's.
test('on a phone, the page’s largest paint is the title painted before the app’s code, which the app keeps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () =>
      document
        .querySelectorAll<HTMLElement>('.title-block > *')
        .forEach((element) => (element.dataset.from = 'index.html')),
    ),
  );
  await page.goto('./');
  await waitForMapReady(page);
  await expect(page.getByRole('button', { name: 'Table' })).toBeVisible();
  expect(await largestPaint(page)).toBe('H1 index.html');
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the map needs it, over the loading message', async ({ page }) => {
    await page.goto('./');
    // Playwright's text and role selectors skip <noscript>, which this browser renders.
    const needsScript = page.locator('noscript .map-message');
    await expect(needsScript).toBeVisible();
    await expect(needsScript).toContainText('This map needs JavaScript.');
    // What is painted at the message's centre is the message, not "Loading the map…" under it.
    const box = (await needsScript.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('noscript, .map-area > p')?.textContent ?? '',
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toContain('needs JavaScript');
  });
});

test('Enter typed in search before its index has come opens the best match once it comes', async ({ page }) => {
  const release = await holdScripts(page, /\/search-index-/);
  await page.goto('./');
  await waitForMapReady(page);
  await box(page).fill('Myan');
  await page.keyboard.press('Enter');
  release();
  await expect(page).toHaveURL(/sel=country:MMR(&|$)/);
  await expect(detailsHeading(page)).toHaveText('Myanmar');
  await expect(detailsHeading(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');
});

test('text typed on after an early Enter is not overridden by it', async ({ page }) => {
  const release = await holdScripts(page, /\/search-index-/);
  await page.goto('./');
  await waitForMapReady(page);
  await box(page).fill('Myan');
  await page.keyboard.press('Enter');
  await box(page).pressSequentially('mar');
  release();
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toHaveText(/^Myanmar/);
  await expect(box(page)).toHaveValue('Myanmar');
  await expect(page).not.toHaveURL(/sel=/);
});

const chapters = JSON.parse(readFileSync('data/tour.json', 'utf8')) as {
  title: string;
  camera: { longitude: number };
}[];
const chapterTitles = chapters.map((c) => c.title);
const chapterCameras = chapters.map((c) => c.camera);
const tourHeading = (page: Page) => page.locator('.tour-card').getByRole('heading', { level: 2 });

test('a clicker’s steps pressed while the tour card’s code comes are each taken', async ({ page }) => {
  const release = await holdScripts(page, /\/TourCard-/);
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/tour=3(&|$)/);
  // The map shows the chapter reached before its card comes.
  const { longitude } = chapterCameras[2];
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getCenter().lng)).toBeCloseTo(longitude, 1);
  release();
  await expect(tourHeading(page)).toHaveText(chapterTitles[2]);
  await page.goBack();
  await expect(tourHeading(page)).toHaveText(chapterTitles[1]);
});

test('Escape pressed while a linked chapter’s card comes leaves the tour', async ({ page }) => {
  const release = await holdScripts(page, /\/TourCard-/);
  await page.goto('./?tour=4');
  await expect(page.getByRole('button', { name: 'Tour', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Tour', exact: true })).toHaveAttribute('aria-pressed', 'false');
  release();
  await waitForMapReady(page);
  await expect(page).not.toHaveURL(/tour=/);
  await expect(page.locator('.tour-card')).toHaveCount(0);
});

test('Escape pressed while the details’ code comes closes them: they do not appear after', async ({ page }) => {
  const release = await holdScripts(page, /\/DetailsPanel-/);
  await page.goto('./');
  await waitForMapReady(page);
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/sel=/);
  const arrived = page.waitForResponse(/\/DetailsPanel-/);
  release();
  await codeRun(page, arrived);
  await expect(page.locator('.details-panel')).toHaveCount(0);
  // Once come, the details open and close as ever.
  await page.mouse.click(x, y);
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  await page.keyboard.press('Escape');
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
});

test('details whose code cannot be downloaded say so in their place, offer to try again, and close with Escape', async ({
  page,
  guard,
}) => {
  await holdScripts(page, /\/DetailsPanel-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  const error = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(error).toBeVisible();
  await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Where the details lie on a laptop: over the map's right side, from its top.
  const box = (await error.boundingBox())!;
  const map = (await page.locator('.map-area').boundingBox())!;
  expect(box.x + box.width).toBeCloseTo(map.x + map.width, 0);
  expect(box.y).toBeCloseTo(map.y, 0);

  await page.keyboard.press('Escape');
  await expect(error).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
  // The rest of the page goes on working.
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await expect(tourHeading(page)).toHaveText(chapterTitles[0]);
  // The browser reports the failed downloads; nothing else may fail.
  const failures = /ERR_INTERNET_DISCONNECTED|dynamically imported module: .*DetailsPanel-/;
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

test('a tour card whose code cannot be downloaded says so where the card goes, offers to try again; Escape leaves the tour and the message', async ({
  page,
  guard,
}) => {
  await holdScripts(page, /\/TourCard-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  const tourButton = page.getByRole('button', { name: 'Tour', exact: true });
  await tourButton.click();
  const error = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Where the card stands on a laptop: beside the map, at the top of the side panel's column.
  const box = (await error.boundingBox())!;
  const map = (await page.locator('.map-area').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + 1);
  // The map shows the first chapter all the same: its layers, and the entry it opens on.
  await expect(page.getByRole('checkbox', { name: 'Arms' })).not.toBeChecked();
  await expect(detailsHeading(page)).toHaveText('Russia → Russian Far East: the pivot’s aims');

  await page.keyboard.press('Escape');
  await expect(tourButton).toHaveAttribute('aria-pressed', 'false');
  await expect(error).toHaveCount(0);
  // The rest of the page goes on working.
  await page.getByRole('checkbox', { name: 'Arms' }).check();
  await waitForIdle(page);
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  const failures = /ERR_INTERNET_DISCONNECTED|dynamically imported module: .*TourCard-/;
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

test('Cite references whose code cannot be downloaded say so in the dialog, which closes, and the button stays', async ({
  page,
  guard,
}) => {
  await holdScripts(page, /\/CiteReferences-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  const citeButton = page.getByRole('button', { name: 'Cite this view' });
  await citeButton.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  const error = dialog.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(citeButton).toBeVisible();
  await expect(citeButton).toBeFocused();
  const failures = /ERR_INTERNET_DISCONNECTED|dynamically imported module: .*CiteReferences-/;
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

test('a search index that cannot be downloaded says so below the box, which keeps the text typed', async ({
  page,
  guard,
}) => {
  await holdScripts(page, /\/search-index-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  await box(page).fill('Viet');
  const error = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(box(page)).toHaveValue('Viet');
  const boxBottom = await box(page).evaluate((e) => e.getBoundingClientRect().bottom);
  expect((await error.boundingBox())!.y).toBeGreaterThanOrEqual(boxBottom);
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(error).toHaveCount(0);
  const failures = /ERR_INTERNET_DISCONNECTED|dynamically imported module: .*search-index-/;
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

/**
 * Waits until the app has run the code of a held script it was waiting for, and drawn what it
 * then would: the page's own import of it settles after the app's, and two frames later React
 * has rendered what the app set on its arrival. (A response's arrival alone comes before both.)
 */
async function codeRun(page: Page, response: Promise<{ url(): string }>) {
  const url = (await response).url();
  await page.evaluate(
    (url) =>
      import(url).then(
        () => new Promise<void>((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => drawn()))),
      ),
    url,
  );
}

test('Escape pressed while “Read in context” comes cancels it; the details stay', async ({ page }) => {
  const release = await holdScripts(page, /\/ContextBody-/);
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const readInContext = page.getByRole('button', { name: 'Read in context' }).first();
  await readInContext.click();
  await page.keyboard.press('Escape');
  const arrived = page.waitForResponse(/\/ContextBody-/);
  release();
  await codeRun(page, arrived);
  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(dialog).toHaveCount(0);
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  await expect(readInContext).toBeFocused();
  // Asked for again, it opens.
  await readInContext.click();
  await expect(dialog).toBeVisible();
});

test('Escape pressed while the Cite dialog’s references come cancels it', async ({ page }) => {
  const release = await holdScripts(page, /\/CiteReferences-/);
  await page.goto('./');
  await waitForMapReady(page);
  const citeButton = page.getByRole('button', { name: 'Cite this view' });
  await citeButton.click();
  await page.keyboard.press('Escape');
  const arrived = page.waitForResponse(/\/CiteReferences-/);
  release();
  await codeRun(page, arrived);
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toHaveCount(0);
  await expect(citeButton).toBeFocused();
  await citeButton.click();
  await expect(dialog.getByRole('textbox')).toHaveCount(3);
});

/** The console errors a failed download of `chunk` reports (the browser's and React's); nothing else may fail. */
function expectOnlyDownloadFailures(guard: { consoleErrors: string[] }, chunk: string) {
  const failures = new RegExp(`ERR_INTERNET_DISCONNECTED|dynamically imported module: .*${chunk}-`);
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
}

/**
 * Waits until the idle preload the map's first draw schedules (ui/lazy-part.ts) has asked for a
 * held part and been refused, counted by holdScripts: its `failures` reach `count`. Had the
 * preload come after the connection is back, it would have brought the part by itself. (Waiting
 * for an idle callback of the test's own was not enough: the app's is asked for only once a
 * PerformanceObserver has seen `map-ready`, which can come after the test has.)
 */
const idlePreloadRefused = (held: { failures(): number }, count: number) =>
  expect.poll(() => held.failures(), { message: 'refused requests for the held part' }).toBe(count);

const downloadFailure = (page: Page) => page.getByRole('alert').filter({ hasText: 'could not be downloaded' });

test('details that could not be downloaded come with “Try again” once the connection is back, for the same selection', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/DetailsPanel-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  await idlePreloadRefused(reconnect, 1);
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  // The keyboard reader goes on from the details, not from the top of the page.
  await expect(detailsHeading(page)).toBeFocused();
  await expect(downloadFailure(page)).toHaveCount(0);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  expectOnlyDownloadFailures(guard, 'DetailsPanel');
});

test('choosing another entry asks again for details that could not be downloaded', async ({ page, guard }) => {
  const reconnect = await holdScripts(page, /\/DetailsPanel-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  const first = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(first.x, first.y);
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  const other = await pointOnFlow(page, 'rus-ind-arms-supply');
  await page.mouse.click(other.x, other.y);
  await expect(page).toHaveURL(/sel=relation:rus-ind-arms-supply/);
  await expect(detailsHeading(page)).toHaveText('Russia → India: arms supply');
  await expect(downloadFailure(page)).toHaveCount(0);
  expectOnlyDownloadFailures(guard, 'DetailsPanel');
});

test('a tour card that could not be downloaded comes with “Try again”, at the chapter reached', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/TourCard-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  // The preload, first to ask for the card, before the reader does.
  await idlePreloadRefused(reconnect, 1);
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/tour=2(&|$)/);
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  await expect(tourHeading(page)).toHaveText(chapterTitles[1]);
  await expect(tourHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/tour=2(&|$)/);
  expectOnlyDownloadFailures(guard, 'TourCard');
});

test('Cite references that could not be downloaded come with “Try again”, in the dialog still open', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/CiteReferences-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  await idlePreloadRefused(reconnect, 1);
  await page.getByRole('button', { name: 'Cite this view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('textbox')).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(downloadFailure(page)).toHaveCount(0);
  expectOnlyDownloadFailures(guard, 'CiteReferences');
});

test('a search index that could not be downloaded comes with “Try again”, matching the text typed', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/search-index-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  await idlePreloadRefused(reconnect, 1);
  await box(page).fill('Viet');
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toHaveText(/^Vietnam/);
  await expect(box(page)).toHaveValue('Viet');
  expectOnlyDownloadFailures(guard, 'search-index');
});

test('“Read in context” that could not be downloaded comes with “Try again”; the details stay', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/ContextBody-/, { fail: true });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  await idlePreloadRefused(reconnect, 1);
  await page.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  const context = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(context).toBeVisible();
  await expect(context.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  expectOnlyDownloadFailures(guard, 'ContextBody');
});

test('“Read in context” whose code cannot be downloaded says so in its dialog, which Escape closes, back to the button', async ({
  page,
  guard,
}) => {
  await holdScripts(page, /\/ContextBody-/, { fail: true });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const readInContext = page.getByRole('button', { name: 'Read in context' }).first();
  await readInContext.click();
  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(dialog.getByRole('alert').filter({ hasText: 'could not be downloaded' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(downloadFailure(page)).toHaveCount(0);
  await expect(readInContext).toBeFocused();
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  expectOnlyDownloadFailures(guard, 'ContextBody');
});

test('a linked chapter’s map opens on its view while the card’s code comes; the card then appears', async ({
  page,
}) => {
  const chapter = (
    JSON.parse(readFileSync('data/tour.json', 'utf8')) as {
      camera: { longitude: number; latitude: number };
      layers: string[];
    }[]
  )[2];
  const layerNames = JSON.parse(readFileSync('data/layers.json', 'utf8')) as { id: string; name: string }[];
  const release = await holdScripts(page, /\/TourCard-/);
  // Any move of the map once it has loaded its first picture: the chapter must be in that picture.
  await page.addInitScript(() => {
    const w = window as unknown as { movedAfterLoad: boolean };
    w.movedAfterLoad = false;
    const watch = setInterval(() => {
      const map = window.pivotMap;
      if (!map) return;
      clearInterval(watch);
      map.once('load', () => map.on('movestart', () => (w.movedAfterLoad = true)));
    }, 1);
  });
  await page.goto('./?tour=3');
  await waitForMapReady(page);
  const camera = await page.evaluate(() => {
    const { lng, lat } = window.pivotMap!.getCenter();
    return { longitude: lng, latitude: lat, moved: (window as unknown as { movedAfterLoad: boolean }).movedAfterLoad };
  });
  expect(camera.longitude).toBeCloseTo(chapter.camera.longitude, 0);
  expect(camera.latitude).toBeCloseTo(chapter.camera.latitude, 0);
  expect(camera.moved).toBe(false);
  for (const { id, name } of layerNames) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
    if (chapter.layers.includes(id)) await expect(box, name).toBeChecked();
    else await expect(box, name).not.toBeChecked();
  }
  await expect(page.locator('.tour-card')).toHaveCount(0);

  release();
  await expect(tourHeading(page)).toHaveText(chapterTitles[2]);
  await expect(page).toHaveURL(/tour=3(&|$)/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a linked chapter’s details wait for its card, which covers them, and for its “Try again”', async ({
    page,
    guard,
  }) => {
    const reconnect = await holdScripts(page, /\/TourCard-/, { fail: true });
    await page.goto('./?tour=3');
    await waitForMapReady(page);
    const tryAgain = downloadFailure(page).getByRole('button', { name: 'Try again' });
    await expect(tryAgain).toBeVisible();
    await expect(page.locator('.details-panel')).toBeHidden();
    // The linked chapter asked for the card first, then the preload.
    await idlePreloadRefused(reconnect, 2);
    // Nothing lies over the message: a tap on its button reaches it.
    reconnect();
    await tryAgain.click({ trial: true });
    await tryAgain.click();
    await expect(tourHeading(page)).toHaveText(chapterTitles[2]);
    await expect(page.locator('.details-panel')).toBeHidden();
    expectOnlyDownloadFailures(guard, 'TourCard');
  });
});

const viewTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'View' }).getByRole('button', { name, exact: true });

test('a table that could not be downloaded comes with “Try again” in its place, the selection kept', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/TableView-/, { fail: true });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  await viewTab(page, 'Table').click();
  await expect(downloadFailure(page)).toBeVisible();
  // Where the table lies: the top of the stage, the map hidden.
  const stage = (await page.locator('.stage').boundingBox())!;
  expect((await downloadFailure(page).boundingBox())!.y).toBeCloseTo(stage.y, 0);
  await expect(page.locator('.map-area')).toBeHidden();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  const heading = page.getByRole('heading', { name: 'Entries as a table', level: 2 });
  await expect(page.getByRole('table')).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(downloadFailure(page)).toHaveCount(0);
  await expect(page).toHaveURL(/view=table/);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  await expect(detailsHeading(page)).toHaveText('Russia → Myanmar: arms supply');
  expectOnlyDownloadFailures(guard, 'TableView');
});

test('the sources that could not be downloaded come with “Try again” in their place', async ({ page, guard }) => {
  const reconnect = await holdScripts(page, /\/SourcesView-/, { fail: true });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  await viewTab(page, 'Sources').click();
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await downloadFailure(page).getByRole('button', { name: 'Try again' }).click();
  const heading = page.getByRole('heading', { name: 'Sources', level: 2 });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.locator('.source-list > li')).toHaveCount(5);
  await expect(downloadFailure(page)).toHaveCount(0);
  await expect(page).toHaveURL(/view=sources/);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  expectOnlyDownloadFailures(guard, 'SourcesView');
});

test('a table that could not be downloaded is asked for again when the reader comes back to it', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/TableView-/, { fail: true });
  await page.goto('./');
  await waitForMapReady(page);
  await viewTab(page, 'Table').click();
  await expect(downloadFailure(page)).toBeVisible();
  reconnect();
  await viewTab(page, 'Map').click();
  await expect(downloadFailure(page)).toHaveCount(0);
  await viewTab(page, 'Table').click();
  await expect(page.getByRole('table')).toBeVisible();
  expectOnlyDownloadFailures(guard, 'TableView');
});

test('the Share dialog’s contents that could not be downloaded come with “Try again”, in the dialog still open', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/SharePanel-/, { fail: true });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const url = page.url();
  await page.getByRole('button', { name: 'Share & save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and save this view' });
  await expect(dialog.getByRole('alert').filter({ hasText: 'could not be downloaded' })).toBeVisible();
  reconnect();
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('heading', { name: 'Link to this view' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveValue(url);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(downloadFailure(page)).toHaveCount(0);
  expect(page.url()).toBe(url);
  expectOnlyDownloadFailures(guard, 'SharePanel');
});

/** Counts the print dialogs asked for instead of opening them. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
}

test('a handout that could not be downloaded says so in the Share dialog, which stays open; “Try again” prints it', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/PrintHandout-/, { fail: true });
  await countPrints(page);
  await page.goto('./');
  await waitForMapReady(page);
  const shareButton = page.getByRole('button', { name: 'Share & save' });
  const dialog = page.getByRole('dialog', { name: 'Share and save this view' });
  await shareButton.click();
  const print = dialog.getByRole('button', { name: 'Print handout' });
  await print.click();
  const failure = dialog.getByRole('alert').filter({ hasText: 'The handout could not be downloaded' });
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeInViewport();
  await expect(print).toBeFocused();
  // The page's header is not covered: Escape closes the dialog, back to the button, as ever.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(shareButton).toBeFocused();
  await shareButton.click();
  await expect(failure).toHaveCount(0);
  await print.click();
  await expect(failure).toBeVisible();

  reconnect();
  await failure.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  await expect(dialog).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('article', { name: 'Classroom handout' })).toHaveCount(0);
  await expect(shareButton).toBeFocused();
  expectOnlyDownloadFailures(guard, 'PrintHandout');
});
