/**
 * Marks a reader must see whatever the colours: the focus ring of every button, and, in forced
 * colours (Windows high contrast), what is chosen where only a background said so.
 */
import { test, expect, colourBucket, colourCounts, paintedColour, waitForMapReady } from './driver.ts';

test('the focus ring of a view button shows whole, outside the button', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('combobox', { name: 'Search the map' }).focus();
  await page.keyboard.press('Tab');
  const map = page.getByRole('button', { name: 'Map', exact: true });
  await expect(map).toBeFocused();
  // Just above the button, outside its group's frame: the group clipped the ring there.
  const box = (await map.boundingBox())!;
  const strip = { x: Math.round(box.x + 6), y: Math.round(box.y - 4), width: Math.round(box.width - 12), height: 2 };
  const counts = await colourCounts(page, await page.screenshot(), strip);
  const ring = counts.get(colourBucket('#0b5cad')) ?? 0;
  expect(ring).toBeGreaterThan(strip.width);
});

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
