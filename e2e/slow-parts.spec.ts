/**
 * The parts that load apart (src/ui/lazy-part.ts) on a slow connection: what a reader does right
 * after the map appears, before the browser has idled and fetched them, is kept and done once
 * their code is there. Each test holds one part's script until it releases it.
 */
import { test, expect, holdScripts, waitForMapReady, type Page } from './driver.ts';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the map' });
const detailsHeading = (page: Page) => page.locator('.details-panel').getByRole('heading', { level: 2 });

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
