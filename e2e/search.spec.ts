/**
 * The header's search box as a reader uses it: type, read the suggestions, choose with the
 * keyboard or the mouse, and land on the map with the entry selected; plus an accessibility
 * scan of the open list.
 */
import {
  test,
  expect,
  saveScreenshot,
  axeViolations,
  waitForMapReady,
  renderedFlowIds,
  mapPicture,
  changedPixels,
  drawnMarkers,
  waitForIdle,
  serveChangedDataset,
  type Page,
} from './driver.ts';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the map' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');

async function openApp(page: Page, query = '') {
  await page.goto(`./${query}`);
  // The box is disabled ("Loading…") until the dataset has arrived.
  await expect(box(page)).toBeEnabled();
}

test('typing "Myan" suggests Myanmar first; Enter selects it on the map and clears the box', async ({ page }) => {
  await openApp(page);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await box(page).fill('Myan');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(suggestions(page).first()).toHaveText(/^Myanmar\s*Country$/);
  const n = await suggestions(page).count();
  expect(n).toBeGreaterThan(1);
  expect(n).toBeLessThanOrEqual(8);
  // Every suggestion says what kind of thing it is.
  for (const text of await suggestions(page).allInnerTexts())
    expect(text).toMatch(/(Country|Organisation|Group|Region|Place|Relation|Event|Route)$/);
  await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=country:MMR(&|$)/);
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

// The UN's seat in New York was chosen as bare coast: its events and ties are on Diplomacy, off by default.
test('a place chosen in search is drawn, its layer turned on, though nothing shown was there', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('checkbox', { name: /^Diplomacy/ })).not.toBeChecked();
  await box(page).fill('United Nations Headquarters');
  await expect(suggestions(page).first()).toHaveText(/^United Nations Headquarters, New York\s*Place$/);
  await page.keyboard.press('Enter');
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('United Nations Headquarters, New York');
  await expect(page.getByRole('checkbox', { name: /^Diplomacy/ })).toBeChecked();
  await expect(details.getByRole('heading', { level: 3, name: /^Events here/ })).toHaveText('Events here (3)');
  await waitForIdle(page);
  expect((await drawnMarkers(page)).filter((m) => m.id === 'new-york')).toHaveLength(1);
});

test('two entries of one title are told apart in the suggestions by their dates', async ({ page }) => {
  // No two entries share a title today; an event held again would (relations cannot: the validator).
  await serveChangedDataset<{ events: { id: string; date: string }[] }>(page, (data) => {
    const held = data.events.find((e) => e.id === 'khabarovsk-protests-2020')!;
    data.events.push({ ...held, id: 'khabarovsk-protests-again', date: '2021-07-11' });
  });
  await openApp(page);
  await box(page).fill('Protests in Khabarovsk');
  await expect(suggestions(page)).toHaveText([/Event, 11 July 2020$/, /Event, 11 July 2021$/]);
});

test('the suggestion Enter would open is lit on the map while the list is open', async ({ page }) => {
  await openApp(page);
  await waitForMapReady(page);
  // The map right of the suggestions, which drop over its left.
  await box(page).fill('Naypyidaw');
  const right = (await page.getByRole('listbox', { name: 'Suggestions' }).boundingBox())!;
  await box(page).fill('');
  const picture = () => mapPicture(page, { left: right.x + right.width + 1 });
  const before = await picture();
  const offset = (await page.locator('.maplibregl-canvas').boundingBox())!.x;
  const naypyidaw = (await drawnMarkers(page)).find((m) => m.id === 'naypyidaw')!;

  await box(page).fill('Naypyidaw');
  await expect(suggestions(page).first()).toHaveText(/^Naypyidaw\s*Place$/);
  await expect.poll(async () => (await changedPixels(page, before, await picture())).count).toBeGreaterThan(100);
  // A ring round its marker, and nothing else.
  const ring = (await changedPixels(page, before, await picture())).box!;
  const x = naypyidaw.x - (right.x + right.width + 1 - offset);
  expect(Math.abs((ring.left + ring.right) / 2 - x)).toBeLessThan(3);
  expect(Math.abs((ring.top + ring.bottom) / 2 - naypyidaw.y)).toBeLessThan(3);
  expect(ring.right - ring.left).toBeLessThan(2 * naypyidaw.radius + 20);

  // Closed, the list lights nothing.
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await changedPixels(page, before, await picture())).count).toBe(0);
});

// "Myanmar" listed the country, the junta, three ties whose titles start with Myanmar and three
// events: none of Russia's ties with Myanmar, its arms among them.
test('typing a country’s name lists its ties with Russia, its arms among them', async ({ page }) => {
  await openApp(page);
  await box(page).fill('Myanmar');
  await expect(suggestions(page).first()).toHaveText(/^Myanmar\s*Country$/);
  const arms = suggestions(page).filter({ hasText: 'Russia → Myanmar: arms supply' });
  await expect(arms).toHaveCount(1);
  await arms.click();
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Russia → Myanmar: arms supply',
  );
});

