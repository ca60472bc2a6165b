/**
 * The details panel as a reader meets it: opened from an address, it shows what the data says
 * with every quote and its document, opens a quote in its paragraph, sets competing figures
 * side by side, compares suppliers, and leads on to related entries.
 */
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  waitForMapReady,
  pointOnFlow,
  renderedFlowIds,
  saveScreenshot,
  axeViolations,
  changedPixels,
  drawnMarkers,
  mapPicture,
  tabTo,
  type Page,
} from './driver.ts';

const RELATION = 'rus-mmr-arms-supply';
const PACNET_QUOTE = 'Russia is the second largest source of weapons for Myanmar, slightly behind China';
// Titles come from the catalogue, which the curator may still refine.
const catalog = JSON.parse(readFileSync('seeds/catalog.json', 'utf8')) as { id: string; title: string }[];
const titleOf = (id: string) => catalog.find((s) => s.id === id)!.title;
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { id: string; place: string }[];

async function expectNoAxeViolations(page: Page, selector: string) {
  expect(await axeViolations(page, selector)).toEqual([]);
}

const panel = (page: Page) => page.getByRole('complementary', { name: /.+/ }).and(page.locator('.details-panel'));
/** One of the details' lists of entries, found by its heading's first words: the heading, and the list's buttons. */
function entryList(page: Page, name: RegExp) {
  const details = panel(page);
  return {
    heading: details.getByRole('heading', { level: 3, name }),
    entries: details
      .locator('section')
      .filter({ has: page.getByRole('heading', { name }) })
      .getByRole('button'),
  };
}

test('a relation shows its quotes, their documents and its certainty', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Russia → Myanmar: arms supply');
  await expect(details).toHaveAccessibleName('Russia → Myanmar: arms supply');
  await expect(details.getByText('Reported', { exact: true })).toBeVisible();
  await expect(details.getByText('The source attributes this to someone else.')).toBeVisible();

  const quotes = details.locator('blockquote');
  await expect(quotes).toHaveCount(3);
  // Three passages are not three documents: the heading counts both (PacNet's, and two of RFA's).
  await expect(details.getByRole('heading', { level: 3, name: /^Sources/ })).toHaveText(
    'Sources (3 passages from 2 documents)',
  );
  await expect(quotes.first()).toContainText(PACNET_QUOTE);
  await expect(details.locator('cite', { hasText: titleOf('pacnet-2021') })).toBeVisible();
  await expect(details.getByText(/Dan Southerland, RFA, May 2021/).first()).toBeVisible();
  const readInContext = details.getByRole('button', { name: 'Read in context' });
  await expect(readInContext).toHaveCount(3);
  // A screen reader's list of buttons tells the three apart.
  await expect(readInContext.first()).toHaveAccessibleName('Read in context: quote 1 of 3, PacNet');
  const names = await readInContext.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(3);
  await expectNoAxeViolations(page, '.details-panel');
});

test('with the details open on a laptop, the zoom buttons stay beside them and zoom the map', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  await waitForMapReady(page);
  const details = (await panel(page).boundingBox())!;
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const box = (await zoomIn.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(details.x);
  const zoom = await page.evaluate(() => window.pivotMap!.getZoom());
  await zoomIn.click();
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getZoom())).toBeGreaterThan(zoom);
});

test('“Read in context” shows the quote highlighted in its paragraph; Escape closes it', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  const opener = panel(page).getByRole('button', { name: 'Read in context' }).nth(2);
  await opener.click();

  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark')).toHaveText(
    'Russia supplied 17 percent of Myanmar’s military imports during that same period, mainly in the form of combat aircraft.',
  );
  await expect(dialog.locator('cite')).toHaveText(titleOf('rfa-2021'));
  await expect(dialog.getByText(/Dan Southerland, RFA, May 2021/)).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expectNoAxeViolations(page, '.context-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Escape belonged to the dialog: the details stay open.
  await expect(panel(page)).toBeVisible();
});

