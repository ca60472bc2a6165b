/**
 * The Sources view and "Cite this view", as a reader uses them: five documents with their
 * references and the entries citing each (choosing one selects it on the map), and a citation
 * of the current view in three formats that names its address and the data version.
 */
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  saveScreenshot,
  axeViolations,
  markedLastChosen,
  placesAboveSheet,
  waitForIdle,
  waitForMapReady,
  type Page,
} from './driver.ts';
import { APP_TITLE } from '../src/app-name.ts';

async function expectNoAxeViolations(page: Page, selector: string) {
  expect(await axeViolations(page, selector)).toEqual([]);
}

const catalog = JSON.parse(readFileSync('seeds/catalog.json', 'utf8')) as { id: string; title: string }[];
const { version } = JSON.parse(readFileSync('data/version.json', 'utf8')) as { version: string };

test('a citation of the untitled PacNet commentary says once that its title is supplied', async ({ page }) => {
  await page.goto('./?layers=arms&sel=relation:rus-mmr-arms-supply');
  const reference = page.locator('.details-panel .source-ref').filter({ hasText: 'PacNet' }).first();
  await expect(reference).toContainText(catalog[2].title);
  expect((await reference.innerText()).match(/untitled|title supplied/g)).toHaveLength(1);
});

test('the Sources view lists the five documents and the entries citing each', async ({ page }) => {
  await page.goto('./?view=sources');
  const view = page.getByRole('region', { name: 'Sources', exact: true });
  const documents = view.getByRole('article');
  await expect(documents).toHaveCount(5);
  for (const [i, seed] of catalog.entries()) {
    await expect(documents.nth(i).getByRole('heading', { level: 3 })).toContainText(seed.title);
    // What cites it, by kind, leaving out the kinds that do not ("0 routes").
    const count = documents.nth(i).locator('.source-count');
    await expect(count).toHaveText(/^Cited by \d+ entr(y|ies): \d+ \w+(, \d+ \w+)*( and \d+ \w+)?\.$/);
    await expect(count).not.toContainText(/\b0 /);
  }
  // PacNet's title, supplied by the catalogue, says itself that the document is untitled: once.
  await expect(documents.nth(2).getByRole('heading', { level: 3 })).toHaveText(catalog[2].title);
  await expect(documents.nth(0)).toContainText('May 2021 is inferred');
  await expectNoAxeViolations(page, '.sources-view');
  await saveScreenshot(page, 'sources-view-laptop');

  // Every entry listed under a document is one that quotes it.
  const rfa = documents.nth(0);
  const buttons = rfa.getByRole('button');
  expect(await buttons.count()).toBeGreaterThan(3);
  // Chosen with the keyboard: the button goes away with the view, the focus to the entry's details.
  await rfa.getByRole('button', { name: /Death toll since the coup/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=event:myanmar-death-toll-2021/);
  await expect(page).not.toHaveURL(/view=sources/);
  await expect(view).toBeHidden();
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Death toll since the coup/);
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(details.locator('cite').first()).toHaveText(catalog[0].title);
});

test('the Sources view has no timeline, whose years change nothing there; the map keeps the year chosen', async ({
  page,
}) => {
  await page.goto('./?year=2014');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('slider', { name: 'Year' })).toHaveValue('2014');
  const views = page.getByRole('navigation', { name: 'View' });
  await views.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeVisible();
  await expect(timeline).toBeHidden();
  await views.getByRole('button', { name: 'Map' }).click();
  await expect(timeline.getByRole('slider', { name: 'Year' })).toHaveValue('2014');
  await expect(timeline.locator('.time-status')).toHaveText('Up to 2014');
});

// The view came back at its top: a reader who had gone down to the third document had to find it again.
test('Back from the map, the Sources show the entry chosen where the reader left it, marked under its document', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?view=sources');
  const documents = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('article');
  // Russia's arms to Myanmar quote both RFA (the first document) and PacNet (the third).
  const entry = /^Russia → Myanmar: arms supply/;
  const underPacNet = documents.nth(2).getByRole('button', { name: entry });
  await underPacNet.click();
  await expect(page).toHaveURL(/sel=relation:/);
  await page.goBack();
  await expect(page).toHaveURL(/view=sources/);
  await expect(underPacNet).toBeInViewport();
  await expect(documents.first().getByRole('heading', { level: 3 })).not.toBeInViewport();
  expect(await markedLastChosen(page, underPacNet)).toBe(true);
  // The focus, lost with the details that held it, is on the entry: Tab goes on from there.
  await expect(underPacNet).toBeFocused();
  // Under RFA the same entry is not marked: the reader chose it under PacNet.
  const underRfa = documents.first().getByRole('button', { name: entry });
  await underRfa.scrollIntoViewIfNeeded();
  expect(await markedLastChosen(page, underRfa)).toBe(false);
});

