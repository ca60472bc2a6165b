/**
 * The Table view as a reader uses it: open it from the header, sort, filter, choose a row to
 * see it on the map; plus the side panel's plain-language summary, an accessibility scan and
 * screenshots at a phone's, a laptop's and a desktop's size.
 */
import {
  test,
  expect,
  saveScreenshot,
  axeViolations,
  waitForIdle,
  colourBucket,
  colourCounts,
  markedLastChosen,
  wordsBrokenIn,
  shiftTabFromUnder,
  type Page,
} from './driver.ts';

/** Opens the app and the Table view the way a reader does: the "Table" button in the header. */
async function openTable(page: Page, query = '') {
  await page.goto(`./${query}`);
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const section = page.getByRole('region', { name: 'Entries as a table' });
  await expect(section).toBeVisible();
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
  return section;
}

const table = (page: Page) => page.getByRole('table');
const firstRowName = (page: Page) => table(page).locator('tbody tr').first().getByRole('rowheader').innerText();
/** The count over the table, as a reader sees it (screen readers hear it once the typing pauses). */
const count = (page: Page) => page.locator('.table-count');

/** "12 of 114 entries" → [12, 114]. */
async function readCount(page: Page): Promise<[number, number]> {
  const [, shown, total] = (await count(page).innerText()).match(/(\d+) of (\d+) entries/)!;
  return [Number(shown), Number(total)];
}

/** The relations, events and routes in the dataset the app serves, to know what to expect. */
async function datasetOf(page: Page) {
  const response = await page.request.get('generated/dataset.json');
  return (await response.json()) as {
    relations: { id: string; from: string; to: string; value?: { amount: number; unit: string } }[];
    events: unknown[];
    routes: { features: unknown[] };
    actors: { id: string; name: string }[];
  };
}

test('the table lists every entry, sorts by date and value, and filters by text and layer', async ({ page }) => {
  await openTable(page);
  await expect(page).toHaveURL(/view=table/);
  const data = await datasetOf(page);
  const all = data.relations.length + data.events.length + data.routes.features.length;
  // By default the table shows what the map shows; unticking the box shows every entry.
  await page.getByRole('checkbox', { name: 'Only what the map shows now' }).uncheck();
  expect(await readCount(page)).toEqual([all, all]);

  // Sorting by date: the header says so, and reversing it brings another entry to the top.
  const dateHeader = table(page).getByRole('columnheader', { name: 'Period / date' });
  await expect(dateHeader).not.toHaveAttribute('aria-sort');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const earliest = await firstRowName(page);
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => firstRowName(page)).not.toBe(earliest);

  // Sorting by value, largest first: the largest dollar figure of the dataset heads the table.
  const valueHeader = table(page).getByRole('columnheader', { name: 'Figures' });
  await valueHeader.getByRole('button').click();
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(dateHeader).not.toHaveAttribute('aria-sort');
  const top = data.relations
    .filter((r) => r.value?.unit === 'USD')
    .reduce((a, b) => (b.value!.amount > a.value!.amount ? b : a));
  const name = (id: string) => data.actors.find((a) => a.id === id)!.name;
  await expect(table(page).locator('tbody tr').first().getByRole('rowheader')).toContainText(
    `${name(top.from)} → ${name(top.to)}`,
  );

  // Filtering by text: fewer rows, each about Myanmar.
  await page.getByRole('searchbox', { name: 'Filter', exact: true }).fill('Myanmar');
  await expect.poll(async () => (await readCount(page))[0]).toBeLessThan(all);
  const [myanmar] = await readCount(page);
  expect(myanmar).toBeGreaterThan(0);
  await expect(table(page).locator('tbody tr')).toHaveCount(myanmar);
  // Text content, not innerText: rows off screen are not laid out until scrolled to, and have none.
  for (const text of await table(page).locator('tbody tr').allTextContents()) expect(text).toMatch(/myanmar/i);

  // And by layer: fewer still, all in the arms layer.
  await page.getByRole('combobox', { name: 'Layer', exact: true }).selectOption({ label: 'Arms' });
  await expect.poll(async () => (await readCount(page))[0]).toBeLessThan(myanmar);
  const armsCells = await table(page).locator('tbody td.col-layer').allTextContents();
  expect(armsCells.length).toBeGreaterThan(0);
  for (const text of armsCells) expect(text).toBe('Arms');
  // The certainties are offered as the cells and the details write them.
  await expect(page.getByRole('combobox', { name: 'Certainty' }).getByRole('option')).toHaveText([
    'Any',
    'Stated',
    'Reported',
    'Planned',
    'Disputed',
  ]);

  // Cleared with the keyboard: the focus stays on the button, which now says it has nothing to clear.
  const clear = page.getByRole('button', { name: 'Clear filters' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => readCount(page)).toEqual([all, all]);
  await expect(page.getByRole('searchbox', { name: 'Filter', exact: true })).toHaveValue('');
  await expect(clear).toBeFocused();
  await expect(clear).toBeDisabled();
});

