/**
 * WCAG 1.4.12, text spacing: a reader's own style sheet (line height 1.5, paragraphs 2 em apart,
 * letters 0.12 em, words 0.16 em) loses no text. Every button's label stays inside its button.
 */
import { test, expect, waitForMapReady, type Page } from './driver.ts';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

// A reader's style sheet is theirs, not the page's: the page's policy does not apply to it.
test.use({ bypassCSP: true, viewport: { width: 1366, height: 768 } });

async function withReadersSpacing(page: Page) {
  await page.addInitScript((css) => {
    const add = () => document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add);
  }, SPACING);
}

/** The visible buttons in `scope` whose label runs past their edge. */
function overflowingButtons(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(scope)
    .evaluate((root) =>
      [...root.querySelectorAll('button')]
        .filter((b) => b.getClientRects().length > 0 && b.scrollWidth > b.clientWidth + 1)
        .map((b) => `${b.textContent}: ${b.scrollWidth} > ${b.clientWidth}`),
    );
}

test('the Share dialog’s downloads keep their names inside their buttons', async ({ page }) => {
  await withReadersSpacing(page);
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Share & save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and save this view' });
  await expect(dialog.getByRole('button', { name: 'Source references (CSL-JSON)' })).toBeVisible();
  expect(await overflowingButtons(page, '.share-dialog')).toEqual([]);
});

test('the table’s column names stay inside their sort buttons', async ({ page }) => {
  await withReadersSpacing(page);
  await page.goto('./?view=table');
  await expect(page.getByRole('columnheader', { name: /Certainty/ })).toBeVisible();
  expect(await overflowingButtons(page, 'table thead')).toEqual([]);
});
