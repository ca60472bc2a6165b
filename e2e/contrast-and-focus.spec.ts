/**
 * Marks a reader must see whatever the colours: the focus ring of every button, and, in forced
 * colours (Windows high contrast), what is chosen where only a background said so.
 */
import {
  test,
  expect,
  colourBucket,
  colourCounts,
  paintedColour,
  tabTo,
  onTopAtItsCentre,
  waitForMapReady,
  type Locator,
  type Page,
} from './driver.ts';

test('the focus ring of a view button shows whole, outside the button', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('combobox', { name: 'Search the map' }).focus();
  await page.keyboard.press('Tab');
  const map = page.getByRole('button', { name: 'Map', exact: true });
  await expect(map).toBeFocused();
  // Just above the button, outside its group's frame: the group clipped the ring there.
  expect(await ringShowsAbove(page, map)).toBe(true);
});

// Each entry is skipped while off screen (content-visibility), which clips what it draws to its
// box: the ring, drawn outside the button that fills it, was not drawn at all.
test('the focus ring of an entry in the Sources shows whole, outside its button', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?view=sources');
  const entry = page.locator('.citing-button').first();
  await expect(entry).toBeVisible();
  await tabTo(page, entry);
  expect(await ringShowsAbove(page, entry)).toBe(true);
});

/** Whether the focus ring's colour runs along a strip just above `element`, outside it. */
async function ringShowsAbove(page: Page, element: Locator): Promise<boolean> {
  const box = (await element.boundingBox())!;
  const strip = { x: Math.round(box.x + 6), y: Math.round(box.y - 4), width: Math.round(box.width - 12), height: 2 };
  const counts = await colourCounts(page, await page.screenshot(), strip);
  return (counts.get(colourBucket('#0b5cad')) ?? 0) > strip.width;
}

test('in forced colours the suggestion Enter would open is marked', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Search the map' });
  await expect(box).toBeEnabled();
  await box.fill('Viet');
  // A reader moves through the list once it shows: the index loads apart and may come after the typing.
  await expect(page.locator('.search-option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-option').nth(1)).toHaveAttribute('aria-selected', 'true');
  // A background alone marked it, and forced colours drop backgrounds: every option looked the same.
  const options = page.locator('.search-option');
  const first = await paintedColour(page, options.nth(0));
  expect(await paintedColour(page, options.nth(1))).not.toBe(first);
  expect(await paintedColour(page, options.nth(2))).toBe(first);
});

test('in forced colours the entry shown is marked in “On the map now”', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?sel=relation:rus-vnm-arms-supply');
  await waitForMapReady(page);
  await page.getByText(/On the map now/).click();
  const current = page.locator('.in-view button[aria-current="true"]');
  await expect(current).toHaveText(/Russia → Vietnam: arms supply/);
  const other = page.locator('.in-view button:not([aria-current="true"])').first();
  expect(await paintedColour(page, current)).not.toBe(await paintedColour(page, other));
});

/**
 * Tabs once round the page: how many stops it made, and those another element covered whole
 * (WCAG 2.4.11): none of the focused control's centre and corners is on top where the reader looks.
 */
async function tabRound(page: Page): Promise<{ stops: number; covered: string[] }> {
  const covered: string[] = [];
  let stops = 0;
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const seen = ((window as { tabStopsSeen?: WeakSet<Element> }).tabStopsSeen ??= new WeakSet());
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (seen.has(el)) return 'round';
      seen.add(el);
      const box = el.getBoundingClientRect();
      const points = [
        [0.5, 0.5],
        [0.1, 0.1],
        [0.9, 0.1],
        [0.1, 0.9],
        [0.9, 0.9],
      ].map(([fx, fy]) => [box.left + fx * box.width, box.top + fy * box.height]);
      const onTop = points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && (el.contains(hit) || hit.contains(el));
      });
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return onTop ? 'in sight' : `${el.tagName.toLowerCase()} "${name}"`;
    });
    if (stop === 'round') break;
    if (stop) stops++;
    if (stop && stop !== 'in sight') covered.push(stop);
  }
  return { stops, covered };
}

// Some twenty Tab stops lay between the top of the page and the map: the header's tools and the side panel's.
test('the first Tab stop skips to the map, seen where it is, and leaves the address as it was', async ({ page }) => {
  await page.goto('./?layers=arms');
  await waitForMapReady(page);
  const address = page.url();
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  expect(await onTopAtItsCentre(skip)).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  await expect(skip).not.toBeInViewport();
  expect(page.url()).toBe(address);
});

// MapLibre's attribution stayed in the Tab order under the table (it makes itself visible), under an
// entry's details on a laptop and in an embed, and under a phone's details sheet and tour card,
// with the timeline under the sheet.
for (const { where, width, height, query, mobile } of [
  { where: 'the table on a laptop', width: 1366, height: 768, query: '?view=table', mobile: false },
  { where: 'an entry on a laptop', width: 1366, height: 768, query: '?sel=relation:rus-ind-oil', mobile: false },
  { where: 'an entry on a phone', width: 390, height: 844, query: '?sel=relation:rus-ind-oil', mobile: true },
  { where: 'a tour chapter on a phone', width: 390, height: 844, query: '?tour=3', mobile: true },
  { where: 'an entry in an embed', width: 640, height: 480, query: '?embed=1&sel=relation:rus-ind-oil', mobile: false },
]) {
  test.describe(where, () => {
    test.use({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
    test('Tab stops only where the reader can see the focus', async ({ page }) => {
      await page.goto(`./${query}`);
      await waitForMapReady(page);
      await expect(page.locator('.maplibregl-ctrl-attrib')).toBeAttached();
      const { stops, covered } = await tabRound(page);
      // Round the header's controls at least: a focus stuck on the page would cover nothing.
      expect(stops).toBeGreaterThan(5);
      expect(covered).toEqual([]);
    });
  });
}
