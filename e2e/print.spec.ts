/**
 * The app printed as it is (Ctrl+P), for a reader who does not find "Print handout": what is on
 * paper is whole, and the controls are not. The handout's own print is in share.spec.ts.
 */
import { test, expect, onTopAtItsCentre, waitForMapReady, wordsBrokenIn, type Page } from './driver.ts';

/** How far each box that scrolled on screen still hides part of what it holds, in pixels. */
const hiddenOverflow = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) =>
      els.map((el) => Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth)),
    );

test('printing an entry prints its details whole, a word on the map, and no controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?sel=relation:rus-vnm-arms-supply');
  await waitForMapReady(page);
  await page.emulateMedia({ media: 'print' });
  const details = page.getByRole('complementary', { name: /Russia → Vietnam: arms supply/ });
  // On screen the details scroll in a column; on paper that cut them after the first source.
  expect(await hiddenOverflow(page, '.details-panel, .details-body')).toEqual([0, 0]);
  await expect(details.locator('blockquote').last()).toBeVisible();
  for (const control of [
    page.getByRole('button', { name: 'Play' }),
    page.getByRole('button', { name: 'Close details' }),
  ])
    await expect(control).toBeHidden();
  // The header's tools are off the paper (clipped to nothing: they can still hold the focus).
  for (const name of ['Share & save', 'Cite this view', 'Map'])
    expect(await onTopAtItsCentre(page.getByRole('button', { name, exact: true })), name).toBe(false);
  const note = await page.locator('.stage').evaluate((el) => getComputedStyle(el, '::before').content);
  expect(note).toContain('Print handout');
});

test('printing the table prints every column within the page', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('./?view=table');
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // 928 px wide in a scrolling box: the Sources column and the last rows were off the paper.
  expect(await hiddenOverflow(page, '.table-scroll, .view-page')).toEqual([0, 0]);
  const table = (await page.getByRole('table').boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(794);
  await expect(page.getByRole('columnheader', { name: /Source\(s\)/ })).toBeVisible();
  // Each column's name whole ("Certaint/y" and "Source(/s)" had broken inside the word).
  expect(await wordsBrokenIn(page.getByRole('table'), 'thead button')).toEqual([]);
  // The word on the map is for a print of the map alone.
  expect(await page.locator('.stage').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
});

test("printing a tour's chapter prints its title and its text, even folded, across the page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?tour=3');
  await waitForMapReady(page);
  const card = page.getByRole('region', { name: /Chapter 3 of 9/ });
  await card.getByRole('button', { name: 'Hide text' }).click();
  await page.emulateMedia({ media: 'print' });
  // The card printed nothing at all: a teacher's Ctrl+P lost the chapter being taught.
  await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(card.locator('.tour-body')).toBeVisible();
  expect((await card.boundingBox())!.width).toBeGreaterThan(1000);
  for (const name of ['Show text', 'Leave the tour', 'Next'])
    await expect(card.getByRole('button', { name })).toBeHidden();
});

/** Relative luminance (0 black, 1 white) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The dark theme's colours went to paper: light grey text, on white once the browser left out the backgrounds.
test('in the dark theme the page prints dark text', async ({ page }) => {
  await page.goto('./?theme=dark&sel=relation:rus-vnm-arms-supply');
  await waitForMapReady(page);
  const text = page.locator('.app-header h1, .details-panel h2, .details-panel blockquote');
  const colours = () => text.evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
  expect((await colours()).map(luminance).every((l) => l > 0.5)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const printed = await colours();
  expect(printed.length).toBeGreaterThan(2);
  for (const colour of printed) expect(luminance(colour), colour).toBeLessThan(0.05);
});

// An embed prints in its frame's box, in an article: its line pointed to a "Share & save" it does
// not have, and its details lay over that line, cut short by the box.
test('an embed prints its title and a line for the map, not its details', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1&sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const details = page.locator('.details-panel');
  await expect(details).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(details).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const note = await page.locator('.stage').evaluate((el) => getComputedStyle(el, '::before').content);
  expect(note).toBe('"The interactive map shows on screen only."');
});
