/**
 * Presentation mode as a teacher uses it: one switch makes the map readable from the back of a
 * classroom on a 1920×1080 projector (large text, larger map labels, the projector palette, only
 * the controls a teacher needs, fullscreen), and Escape or the switch leave it cleanly.
 */
import {
  test,
  expect,
  waitForMapReady,
  waitForIdle,
  pointOnFlow,
  saveScreenshot,
  axeViolations,
  type Locator,
  type Page,
} from './driver.ts';
import { THEMES } from '../src/map/theme.ts';

/**
 * Visible text in the app set smaller than `min` pixels, as "text (size)". Map labels are drawn
 * on the canvas (checked apart); the map's attribution is a credit, not reading text.
 */
function textSmallerThan(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const element = node.parentElement!;
      if (!text || element.closest('svg, .visually-hidden, .maplibregl-ctrl-attrib, option')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) small.push(`${text.slice(0, 40)} (${size}px)`);
    }
    return small;
  }, min);
}

/**
 * The text size MapLibre gives a feature of a label layer: the layer's own evaluated layout, what
 * it draws with.
 */
function labelSize(page: Page, layer: string, feature: { type: string; properties: object }): Promise<number> {
  return page.evaluate(
    ({ layer, feature }) => {
      type Evaluated = { layout: { get(name: string): { evaluate(feature: unknown, state: unknown): number } } };
      const evaluated = window.pivotMap!.getLayer(layer) as unknown as Evaluated;
      return evaluated.layout.get('text-size').evaluate(feature, {});
    },
    { layer, feature },
  );
}

/** The size of a large country's name at the current zoom. */
const countryLabelSize = (page: Page) =>
  labelSize(page, 'country-label', { type: 'Polygon', properties: { area: 1000 } });

/** The size of a place's name (the same for every place). */
const placeLabelSize = (page: Page) => labelSize(page, 'named-place-label', { type: 'Point', properties: {} });

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement === document.documentElement);
const presentSwitch = (page: Page) => page.getByRole('button', { name: 'Present', exact: true });

/** Tools a teacher does not need in front of a class. */
const nonEssential = (page: Page) => [
  page.getByRole('combobox', { name: /search/i }),
  page.getByRole('button', { name: 'Cite this view' }),
  page.getByRole('button', { name: 'Table', exact: true }),
  page.getByRole('button', { name: 'Sources', exact: true }),
  page.getByRole('button', { name: 'Flat map' }),
];

test('the Present switch makes the map readable from the back of a classroom', async ({ page }) => {
  // A 1920×1080 map drawn in software, twice: the slow end of the suite.
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./');
  await waitForMapReady(page);
  const everydayLabel = await countryLabelSize(page);
  // The same check finds small text in the everyday layout: it can fail.
  expect(await textSmallerThan(page, 24)).not.toEqual([]);

  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  await presentSwitch(page).click();
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/present=1/);
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-present', '');

  // Body text at 24 px or more, and no smaller text anywhere on screen.
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(24);
  expect(await textSmallerThan(page, 24)).toEqual([]);

  // The map: larger labels in the projector palette.
  await waitForIdle(page);
  expect(await countryLabelSize(page)).toBeGreaterThanOrEqual(everydayLabel * 1.4);
  expect(await page.evaluate(() => window.pivotMap!.getPaintProperty('background', 'background-color'))).toBe(
    THEMES.projector.sea,
  );

  // Only what a teacher needs.
  for (const control of nonEssential(page)) await expect(control).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await saveScreenshot(page, 'present-projector-1920x1080');
  expect(await axeViolations(page)).toEqual([]);

  // A flow's details are as large.
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toContainText('Russia → Myanmar');
  expect(await textSmallerThan(page, 24)).toEqual([]);
  await saveScreenshot(page, 'present-projector-details');
  expect(await axeViolations(page)).toEqual([]);
});

test('on a screen wider than a 1920 px projector, the map’s names grow as the page’s text does', async ({ page }) => {
  // A 2560 × 1440 map drawn in software.
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1');
  await waitForMapReady(page);
  const nameToText = async () => (await placeLabelSize(page)) / (await rootFontSize(page));
  const at1920 = await nameToText();

  // A 4K classroom panel at 150 %: the page's text grows by a third, and the map's names had
  // stayed as they were, a third smaller beside it.
  await page.setViewportSize({ width: 2560, height: 1440 });
  await expect.poll(() => rootFontSize(page)).toBe(32);
  await expect.poll(nameToText).toBeCloseTo(at1920, 3);
});

