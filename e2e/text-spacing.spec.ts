/**
 * WCAG 1.4.12, text spacing: a reader's own style sheet (line height 1.5, paragraphs 2 em apart,
 * letters 0.12 em, words 0.16 em) loses no text. Every button's label stays inside its button.
 */
import { test, expect, waitForMapReady, wordsBrokenIn, type Page } from './driver.ts';

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

test('the table’s column names stay inside their sort buttons, and break only between words', async ({ page }) => {
  await withReadersSpacing(page);
  await page.goto('./?view=table');
  await expect(page.getByRole('columnheader', { name: /Certainty/ })).toBeVisible();
  expect(await overflowingButtons(page, 'table thead')).toEqual([]);
  // "Certaint/y" and "Source(/s)": the sort icon takes the next line instead.
  expect(await wordsBrokenIn(page.getByRole('table'), 'thead button')).toEqual([]);
});

test('on a laptop the header gives its title a whole row rather than a narrow column, and the search box shows its whole hint', async ({
  page,
}) => {
  await withReadersSpacing(page);
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Search the map' });
  await expect(search).toBeEnabled();
  // The title's heading on one line: before, the tools left it a 183 px column and two lines.
  const title = page.getByRole('heading', { level: 1 });
  const lines = await title.evaluate(
    (h) => h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight),
  );
  expect(lines).toBeLessThan(1.5);
  // The hint's width in the box's own font and spacing, against the room inside the box.
  const room = await search.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const probe = Object.assign(document.createElement('span'), { textContent: input.placeholder });
    Object.assign(probe.style, {
      font: style.font,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      whiteSpace: 'pre',
    });
    document.body.append(probe);
    const hint = probe.getBoundingClientRect().width;
    probe.remove();
    return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - hint;
  });
  expect(room).toBeGreaterThanOrEqual(0);
});