test('"Only what the map shows now" follows the map’s layers', async ({ page }) => {
  await openTable(page, '?layers=arms');
  const checkbox = page.getByRole('checkbox', { name: 'Only what the map shows now' });
  await expect(checkbox).toBeChecked();
  const [armsOnly, all] = await readCount(page);
  expect(armsOnly).toBeLessThan(all);
  const layerCells = await table(page).locator('tbody td.col-layer').allTextContents();
  expect(layerCells).toHaveLength(armsOnly);
  expect(armsOnly).toBeGreaterThan(0);
  for (const text of layerCells) expect(text).toBe('Arms');
  // Turning a layer on in the side panel adds its entries at once.
  await page.getByRole('checkbox', { name: /^Energy and trade/ }).check();
  await expect.poll(async () => (await readCount(page))[0]).toBeGreaterThan(armsOnly);
  await checkbox.uncheck();
  expect(await readCount(page)).toEqual([all, all]);
});

// Security chosen here while it was off on the map listed nothing: "No entries match these filters."
test('a table emptied by the map’s layers says so, and how many entries unticking the box brings', async ({ page }) => {
  await openTable(page);
  await page.getByRole('combobox', { name: 'Layer', exact: true }).selectOption({ label: 'Security' });
  await expect(table(page).locator('tbody tr')).toHaveCount(0);
  const note = page.locator('.table-empty');
  await expect(note).toHaveText(
    /^None of the \d+ entries these filters match is on the map now: untick “Only what the map shows now” to list them\.$/,
  );
  const offMap = Number((await note.innerText()).match(/\d+/)![0]);
  await page.getByRole('checkbox', { name: 'Only what the map shows now' }).uncheck();
  await expect(table(page).locator('tbody tr')).toHaveCount(offMap);
  await page.getByRole('searchbox', { name: 'Filter', exact: true }).fill('no such words at all');
  await expect(note).toHaveText('No entries match these filters.');
});

test('a screen reader hears the count once, from its status, once the typing pauses', async ({ page }) => {
  await openTable(page, '?layers=arms');
  const [shown, total] = await readCount(page);
  const counts = async () => (await page.locator('main').ariaSnapshot()).match(/\d+ of \d+ entries/g);
  expect(await counts()).toEqual([`${shown} of ${total} entries`]);
  await page.getByRole('checkbox', { name: 'Only what the map shows now' }).uncheck();
  await expect.poll(counts).toEqual([`${total} of ${total} entries`]);
  await expect(page.getByRole('status').filter({ hasText: 'entries' })).toHaveText(`${total} of ${total} entries`);
});