test('the switch is reached by keyboard; Escape leaves fullscreen, the switch leaves both', async ({ page }) => {
  // The map is redrawn in software at every switch.
  test.slow();
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const details = page.locator('.details-panel');
  await expect(details).toBeVisible();

  // The switch is the header's last tool: Tab from the one before it reaches it.
  await page.getByRole('button', { name: /^Share/ }).focus();
  await page.keyboard.press('Tab');
  await expect(presentSwitch(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => isFullscreen(page)).toBe(true);

  // Escape leaves fullscreen only, as browsers do: still presenting, the details still open.
  await page.keyboard.press('Escape');
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(details).toBeVisible();
  await expect(presentSwitch(page)).toBeFocused();

  // Back to fullscreen with a button; then the switch leaves presentation and fullscreen together.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeHidden();
  await presentSwitch(page).focus();
  await page.keyboard.press('Enter');
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.locator('html')).not.toHaveAttribute('data-present');
  for (const control of nonEssential(page)) await expect(control).toBeVisible();

  // Escape means what it meant before: it closes the details.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
});

test('a presentation link opens the map in presentation mode, fullscreen a click away', async ({ page }) => {
  await page.goto('./?present=1&view=table');
  await waitForMapReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  // Presentation shows the map, whatever view the link named; no fullscreen without a click.
  await expect(page.locator('.map-area')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  // …and its address says so, so a link copied now opens what is shown.
  await expect(page).toHaveURL(/present=1/);
  await expect(page).not.toHaveURL(/view=/);
  expect(await isFullscreen(page)).toBe(false);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await saveScreenshot(page, 'present-laptop-1366x768');
  expect(await axeViolations(page)).toEqual([]);

  // Leaving presentation stays on the map, as after pressing Present from the table.
  await presentSwitch(page).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-present');
  await expect(page.locator('.map-area')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=/);
});

test('presentation combines with the tour: the card grows with the text and a clicker steps it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?tour=2&present=1');
  await waitForMapReady(page);
  const card = page.locator('.tour-card');
  await expect(card.getByText(/^Chapter 2 of \d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeVisible();
  expect(await textSmallerThan(page, 24)).toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(card.getByText(/^Chapter 3 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(/[?&]tour=3(&|$)/);
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await waitForIdle(page);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'present-tour-projector');
});

// The tour's keys were listened to first, and took Escape before the fullscreen's rule did.
test('Escape in fullscreen leaves only fullscreen when the tour was opened before presenting', async ({ page }) => {
  test.slow();
  await page.goto('./?tour=4');
  await waitForMapReady(page);
  const card = page.locator('.tour-card');
  await expect(card.getByText(/^Chapter 4 of \d+$/)).toBeVisible();
  await presentSwitch(page).click();
  await expect.poll(() => isFullscreen(page)).toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(card.getByText(/^Chapter 4 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(/[?&]tour=4(&|$)/);
  // The clicker still steps the tour.
  await page.keyboard.press('PageDown');
  await expect(card.getByText(/^Chapter 5 of \d+$/)).toBeVisible();
});

/** How far `target` reaches under the details panel, in pixels (0: not at all). */
async function underDetails(page: Page, target: Locator): Promise<number> {
  const details = (await page.locator('.details-panel').boundingBox())!;
  const box = (await target.boundingBox())!;
  return Math.max(0, box.x + box.width - details.x);
}

test('on a 1280×720 projector the tour card and the timeline stay clear of the details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Chapter 4 selects an event: its details open at the right, the card stands in the side column.
  await page.goto('./?tour=4&present=1');
  await waitForMapReady(page);
  await expect(page.locator('.details-panel')).toBeVisible();
  const card = page.locator('.tour-card');
  expect(await underDetails(page, card)).toBe(0);
  for (const name of ['Next', 'Previous', 'Hide text', 'Leave the tour']) {
    const button = card.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport({ ratio: 1 });
    expect(await underDetails(page, button), name).toBe(0);
  }
  const timeline = page.locator('.timeline');
  for (const control of [
    timeline.getByRole('button', { name: 'Play' }),
    timeline.getByRole('slider'),
    timeline.getByRole('button', { name: 'All years' }),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
    expect(await underDetails(page, control)).toBe(0);
  }
  // The three header buttons share the title's row: the map keeps the screen's height.
  expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(60);
  // The class still reads every text at the body size or larger.
  expect(await textSmallerThan(page, 16)).toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(card.getByText(/^Chapter 5 of \d+$/)).toBeVisible();
  await saveScreenshot(page, 'present-tour-1280x720');
});

test('on a 1024×768 projector the card stands at the map’s left, the chapter framed beside it; the details wait for the card to fold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Chapter 4 selects an event, whose details would cover a third of the map.
  await page.goto('./?tour=4&present=1');
  await waitForMapReady(page);
  const card = page.locator('.tour-card');
  await expect(card.getByText(/^Chapter 4 of \d+$/)).toBeVisible();
  const map = (await page.locator('.map-area').boundingBox())!;
  const box = (await card.boundingBox())!;
  // At the map's top left, not across its bottom: the map beside it is the screen's height.
  expect(box.x - map.x).toBeLessThan(20);
  expect(box.y - map.y).toBeLessThan(20);
  expect(box.width).toBeLessThan(map.width / 2);
  await expect(page.locator('.details-panel')).toBeHidden();
  // The chapter is framed to the card's right.
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getPadding().left)).toBeGreaterThan(box.width);
  for (const name of ['Next', 'Previous', 'Hide text', 'Leave the tour']) {
    await expect(card.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  const timeline = page.locator('.timeline');
  await expect(timeline.getByRole('slider')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeInViewport({ ratio: 1 });
  expect(await textSmallerThan(page, 16)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // Folded, the card makes way for the details, which it covered, and the chapter is framed
  // again beside them: the parade's place, Naypyidaw, had been left under them.
  await card.getByRole('button', { name: 'Hide text', exact: true }).click();
  const details = page.locator('.details-panel');
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/^Fomin/);
  const detailsLeft = (await details.boundingBox())!.x;
  const naypyidaw = () =>
    page.evaluate(() => {
      const map = window.pivotMap!;
      return map.isMoving() ? null : map.getContainer().getBoundingClientRect().left + map.project([96.12, 19.75]).x;
    });
  await expect.poll(naypyidaw).toBeLessThan(detailsLeft - 20);
  await saveScreenshot(page, 'present-tour-1024x768');
});

// A class cannot scroll the card: on the 16:9 screens, where the card is a column at the left,
// the last line or two of three chapters lay below its bottom edge.
for (const [width, height] of [
  [1920, 1080],
  [1366, 768],
  [1280, 720],
  [1024, 768],
]) {
  test(`on a ${width}×${height} projector every chapter’s text reads whole on the card, with nothing to scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?tour=1&present=1');
    await waitForMapReady(page);
    const card = page.locator('.tour-card');
    const total = Number((await card.getByText(/^Chapter 1 of \d+$/).textContent())!.match(/\d+$/)![0]);
    const cut: string[] = [];
    for (let chapter = 1; chapter <= total; chapter++) {
      await expect(card.getByText(`Chapter ${chapter} of ${total}`, { exact: true })).toBeVisible();
      const text = (await card.locator('.tour-text').boundingBox())!;
      const body = (await card.locator('.tour-body').boundingBox())!;
      const below = Math.round(body.y + body.height - (text.y + text.height));
      if (below > 0) cut.push(`chapter ${chapter}: ${below} px below the card`);
      if (chapter < total) await page.keyboard.press('PageDown');
    }
    expect(cut).toEqual([]);
  });
}

// The chapter's entries open below its text, in the text's scrolling box: at a projector's large
// type they opened below the box's foot, and the button seemed to do nothing.
test('on a 1280×720 projector the chapter’s entries come into sight when opened', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?tour=3&present=1');
  await waitForMapReady(page);
  const card = page.locator('.tour-card');
  await card.getByRole('button', { name: /^Based on \d+ entries/ }).click();
  const entries = card.getByRole('list', { name: 'Entries this chapter rests on' }).getByRole('button');
  await expect(entries.first()).toBeInViewport({ ratio: 1 });
  await entries.first().click();
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
    (await entries.first().textContent())!,
  );
});

test('in a presentation, text the teacher hid stays hidden from chapter to chapter', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?tour=2&present=1');
  await waitForMapReady(page);
  const card = page.locator('.tour-card');
  const body = card.locator('.tour-body');
  await card.getByRole('button', { name: 'Hide text', exact: true }).click();
  await expect(body).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(card.getByText(/^Chapter 3 of \d+$/)).toBeVisible();
  await expect(body).toBeHidden();
  await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
  await card.getByRole('button', { name: 'Show text', exact: true }).click();
  await page.keyboard.press('PageDown');
  await expect(card.getByText(/^Chapter 4 of \d+$/)).toBeVisible();
  await expect(body).toBeVisible();

  // Out of a presentation, a reader who hid the text to look at the map reads the next chapter.
  await presentSwitch(page).click();
  await card.getByRole('button', { name: 'Hide text', exact: true }).click();
  await card.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(card.getByText(/^Chapter 5 of \d+$/)).toBeVisible();
  await expect(body).toBeVisible();
});

test('on a 16:9 projector the whole legend is in sight, down to its last line', async ({ page }) => {
  // Its longest: every layer on, a year chosen and a tie selected (each adds a line about faint
  // ties), and events in view (a line of their own: 2019 has the Khabarovsk expert's).
  const everything =
    './?present=1&layers=arms,energy,rail,security,diplomacy,far-east,china&year=2019&mode=at&sel=relation:rus-mmr-arms-supply';
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(everything);
    await waitForMapReady(page);
    const legend = page.locator('.legend');
    await expect(legend).toContainText('Countries shaded');
    await expect(page.locator('.timeline')).toContainText('In 2019');
    await expect(legend).toContainText('Events at a place');
    const { y, height: legendHeight } = (await legend.boundingBox())!;
    expect(y + legendHeight, `${width}×${height}`).toBeLessThanOrEqual(height);
  }
});

test('a presentation link opened on a phone gives the map the whole width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?present=1');
  await waitForMapReady(page);
  const map = (await page.locator('.map-area').boundingBox())!;
  expect(map.x).toBe(0);
  expect(map.width).toBe(390);
  await expect(page.locator('.timeline')).toBeInViewport({ ratio: 1 });
});

test('a presentation on a laptop at 200% zoom keeps its text at the body size, its buttons in order', async ({
  page,
}) => {
  // 1366×768 at 200%: narrower than the 700 px where a phone's header takes smaller buttons.
  await page.setViewportSize({ width: 683, height: 384 });
  await page.goto('./?present=1');
  await waitForMapReady(page);
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await textSmallerThan(page, body)).toEqual([]);
  // As on a projector: the legend's button first, then the tour and leaving presentation.
  const names = await page.locator('.app-header button:visible').evaluateAll((buttons) =>
    buttons
      .map((b) => {
        const box = b.getBoundingClientRect();
        // Reading order: by row (buttons of a row differ in height, not by 20 px in their middles), then along it.
        return { name: b.textContent!.trim(), x: box.x, row: Math.round((box.y + box.height / 2) / 20) };
      })
      .sort((a, b) => a.row - b.row || a.x - b.x)
      .map((b) => b.name),
  );
  expect(names.filter((n) => ['Layers & legend', 'Tour', 'Present'].includes(n))).toEqual([
    'Layers & legend',
    'Tour',
    'Present',
  ]);
});

test('a presentation on a small screen keeps the legend a button away', async ({ page }) => {
  // 1920×1080 at 200%: the side panel is a drawer, and the presentation's header keeps its toggle.
  await page.setViewportSize({ width: 960, height: 540 });
  await page.goto('./?present=1');
  await waitForMapReady(page);
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  await expect(toggle).toBeInViewport({ ratio: 1 });
  await toggle.click();
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await expect(drawer.getByRole('heading', { name: 'Legend' })).toBeInViewport();
  await expect(drawer.getByRole('checkbox', { name: /Arms/ })).toBeVisible();
});

test('Back leaves a presentation for the view it started from', async ({ page }) => {
  await page.goto('./?view=table');
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await waitForMapReady(page);
  await presentSwitch(page).click();
  await expect(page).toHaveURL(/present=1/);
  // Presenting replaced the map's entry: Back left the presentation and skipped the map for the table.
  await page.goBack();
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page).not.toHaveURL(/view=table/);
  await expect(presentSwitch(page)).toHaveAttribute('aria-pressed', 'false');
});