test('arrow keys move through the suggestions and Escape closes then clears', async ({ page }) => {
  await openApp(page);
  await box(page).fill('russia');
  await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const second = suggestions(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'false');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // Up from the first wraps to the last.
  await expect(suggestions(page).last()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page)).toHaveValue('russia');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');

  await box(page).fill('qqqzzz');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toHaveCount(1);
});

test('a suggestion chosen with the keyboard takes the focus to its details', async ({ page }) => {
  await openApp(page);
  await box(page).fill('Myan');
  // A reader moves through the list once it shows: the index loads apart and may come after the typing.
  await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(suggestions(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  const label = await suggestions(page).nth(1).locator('.search-label').innerText();
  await page.keyboard.press('Enter');
  // On a phone the keyboard goes away from over the details; with a keyboard, no Tabs to reach them.
  const heading = page.locator('.details-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(label);
  await expect(heading).toBeFocused();
});

test('a click on a suggestion opens it on the map, even from the Table view', async ({ page }) => {
  await openApp(page, '?view=table');
  await box(page).fill('moscow');
  const moscow = suggestions(page).filter({ hasText: /^Moscow\s*Place$/ });
  await moscow.click();
  await expect(page).toHaveURL(/sel=place:moscow(&|$)/);
  await expect(page).not.toHaveURL(/view=table/);
  await expect(page.getByRole('region', { name: 'Entries as a table' })).toHaveCount(0);
});

test('the open suggestion list has no WCAG A/AA violations', async ({ page }) => {
  await openApp(page);
  await box(page).fill('chin');
  await expect(suggestions(page).first()).toBeVisible();
  expect(await axeViolations(page, '.search-box')).toEqual([]);
  await saveScreenshot(page, 'search-open-1366x768');
});

test('on a phone the search box fits the header and its list fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await box(page).fill('myan');
  await expect(suggestions(page).first()).toBeVisible();
  const list = await page.getByRole('listbox', { name: 'Suggestions' }).boundingBox();
  expect(list!.x).toBeGreaterThanOrEqual(0);
  expect(list!.x + list!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'search-open-390x844');
});

test('an entry chosen on a layer that is off turns the layer on: the map shows it', async ({ page }) => {
  await openApp(page);
  await waitForMapReady(page);
  const diplomacy = page.getByRole('checkbox', { name: /^Diplomacy/ });
  await expect(diplomacy).not.toBeChecked();
  await box(page).fill('Kyrgyzstan Collective');
  await suggestions(page)
    .filter({ hasText: /^Kyrgyzstan → Collective Security Treaty Organization/ })
    .click();
  await expect(page).toHaveURL(/sel=relation:kgz-csto(&|$)/);
  await expect(diplomacy).toBeChecked();
  await expect.poll(() => renderedFlowIds(page)).toContain('kgz-csto');
});

test('a link to an entry on a layer it leaves off opens with that layer on', async ({ page }) => {
  await page.goto('./?sel=relation:kgz-csto');
  await waitForMapReady(page);
  await expect(page.getByRole('checkbox', { name: /^Diplomacy/ })).toBeChecked();
  await expect(page).toHaveURL(/layers=[^&]*diplomacy/);
  await expect.poll(() => renderedFlowIds(page)).toContain('kgz-csto');
});

test('an organisation chosen whose one tie is on a layer that is off turns the layer on: the map shows the tie', async ({
  page,
}) => {
  await openApp(page);
  await waitForMapReady(page);
  const security = page.getByRole('checkbox', { name: /^Security/ });
  await expect(security).not.toBeChecked();
  await box(page).fill('Quad');
  await suggestions(page)
    .filter({ hasText: /^The Quad/ })
    .click();
  await expect(page).toHaveURL(/sel=actor:QUAD(&|$)/);
  await expect(security).toBeChecked();
  await expect.poll(() => renderedFlowIds(page)).toContain('ind-quad');
  // So does a link to it, which names no layers.
  await page.goto('./?sel=actor:QUAD');
  await waitForMapReady(page);
  await expect(security).toBeChecked();
  await expect(page).toHaveURL(/layers=[^&]*security/);
});

test('closing the details of an entry chosen by search gives the focus back to the search box', async ({ page }) => {
  await openApp(page);
  const details = page.locator('.details-panel');
  for (const close of ['the close button', 'Escape']) {
    await box(page).fill('Myan');
    await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else {
      await page.keyboard.press('Tab');
      await expect(details.getByRole('button', { name: 'Close details' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(details).toBeHidden();
    // It fell to the page's body: a keyboard reader started again from the header.
    await expect(box(page), close).toBeFocused();
  }
});