test('choosing a row opens it on the map', async ({ page }) => {
  await openTable(page);
  const row = table(page).locator('tbody tr').nth(2);
  const key = await row.getAttribute('data-key');
  expect(key).toMatch(/^(relation|event|route):/);
  // With the keyboard, as a reader who does not use a mouse would.
  await row.getByRole('rowheader').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`sel=${key}(&|$)`));
  await expect(page).not.toHaveURL(/view=table/);
  await expect(page.getByRole('region', { name: 'Entries as a table' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Map' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The row went away with the table: the focus is on the details of the entry chosen.
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toBeFocused();
});

test('choosing a row is one step: Back returns to the table as it was left', async ({ page }) => {
  await openTable(page);
  await expect(page).toHaveURL(/view=table/);
  const before = await page.evaluate(() => history.length);
  const row = table(page).locator('tbody tr').first();
  const key = (await row.getAttribute('data-key'))!;
  await row.getByRole('rowheader').getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`sel=${key}(&|$)`));
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/view=table/);
  await expect(page).not.toHaveURL(/sel=/);
  await expect(page.getByRole('region', { name: 'Entries as a table' })).toBeVisible();
});

// The table came back at its top: a reader who had scrolled to the twelfth row had to find it again.
test('Back from the map, the table shows the row chosen, where the reader left it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTable(page);
  const row = table(page).locator('tbody tr').nth(11);
  // Scrolled to, as its reader did: a row off screen is laid out, and has text, only once in view.
  await row.scrollIntoViewIfNeeded();
  await expect.poll(() => row.getByRole('rowheader').innerText()).not.toBe('');
  const name = await row.getByRole('rowheader').innerText();
  await row.getByRole('rowheader').getByRole('button').click();
  await expect(page).toHaveURL(/sel=/);
  await page.goBack();
  await expect(page).toHaveURL(/view=table/);
  await expect(table(page).getByRole('rowheader', { name })).toBeInViewport();
  await expect(table(page).locator('tbody tr').first()).not.toBeInViewport();
  // The focus, lost with the details that held it, is on the row's name: Tab goes on from there.
  await expect(row.getByRole('rowheader').getByRole('button')).toBeFocused();
  // And marks it, as it does no other row.
  const rows = table(page).locator('tbody tr');
  expect(await markedLastChosen(page, rows.nth(11))).toBe(true);
  expect(await markedLastChosen(page, rows.nth(10))).toBe(false);
  expect(await markedLastChosen(page, rows.nth(12))).toBe(false);
});

// The table opened on its first rows: a reader who had the entry open beside it, or followed a link
// to it, had to look for its row (reader's check).
for (const [device, width, height] of [
  ['laptop', 1366, 768],
  ['phone', 390, 844],
] as const) {
  test(`on a ${device}, opened on an entry the map has selected, the table shows its row, marked, and leaves the focus alone`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?sel=relation:rus-vnm-arms-supply&view=table');
    const rows = table(page).locator('tbody tr');
    const row = rows.filter({ has: page.getByRole('rowheader', { name: /^Russia → Vietnam\s+arms supply$/ }) });
    // Whole, above the timeline (on a phone it was laid out below its top).
    await expect(row).toBeInViewport();
    const timelineTop = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!.y;
    await expect.poll(() => row.evaluate((r) => r.getBoundingClientRect().bottom)).toBeLessThanOrEqual(timelineTop);
    await expect(rows.first()).not.toBeInViewport();
    expect(await markedLastChosen(page, row)).toBe(true);
    expect(await markedLastChosen(page, rows.first())).toBe(false);
    // Chosen on the map, not in this list: the keyboard starts from the page's top, as on any page.
    await expect(row.getByRole('button')).not.toBeFocused();
  });
}

test('the filters and the sort outlast a visit to the map', async ({ page }) => {
  await openTable(page);
  const filter = page.getByRole('searchbox', { name: 'Filter', exact: true });
  await filter.fill('Myanmar');
  const dateHeader = table(page).getByRole('columnheader', { name: 'Period / date' });
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const [shown] = await readCount(page);
  const first = await firstRowName(page);

  // The reader looks at the first entry on the map, then comes back by the header's Table button.
  await table(page).locator('tbody tr').first().getByRole('rowheader').getByRole('button').click();
  await expect(page.locator('.details-panel h2')).toBeVisible();
  const tableButton = page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Table' });
  await tableButton.click();
  await expect(filter).toHaveValue('Myanmar');
  // The focus stays where the reader put it, on the header's button.
  await expect(tableButton).toBeFocused();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  expect((await readCount(page))[0]).toBe(shown);
  expect(await firstRowName(page)).toBe(first);
});