// The dialog opened at its top, on the reference and the paragraph before: the quote lay below the
// phone's screen, out of sight.
test('on a phone “Read in context” opens with its quote in sight, whole, under the title bar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?sel=relation:rus-ind-oil');
  await panel(page).getByRole('button', { name: 'Read in context' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  const quote = dialog.locator('mark');
  await expect(quote).toBeVisible();
  await expect(quote).toBeInViewport({ ratio: 1 });
  const head = (await dialog.locator('.dialog-head').boundingBox())!;
  expect((await quote.boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height);
});

test('a quote whose paragraph runs on is highlighted on the source’s own characters', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  await panel(page).getByRole('button', { name: 'Read in context' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(dialog.locator('mark')).toContainText(PACNET_QUOTE);
  await expect(dialog.locator('.context-paragraph')).toContainText('In recent years, Russia’s relations with Myanmar');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the contested death toll shows both figures and who gives each', async ({ page }) => {
  await page.goto('./?sel=event:myanmar-death-toll-2021');
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Death toll since the coup/);
  await expect(details.getByText('Disputed', { exact: true })).toBeVisible();
  await expect(details.getByText('9 May 2021', { exact: true })).toBeVisible();
  const claims = details.getByRole('region', { name: 'Competing figures' }).getByRole('listitem');
  await expect(claims).toHaveCount(2);
  await expect(claims.nth(0)).toContainText(/780\s*— according to Assistance Association for Political Prisoners/);
  await expect(claims.nth(1)).toContainText(/240\s*— according to Myanmar’s military junta/);
  await expectNoAxeViolations(page, '.details-panel');
});

test('a figure from a poll says whose poll it is in a sentence', async ({ page }) => {
  await page.goto('./?sel=event:riac-poll-2022');
  const figures = panel(page).getByRole('region', { name: 'Figures' }).getByRole('listitem');
  await expect(figures.first()).toHaveText(
    'over 91% Russian respondents expecting relations to deepen, according to a poll cited by RIAC',
  );
});

test('a share the source gives as a fraction reads as it does there, and the legend keys widths in round numbers under a caption', async ({
  page,
}) => {
  // "China now supplies around a third of Russia's semiconductors": stored as 33.3, it was shown so.
  await page.goto('./?sel=relation:chn-rus-semiconductors');
  const figures = panel(page).getByRole('region', { name: 'Figures' }).getByRole('listitem');
  await expect(figures.first()).toContainText('about a third China’s share of Russia’s semiconductors');
  await expect(page.getByRole('region', { name: 'In this view' })).toContainText('the largest share about a third');
  // Its sixteenth is "2.08%", a figure no one gave.
  const widths = page.getByRole('list', { name: 'Line width: the figure given' }).getByRole('listitem');
  await expect(widths).toHaveText(['$100 million', '$1.7 billion', '2%', '33%']);
  // Bars keyed "2%" and "33%" say nothing by themselves: the caption a reader sees says what they key.
  await expect(
    page.getByRole('region', { name: 'Legend' }).getByText('Line width: the figure given', { exact: true }),
  ).toBeVisible();
});

test('a tie between Russia and a body seated in Moscow says why the map draws it no line', async ({ page }) => {
  await page.goto('./?layers=diplomacy');
  await page.getByText(/On the map now/).click();
  // Listed with the reason, as its details give it: a reader choosing it would find no line.
  const listed = page.locator('.in-view').getByRole('button', { name: /^Russia → BRICS/ });
  await expect(listed).toHaveText('Russia → BRICS: policy (no line: both at Moscow)');
  await listed.click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia → BRICS: policy');
  await expect(panel(page)).toContainText('No line on the map: both ends are placed at Moscow.');
  // A tie with a line says nothing of the kind.
  await page.goto(`./?sel=relation:${RELATION}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia → Myanmar: arms supply');
  await expect(panel(page)).not.toContainText('No line on the map');
});

test('the comparison chart sets China beside Russia for Myanmar, naming each source', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  const details = panel(page);
  const usd = details.getByRole('img', { name: /in US dollars/ });
  await expect(usd).toHaveAccessibleName(/China: \$1\.7 billion; Russia: \$1\.44 billion \(this relation\)/);
  await expect(usd.locator('text')).toHaveText(['China: $1.7 billion', 'Russia: $1.44 billion (this relation)']);
  const percent = details.getByRole('img', { name: /in per cent/ });
  await expect(percent.locator('text')).toHaveText(['China: about 50%', 'Russia: 17% (this relation)']);

  // The selected relation's bar is the highlighted one, and bars are to scale.
  const widths = await usd.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  expect(widths[1] / widths[0]).toBeCloseTo(1.44 / 1.7, 2);
  await expect(usd.locator('g.is-selected text')).toHaveText(/Russia/);
  // Each figure's source is named: the dollar sums come from PacNet, the shares from RFA.
  await expect(details.locator('.comparison-sources').first()).toContainText(
    /China: .*Source: PacNet, 2021\.\s*Russia: .*Source: PacNet, 2021\./,
  );
  await expect(details.locator('.comparison-sources').nth(1)).toContainText(/Source: RFA, 2021\..*Source: RFA, 2021\./);

  // The entry's own passages come first, the charts that set it beside others after them: at a
  // projector's large type the quotes lay a screen and a half below the charts.
  const quotes = (await details.getByRole('heading', { name: /^Sources/ }).boundingBox())!;
  expect(quotes.y).toBeLessThan((await usd.boundingBox())!.y);
});

test('related entries are buttons that select them; Escape and the close button close the details', async ({
  page,
}) => {
  await page.goto('./?sel=event:myanmar-death-toll-2021');
  const details = panel(page);
  await details.getByRole('button', { name: 'Myanmar', exact: true }).click();
  await expect(page).toHaveURL(/sel=country:MMR/);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Myanmar');
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();

  await details.getByRole('button', { name: /Russia → Myanmar: arms supply/ }).click();
  await expect(page).toHaveURL(new RegExp(`sel=relation:${RELATION}`));

  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(page).not.toHaveURL(/sel=/);

  await page.goto(`./?sel=relation:${RELATION}`);
  await panel(page).getByRole('button', { name: 'Close details' }).click();
  await expect(panel(page)).toBeHidden();
});

test('an entry chosen from far down the details opens at its top, its parties and period in sight', async ({
  page,
}) => {
  await page.goto('./?sel=country:MMR');
  const details = panel(page);
  const body = details.locator('.details-body');
  // The last tie it lists (a tie has parties and a period; an event, a place and a date).
  const last = details.locator('.entry-button', { hasText: '→' }).last();
  await last.scrollIntoViewIfNeeded();
  expect(await body.evaluate((b) => b.scrollTop)).toBeGreaterThan(200);
  const title = await last.locator('.entry-label').innerText();
  await last.click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  // The body kept Myanmar's scroll: the tie opened at its quote, past "Between" and "Period".
  await expect(details.getByText('Between', { exact: true })).toBeInViewport();
  await expect(details.getByText('Period', { exact: true })).toBeInViewport();
  expect(await body.evaluate((b) => b.scrollTop)).toBe(0);
});

test('closing the details of a flow clicked on the map gives the focus back to the map', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const at = await pointOnFlow(page, RELATION);
  await page.mouse.click(at.x, at.y);
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Russia → Myanmar: arms supply');
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
});

test('a place lists all its events and says how many its marker counts with the layers and years shown', async ({
  page,
}) => {
  await page.goto('./?sel=place:naypyidaw');
  await waitForMapReady(page);
  const onMarker = await page.evaluate(
    () =>
      window.pivotMap!.querySourceFeatures('places').find((f) => f.properties.id === 'naypyidaw')!.properties
        .events as number,
  );
  const total = events.filter((e) => e.place === 'naypyidaw').length;
  expect(onMarker).toBeLessThan(total);
  const { heading, entries: list } = entryList(page, /^Events here/);
  await expect(heading).toHaveText(`Events here (${total}, ${onMarker} on the map now)`);
  await expect(list).toHaveCount(total);
  await expect(list.filter({ hasText: 'not on the map now' })).toHaveCount(total - onMarker);
});

test('a country lists all its ties and says how many are on the map, which changes as layers are turned on', async ({
  page,
}) => {
  // Of India's eight ties, three are on Security and two on Diplomacy, both off by default.
  await page.goto('./?sel=country:IND');
  const { heading, entries: list } = entryList(page, /^Relations/);
  await expect(heading).toHaveText('Relations (8, 3 on the map now)');
  await expect(list.filter({ hasText: 'not on the map now' })).toHaveCount(5);
  const quad = list.filter({ hasText: 'India → The Quad' });
  await expect(quad).toContainText('not on the map now');
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await expect(heading).toHaveText('Relations (8, 6 on the map now)');
  await expect(quad).not.toContainText('not on the map now');
  await page.getByRole('checkbox', { name: /^Diplomacy/ }).check();
  await expect(heading).toHaveText('Relations (8)');
  await expect(list.filter({ hasText: 'not on the map now' })).toHaveCount(0);
});

// A place's ties said nothing of the four of Bishkek's five drawn on layers off by default.
test('a place lists the ties drawn from or to it and says how many are on the map', async ({ page }) => {
  // Bishkek's five: one on Rail, two on Security and two on Diplomacy (data/relations.json).
  await page.goto('./?sel=place:bishkek');
  const { heading, entries: list } = entryList(page, /^Relations anchored here/);
  await expect(heading).toHaveText('Relations anchored here (5, 1 on the map now)');
  await expect(list).toHaveCount(5);
  await expect(list.filter({ hasText: 'not on the map now' })).toHaveCount(4);
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await expect(heading).toHaveText('Relations anchored here (5, 3 on the map now)');
  await page.getByRole('checkbox', { name: /^Diplomacy/ }).check();
  await expect(heading).toHaveText('Relations anchored here (5)');
  await expect(list.filter({ hasText: 'not on the map now' })).toHaveCount(0);
});

test('an older link to a country as an actor opens under its one address, which Back does not revisit', async ({
  page,
}) => {
  await page.goto('./');
  await page.goto('./?sel=actor:VNM');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Vietnam');
  await expect(page).toHaveURL(/sel=country:VNM(&|$)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sel=/);
});

test('places, routes and countries outside the data say what they are', async ({ page }) => {
  await page.goto('./?sel=place:naypyidaw');
  await expect(panel(page).getByRole('button', { name: /Death toll since the coup/ })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Myanmar', exact: true })).toBeVisible();
  // A place in a country that is not an actor still names the country, not its code.
  await page.goto('./?sel=place:ankara');
  await panel(page)
    .getByRole('button', { name: /^(Turkey|Türkiye)$/ })
    .click();
  await expect(page).toHaveURL(/sel=country:TUR/);

  await page.goto('./?sel=route:china-kyrgyzstan-uzbekistan-rail');
  const route = panel(page);
  await expect(route.getByText('Drawn through the named places, not along surveyed track.')).toBeVisible();
  await expect(route.getByRole('button', { name: 'Kashgar' })).toBeVisible();
  await expect(route.locator('blockquote').first()).toBeVisible();

  await page.goto('./?sel=country:FRA');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('France');
  await expect(panel(page).getByText(/Nothing in the five sources.*involves France/)).toBeVisible();
  // A code no country has names nothing: it is dropped from the view and the address, and the
  // details say so.
  await page.goto('./?sel=country:XXX');
  await waitForMapReady(page);
  await expect(page).not.toHaveURL(/sel=/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Nothing to show');
  await expect(panel(page)).toContainText('The link names “country:XXX”, which the data does not have');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
});

test('in dark mode the details and the passage in context pass the same checks', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`./?sel=relation:${RELATION}`);
  await expect(panel(page).locator('.comparison').first()).toBeVisible();
  await expectNoAxeViolations(page, '.details-panel');
  await saveScreenshot(page, 'details-relation-dark-laptop');
  await panel(page).getByRole('button', { name: 'Read in context' }).first().click();
  await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
  await expectNoAxeViolations(page, '.context-dialog');
  await saveScreenshot(page, 'context-dialog-dark-laptop');
});

for (const [name, width, height] of [
  ['phone', 390, 844],
  ['laptop', 1366, 768],
  ['projector', 1920, 1080],
] as const) {
  test(`screenshot of the details panel on a ${name} (${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./?sel=relation:${RELATION}`);
    await waitForMapReady(page);
    await expect(panel(page).locator('.comparison').first()).toBeVisible();
    await saveScreenshot(page, `details-relation-${name}`);
    await panel(page).locator('.comparison').first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, `details-relation-chart-${name}`);
    await panel(page).locator('.citation').last().scrollIntoViewIfNeeded();
    await saveScreenshot(page, `details-relation-citations-${name}`);
    await panel(page).getByRole('button', { name: 'Read in context' }).last().click();
    await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
    await saveScreenshot(page, `context-dialog-${name}`);
    await page.goto('./?sel=event:myanmar-death-toll-2021');
    await waitForMapReady(page);
    await expect(panel(page).locator('.contested-figures')).toBeVisible();
    await saveScreenshot(page, `details-event-${name}`);
  });
}

test('an address whose layers and year hide its tie reopens as it was, the details saying why', async ({ page }) => {
  // What the address bar holds once the reader turns Arms off and moves the year with the tie open.
  await page.goto(`./?layers=energy,rail,china&sel=relation:${RELATION}&year=2022&mode=at`);
  await waitForMapReady(page);
  // A reload had turned Arms back on and dropped the year: not the view the link was taken from.
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).not.toBeChecked();
  await expect(page.locator('.time-status')).toHaveText('In 2022');
  await expect(page).toHaveURL(/layers=energy,rail,china&.*year=2022/);
  await expect(panel(page).getByRole('status').filter({ hasText: 'Not on the map now' })).toHaveText(
    /Not on the map now: the Arms layer is off, and the map shows only 2022\./,
  );
});

// The default layers are left out of an address, and an address naming no layers turns its
// entry's layer on (a hand-written link to it). A reader who turned off the only layer they had
// added, the entry's, left the default ones: their reload or link turned it back on.
test('a tie whose layer the reader turns off, leaving the default layers, stays off after a reload', async ({
  page,
}) => {
  await page.goto('./?sel=relation:kgz-csto');
  await waitForMapReady(page);
  const diplomacy = page.getByRole('checkbox', { name: /^Diplomacy/ });
  await expect(diplomacy).toBeChecked();
  await diplomacy.uncheck();
  await expect(page).toHaveURL(/\?layers=arms,energy,rail,china&sel=relation:kgz-csto$/);
  await page.reload();
  await waitForMapReady(page);
  await expect(diplomacy).not.toBeChecked();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Not on the map now' })).toHaveText(
    /Not on the map now: the Diplomacy layer is off\./,
  );
});

test('a tie whose layer or year the reader hides says it is off the map, and brings itself back', async ({ page }) => {
  await page.goto(`./?sel=relation:${RELATION}`);
  await waitForMapReady(page);
  const details = panel(page);
  const note = details.getByRole('status').filter({ hasText: 'Not on the map now' });
  await expect(note).toHaveCount(0);

  // Its layer turned off with the details open: the line goes, and the details say why.
  await page.getByRole('checkbox', { name: /^Arms/ }).uncheck();
  await expect(note).toHaveText(/Not on the map now: the Arms layer is off\./);
  await expect.poll(() => renderedFlowIds(page)).not.toContain(RELATION);
  await note.getByRole('button', { name: 'Show it on the map' }).press('Enter');
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
  await expect(note).toHaveCount(0);
  // The button went with the note: the focus is on the details, not dropped to the page.
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await expect.poll(() => renderedFlowIds(page)).toContain(RELATION);

  // A year it does not reach (it runs 2000–2019): the same, and back to all years.
  await page.getByRole('combobox', { name: 'Show' }).selectOption('at');
  await page.getByRole('slider', { name: 'Year' }).press('End');
  await expect(page.locator('.time-status')).toHaveText('In 2022');
  await expect(note).toHaveText(/Not on the map now: the map shows only 2022\./);
  await note.getByRole('button', { name: 'Show it on the map' }).click();
  await expect(page.locator('.time-status')).toContainText('All years');
  await expect(note).toHaveCount(0);
  await expectNoAxeViolations(page, '.details-panel');
});

test("pointing at a country's ties and events in its details lights each on the map, and only while pointed at", async ({
  page,
}) => {
  await page.goto('./?sel=country:MMR');
  await waitForMapReady(page);
  // The map left of the details, which lie over its right.
  const detailsLeft = (await panel(page).boundingBox())!.x;
  const picture = () => mapPicture(page, { right: detailsLeft });
  const before = await picture();
  const markers = await drawnMarkers(page);
  const at = (id: string) => markers.find((m) => m.id === id)!;
  const [moscow, naypyidaw] = [at('moscow'), at('naypyidaw')];

  // The mouse over "Russia → Myanmar: trade": the map changes along that tie, from Moscow to Naypyidaw, and nowhere else.
  const details = panel(page);
  await details.getByRole('button', { name: /^Russia → Myanmar: trade/ }).hover();
  await expect.poll(async () => (await changedPixels(page, before, await picture())).count).toBeGreaterThan(1000);
  const { box } = await changedPixels(page, before, await picture());
  expect(Math.abs(box!.top - moscow.y)).toBeLessThan(20);
  expect(Math.abs(box!.bottom - naypyidaw.y)).toBeLessThan(20);
  expect(box!.left).toBeGreaterThan(Math.min(moscow.x, naypyidaw.x) - 40);
  expect(box!.right).toBeLessThan(Math.max(moscow.x, naypyidaw.x) + 40);

  // Off the list, the map is as it was.
  await details.getByRole('heading', { level: 2 }).hover();
  await expect.poll(async () => (await changedPixels(page, before, await picture())).count).toBe(0);

  // The keyboard's focus on an event lights its place's marker: a ring round Naypyidaw's.
  const coup = details.getByRole('button', { name: /^Military coup in Myanmar/ });
  await details.getByRole('button', { name: 'Close details' }).focus();
  await tabTo(page, coup);
  await expect(coup).toBeFocused();
  await expect.poll(async () => (await changedPixels(page, before, await picture())).count).toBeGreaterThan(100);
  const ring = (await changedPixels(page, before, await picture())).box!;
  for (const [low, high, centre] of [
    [ring.left, ring.right, naypyidaw.x],
    [ring.top, ring.bottom, naypyidaw.y],
  ])
    expect([centre - low, high - centre].every((d) => d > naypyidaw.radius && d < naypyidaw.radius + 10)).toBe(true);
});