// The column's rule had lost to the page's padding: on a projector a document's facts sat at the
// left and its entries ran five abreast across the screen.
// The Sources have no timeline: the map behind them was taller, and the tie was fitted to that
// map for a frame after the timeline came back, its New Delhi end under the phone's details sheet.
test('on a phone, an entry chosen in the Sources shows both its ends above the details sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=sources');
  await waitForMapReady(page);
  const entry = page.getByRole('button', { name: /Russia → India: diversification attempts/ }).first();
  await entry.scrollIntoViewIfNeeded();
  await entry.click();
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Russia → India: diversification attempts',
  );
  const moscowAndNewDelhi: [number, number][] = [
    [37.62, 55.75],
    [77.21, 28.61],
  ];
  await expect.poll(() => placesAboveSheet(page, moscowAndNewDelhi, { every: true })).toBe(true);
  await waitForIdle(page);
  expect(await placesAboveSheet(page, moscowAndNewDelhi, { every: true })).toBe(true);
});

test('on a wide screen the Sources read as one centred column, which the details push aside', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?view=sources');
  const view = page.getByRole('region', { name: 'Sources', exact: true });
  const first = view.getByRole('article').first();
  await expect(first).toBeVisible();
  const pageBox = (await view.boundingBox())!;
  const column = (await first.boundingBox())!;
  expect(column.width).toBeLessThanOrEqual(52 * 16);
  const left = column.x - pageBox.x;
  const right = pageBox.x + pageBox.width - (column.x + column.width);
  expect(Math.abs(left - right)).toBeLessThan(32); // the scroll bar's width, at most
  // With an entry's details open beside it, the column keeps clear of them.
  await page.goto('./?view=sources&sel=relation:rus-mmr-arms-supply');
  const details = page.locator('.details-panel');
  await expect(details).toBeVisible();
  const detailsBox = (await details.boundingBox())!;
  const beside = (await view.getByRole('article').first().boundingBox())!;
  expect(beside.x + beside.width).toBeLessThanOrEqual(detailsBox.x);
});

test('the count under a document matches the entries listed under it', async ({ page }) => {
  await page.goto('./?view=sources');
  const documents = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('article');
  await expect(documents).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    const text = await documents.nth(i).locator('.source-count').textContent();
    const total = Number(/Cited by (\d+)/.exec(text ?? '')![1]);
    await expect(documents.nth(i).getByRole('button')).toHaveCount(total);
  }
});

test('“Cite this view” gives the address and data version in APA, Chicago and BibTeX', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await expect(page.locator('.details-panel')).toBeVisible();
  const opener = page.getByRole('button', { name: 'Cite this view' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  const url = page.url();
  expect(url).toContain('sel=relation:rus-mmr-arms-supply');

  for (const format of ['APA', 'Chicago', 'BibTeX']) {
    const text = dialog.getByRole('textbox', { name: format });
    await expect(text).toHaveJSProperty('readOnly', true);
    const value = await text.inputValue();
    expect(value, format).toContain(url);
    expect(value, format).toContain(version);
    expect(value, format).toContain(APP_TITLE);
  }
  await expect(dialog.getByRole('textbox', { name: 'BibTeX' })).toHaveValue(/^@misc\{/);
  await expectNoAxeViolations(page, '.cite-dialog');

  await dialog.getByRole('button', { name: 'Copy Chicago' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await dialog.getByRole('textbox', { name: 'Chicago' }).inputValue(),
  );
  // A second format copied replaces the first on the clipboard: only the second says "Copied".
  await dialog.getByRole('button', { name: 'Copy APA' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy APA' })).toHaveAccessibleDescription('Copied');
  await expect(dialog.getByRole('button', { name: 'Copy Chicago' })).toHaveAccessibleDescription('');
  await expect(dialog.getByText('Copied')).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await dialog.getByRole('textbox', { name: 'APA' }).inputValue(),
  );
  await saveScreenshot(page, 'cite-dialog-laptop');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Escape closed the dialog only, not the details behind it.
  await expect(page.locator('.details-panel')).toBeVisible();
});

test('when the clipboard is refused, Copy selects the text to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await dialog.getByRole('button', { name: 'Copy APA' }).click();
  const apa = dialog.getByRole('textbox', { name: 'APA' });
  await expect(apa).toBeFocused();
  await expect(dialog.getByText(/Selected: press Ctrl\+C/)).toBeVisible();
  const selected = await apa.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
  expect(selected).toBe(await apa.inputValue());
  await saveScreenshot(page, 'cite-dialog-phone');
});