test('on a phone, a row chosen in the table is framed in the map above the details sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Jumps instead of flying, so the test reads where the camera lands, not where it passes.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTable(page);
  await table(page).getByRole('button', { name: 'Russia → Myanmar' }).first().click();
  await expect(page.getByRole('heading', { name: 'Russia → Myanmar: arms supply' })).toBeVisible();
  await waitForIdle(page);
  // Moscow and Naypyidaw, the flow's two ends, lie in the part of the map the sheet leaves visible.
  const ends = await page.evaluate(() => {
    const map = window.pivotMap!;
    const box = map.getContainer().getBoundingClientRect();
    const sheetTop = document.querySelector('.details-panel')!.getBoundingClientRect().top;
    const visible = { width: box.width, height: sheetTop - box.top };
    const inside = ([lng, lat]: [number, number]) => {
      const point = map.project([lng, lat]);
      // On the globe a point on the far side projects too: it must also unproject to itself.
      const back = map.unproject(point);
      const facing = Math.abs(back.lng - lng) < 0.5 && Math.abs(back.lat - lat) < 0.5;
      return facing && point.x >= 0 && point.x <= visible.width && point.y >= 0 && point.y <= visible.height;
    };
    return { visibleHeight: visible.height, moscow: inside([37.62, 55.75]), naypyidaw: inside([96.13, 19.76]) };
  });
  expect(ends.visibleHeight).toBeGreaterThan(150);
  expect(ends).toMatchObject({ moscow: true, naypyidaw: true });
  await saveScreenshot(page, 'table-row-on-phone-map');
});

test('on a phone each entry reads down the screen, figures, summary and sources, with nothing off to the side', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page);
  const row = table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .first();
  await row.scrollIntoViewIfNeeded();
  // Still a table to assistive technology: a row of a header and its cells.
  await expect(row.getByRole('rowheader')).toHaveText(/Russia → Myanmar/);
  const cells = row.getByRole('cell');
  await expect(cells).toHaveCount(7);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(cells.filter({ hasText: 'second-largest arms source' })).toBeInViewport();
  const sideways = await page
    .getByRole('region', { name: /Relations, events and routes/ })
    .evaluate((region) => region.scrollWidth - region.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  // A card, not a screen-tall row.
  expect((await row.boundingBox())!.height).toBeLessThan(400);
  expect(await axeViolations(page, '.table-view')).toEqual([]);
});

test('on a phone the first entry shows on the first screen, the sort buttons in one row that scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page);
  // Wrapped, the eight buttons took three rows, and the first card began at the foot of the screen.
  const buttons = table(page).getByRole('columnheader').getByRole('button');
  await expect(buttons).toHaveCount(8);
  const tops = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const firstRow = table(page).locator('tbody tr').first();
  const timelineTop = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!.y;
  const figure = (await firstRow.locator('.figure strong').first().boundingBox())!;
  expect(figure.y + figure.height).toBeLessThanOrEqual(timelineTop);
  // The last button is reached from the keyboard, scrolled into view whole, and sorts.
  const last = buttons.last();
  await buttons.nth(6).focus();
  await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(table(page).getByRole('columnheader', { name: /Source/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('on a phone a card’s short facts are ruled apart, with no rule before one that begins a line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page, '?layers=arms,china');
  // Each fact (type, layer, certainty, date) as drawn: the line it is on, and whether its rule shows,
  // that is, lies inside the card's border (the card clips what lies outside it).
  const facts = await table(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.slice(0, 12).map((row) => {
        const inner = row.getBoundingClientRect().left + row.clientLeft;
        const cells = [...row.querySelectorAll<HTMLElement>('.col-type, .col-layer, .col-certainty, .col-date')];
        const tops = cells.map((c) => Math.round(c.getBoundingClientRect().top));
        return cells.map((c, i) => ({
          beginsLine: i === 0 || tops[i]! > tops[i - 1]! + 2,
          ruleShows: getComputedStyle(c).borderLeftWidth !== '0px' && c.getBoundingClientRect().left >= inner - 0.5,
        }));
      }),
    );
  const all = facts.flat();
  // Some card's facts take two lines at this width (China → Myanmar's "China's presence"), or the
  // check below would prove nothing.
  expect(facts.some((row) => row.slice(1).some((f) => f.beginsLine))).toBe(true);
  for (const fact of all) expect(fact.ruleShows).toBe(!fact.beginsLine);
});

// Where the columns do not fit, the rows are cards. They ran off to the right of a box that showed
// less than one row: on a tablet upright the summary and the sources were cut off.
for (const { where, width, height, query } of [
  { where: 'on a tablet upright', width: 820, height: 1180, query: '' },
  { where: 'on a tablet on its side, beside the side panel', width: 1180, height: 820, query: '' },
  { where: 'on a laptop with an entry’s details open', width: 1366, height: 768, query: '?sel=relation:rus-ind-oil' },
]) {
  test(`${where} (${width}×${height}) each entry reads down the page as a card, nothing cut off at the side`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTable(page, query);
    const region = page.getByRole('region', { name: /Relations, events and routes/ });
    const edge = await region.evaluate((r) => r.getBoundingClientRect().right);
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    const rows = table(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    for (const row of [rows.first(), rows.nth(5)]) {
      await row.scrollIntoViewIfNeeded();
      for (const cell of await row.locator('th:visible, td:visible').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(edge + 0.5);
      }
      // Read whole: the card fits the screen, its summary and sources in view with its name.
      await expect(row.getByRole('rowheader')).toBeInViewport();
      await expect(row.locator('.col-sources')).toBeInViewport();
    }
    // The page scrolls down through the cards: the column names scroll away, not stuck over them.
    await expect(table(page).getByRole('columnheader', { name: 'Summary' })).not.toBeInViewport();
    // Still sorted from the names, as buttons.
    await page.getByRole('button', { name: 'Period / date' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Period / date' }).click();
    await expect(table(page).getByRole('columnheader', { name: 'Period / date' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(await axeViolations(page, '.table-view')).toEqual([]);
    await saveScreenshot(page, `table-cards-${width}x${height}`);
  });
}

test('the summary says what the view shows, and changes with the layers', async ({ page }) => {
  await page.goto('./');
  const summary = page.getByRole('region', { name: 'In this view' }).getByRole('paragraph');
  await expect(summary).toHaveText(/^Showing (all 7|\d of 7) layers\b.*: \d+ relations/);
  const byDefault = await summary.innerText();

  await page.goto('./?layers=arms');
  await expect(summary).toHaveText(/^Showing 1 of 7 layers \(Arms\): \d+ arms relations? \(Russia with /);
  expect(await summary.innerText()).not.toBe(byDefault);

  await page.goto('./?layers=arms,energy,rail,security,diplomacy,far-east,china&year=2015&mode=at');
  await expect(summary).toHaveText(/^Showing all 7 layers, in 2015: \d+ relations/);

  await page.goto('./?layers=');
  await expect(summary).toHaveText('No layers are shown. Turn on a layer to see its entries.');
});

test('the table view has no WCAG A/AA violations', async ({ page }) => {
  await openTable(page);
  expect(await axeViolations(page, '.table-view')).toEqual([]);
});

/** Column names that break inside a word: a word whose letters lie on more than one line. */
function namesBrokenInsideAWord(page: Page): Promise<string[]> {
  return wordsBrokenIn(table(page), 'thead button'); // the name is its first text; the sort icon follows it
}

/** The sources named in the rows whose name takes more than one line. */
function sourcesOnTwoLines(page: Page): Promise<string[]> {
  return table(page)
    .locator('tbody .source')
    .evaluateAll((sources) =>
      sources
        .filter((source) => {
          const range = document.createRange();
          range.selectNodeContents(source);
          return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1;
        })
        .map((source) => source.textContent!),
    );
}

for (const [width, height, longNames] of [
  [1280, 800, ['The Diplomat 2022', 'Eurasia Daily Monitor 2020']],
  [1366, 768, ['The Diplomat 2022', 'Eurasia Daily Monitor 2020']],
  [1920, 1080, ['Eurasia Daily Monitor 2020']],
] as const) {
  test(`at ${width}×${height} each column's name and each layer's name break only between words, and the rows need no sideways scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openTable(page);
    expect(await namesBrokenInsideAWord(page)).toEqual([]);
    // Nor does a layer's name ("Rail and connectivit/y").
    await expect(table(page).locator('td.col-layer', { hasText: 'Rail and connectivity' }).first()).toBeVisible();
    expect(await wordsBrokenIn(table(page), 'td.col-layer span')).toEqual([]);
    // A source's short name takes one line, but for the longest ones ("PacNet 2021" had taken two).
    const wrapped = await sourcesOnTwoLines(page);
    expect(wrapped.filter((name) => !(longNames as readonly string[]).includes(name))).toEqual([]);
    // A sorted column's arrow takes the place of its ↕.
    await table(page).getByRole('button', { name: 'Certainty' }).click();
    await expect(table(page).getByRole('columnheader', { name: 'Certainty' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(await namesBrokenInsideAWord(page)).toEqual([]);
    const sideways = await page.locator('.table-scroll').evaluate((region) => region.scrollWidth - region.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
  });
}

// The rows had a box of their own under the filters, 315 px tall on this laptop: one row at a time.
test('on a laptop the page scrolls down through the rows, the column names staying at its top, ruled off from them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const view = await openTable(page);
  await table(page).locator('tbody tr').first().hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => view.evaluate((v) => v.scrollTop)).toBeGreaterThan(300);
  // The filters have scrolled away; the names are at the top of the page (1 px past it, table.css), the rows fill the rest.
  await expect(page.getByRole('searchbox', { name: 'Filter' })).not.toBeInViewport();
  // The names' row: Type, Layer and Certainty stacked in one column on this laptop.
  const names = table(page).getByRole('rowgroup').first();
  const [head, page0] = [(await names.boundingBox())!, (await view.boundingBox())!];
  expect(Math.abs(head.y - page0.y)).toBeLessThanOrEqual(2);
  expect(page0.height - head.height).toBeGreaterThan(500);
  // The row's last two pixel rows: the rule's colour, not the rows' text or background.
  const rule = {
    x: Math.round(head.x),
    y: Math.round(head.y + head.height) - 2,
    width: Math.round(head.width),
    height: 2,
  };
  const counts = await colourCounts(page, await page.screenshot(), rule);
  expect((counts.get(colourBucket('#d9d4ca')) ?? 0) / (rule.width * rule.height)).toBeGreaterThan(0.9);
});

// Type, layer and certainty took a column each: the summary had 242 px, and the first entry alone
// was taller than the page's room below the names.
test('on a laptop a row’s type, layer and certainty read under each other, each with a capital, and three entries show whole below the column names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const view = await openTable(page);
  const first = table(page).locator('tbody tr').first();
  const cell = (name: string) => first.locator(`td.col-${name}`);
  const [type, layer, certainty] = await Promise.all(['type', 'layer', 'certainty'].map((c) => cell(c).boundingBox()));
  expect(layer!.x).toBe(type!.x);
  expect(certainty!.x).toBe(type!.x);
  expect(layer!.y).toBeGreaterThan(type!.y);
  expect(certainty!.y).toBeGreaterThan(layer!.y);
  // Each begins with a capital, as the layer's name does (as drawn: the words in the page are lower-case).
  expect([await cell('type').innerText(), await cell('certainty').innerText()]).toEqual(['Relation', 'Reported']);
  // Scrolled down to the rows, the first just under the names (which stay at the page's top).
  const names = table(page).getByRole('rowgroup').first();
  const [row, page0, head] = [(await first.boundingBox())!, (await view.boundingBox())!, (await names.boundingBox())!];
  await view.evaluate((v, by) => v.scrollBy(0, by), row.y - page0.y - head.height);
  await expect
    .poll(async () => (await first.boundingBox())!.y - (await names.boundingBox())!.y)
    .toBeCloseTo(head.height, 0);
  for (const row of await table(page)
    .locator('tbody tr')
    .all()
    .then((rows) => rows.slice(0, 3)))
    await expect(row).toBeInViewport({ ratio: 1 });
});

test('an entry with no figure shows a dash under Value, read out as “no figure given”; a phone’s card leaves it out', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTable(page);
  const row = (name: RegExp) => table(page).getByRole('row', { name });
  const none = row(/^Russia → Vietnam arms supply /).getByRole('cell', { name: 'no figure given' });
  await expect(none).toBeVisible();
  expect(await none.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/^"—"/);
  const valueName = table(page).getByRole('columnheader', { name: 'Figures' });
  expect((await none.boundingBox())!.x).toBe((await valueName.boundingBox())!.x);
  // An entry with a figure shows the figure.
  await expect(row(/^Russia → Myanmar arms supply /).getByRole('cell', { name: /^\$1\.44 billion/ })).toBeVisible();
  await expect(row(/^Russia → Myanmar arms supply /).getByRole('cell', { name: 'no figure given' })).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row(/^Russia → Vietnam arms supply /)).toBeVisible();
  await expect(none).toBeHidden();
});

test('on a laptop a row’s sources are set apart, so that a name on three lines reads as one', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTable(page);
  const row = table(page).getByRole('row', { name: /^Russia → China policy / });
  const sources = row.locator('.col-sources .source');
  await expect(sources.first()).toHaveText('Eurasia Daily Monitor 2020');
  await expect(sources).toHaveCount(4);
  // "Eurasia Daily / Monitor / 2020 / RFA 2021 / PacNet 2021 / The / Diplomat 2022" read as one list of words.
  const boxes = await sources.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().toJSON()));
  expect(boxes[0].height).toBeGreaterThan(boxes[1].height);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom).toBeGreaterThanOrEqual(4);
});

test('on a laptop a column name on two lines keeps its sort icon beside its last word', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTable(page);
  const header = table(page).getByRole('columnheader', { name: 'Period / date' });
  const { word, icon } = await header.evaluate((th) => {
    const name = th.querySelector('button')!.firstChild!;
    const range = document.createRange();
    range.setStart(name, name.textContent!.lastIndexOf('date'));
    range.setEnd(name, name.textContent!.length);
    const box = (rect: DOMRect) => ({ top: rect.top, bottom: rect.bottom, right: rect.right, left: rect.left });
    return {
      word: box(range.getBoundingClientRect()),
      icon: box(th.querySelector('.sort-icon')!.getBoundingClientRect()),
    };
  });
  // "Period /" and "date" on two lines, and the icon had a third line to itself.
  expect(icon.top).toBeLessThan(word.bottom);
  expect(icon.bottom).toBeGreaterThan(word.top);
  expect(icon.left).toBeGreaterThanOrEqual(word.right);
});

// WCAG 2.4.11: a row's name, reached with Shift+Tab while it lay under the column names, stayed there.
test('on a laptop a row reached with Shift+Tab comes into view below the column names, not under them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const view = await openTable(page);
  const names = table(page).getByRole('rowheader').getByRole('button');
  // The reader is on the eleventh row's name, and has scrolled the tenth's under the column names.
  const head = table(page).getByRole('columnheader', { name: 'Actors' });
  await shiftTabFromUnder(page, { from: names.nth(10), to: names.nth(9), bar: head, scroller: view });
});

for (const [width, height] of [
  [390, 844],
  [1366, 768],
  [1920, 1080],
]) {
  test(`the table at ${width}×${height} fits without sideways page scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openTable(page);
    // Whatever the table's width, only its own region scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeInViewport();
    await saveScreenshot(page, `table-${width}x${height}`);
    // And further down, where the rows are.
    await table(page).locator('tbody tr').nth(3).scrollIntoViewIfNeeded();
    await saveScreenshot(page, `table-${width}x${height}-rows`);
  });
}
