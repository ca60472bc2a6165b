/**
 * Small screens: a phone, a phone on its side (844×390, 740×360), a laptop at 200% browser zoom
 * (1366×768 → 683×384, 1920×1080 → 960×540) and a tablet. The map keeps most of the screen,
 * the layers are a drawer away, and the tour's text stays readable.
 */
import {
  test,
  expect,
  waitForMapReady,
  onTopAtItsCentre,
  colourBucket,
  colourCounts,
  placesAboveSheet,
  saveScreenshot,
  type Locator,
  type Page,
} from './driver.ts';

const SHORT_SCREENS = [
  { name: 'a phone on its side', width: 844, height: 390 },
  // A narrower phone on its side: just over the phone's 700 px, with the laptop's buttons.
  { name: 'a 740 × 360 phone on its side', width: 740, height: 360 },
  { name: 'a 1366×768 laptop at 200% zoom', width: 683, height: 384 },
  { name: 'a 1920×1080 screen at 200% zoom', width: 960, height: 540 },
];

const NAYPYIDAW: [number, number] = [96.12, 19.75];

/** Where on the page the map draws a longitude and latitude, once it has stopped moving. */
function pageXOf(page: Page, lngLat: [number, number]): Promise<number> {
  return page.evaluate((lngLat) => {
    const map = window.pivotMap!;
    return map.getContainer().getBoundingClientRect().left + map.project(lngLat).x;
  }, lngLat);
}

/** Whether the map is what a reader sees at a longitude and latitude: on screen, under no panel. */
function mapShowsAt(page: Page, lngLat: [number, number]): Promise<boolean> {
  return page.evaluate((lngLat) => {
    const map = window.pivotMap!;
    const box = map.getContainer().getBoundingClientRect();
    const { x, y } = map.project(lngLat);
    return document.elementFromPoint(box.left + x, box.top + y) === map.getCanvas();
  }, lngLat);
}

/** How many lines of the tour's text show without scrolling. */
function tourLinesShown(page: Page): Promise<number> {
  return page.locator('.tour-text').evaluate((text) => {
    const body = text.querySelector('p')!;
    return text.clientHeight / parseFloat(getComputedStyle(body).lineHeight);
  });
}

for (const { name, width, height } of SHORT_SCREENS) {
  test(`on ${name} the map keeps most of the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await waitForMapReady(page);
    const map = (await page.locator('.map-area').boundingBox())!;
    // The whole width (the layers are a drawer), and more than half the height under the header.
    expect(map.x).toBe(0);
    expect(map.width).toBe(width);
    expect(map.height).toBeGreaterThan(height * 0.55);
    await expect(page.getByRole('combobox', { name: /search/i })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.timeline').getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
    await saveScreenshot(page, `short-${width}x${height}`);
  });

  test(`on ${name} the tour's text reads as a paragraph beside the chapter's map`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?tour=4');
    await waitForMapReady(page);
    const card = page.locator('.tour-card');
    await expect(card.getByText(/^Chapter 4 of \d+$/)).toBeVisible();
    expect(await tourLinesShown(page)).toBeGreaterThanOrEqual(4);
    for (const button of ['Next', 'Previous', 'Hide text', 'Leave the tour']) {
      const control = card.getByRole('button', { name: button, exact: true });
      await expect(control).toBeInViewport({ ratio: 1 });
      // What a tap on its middle reaches is the button itself, not the details or the header.
      const box = (await control.boundingBox())!;
      const reached = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent,
        { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      );
      expect(reached, button).toBe(await control.textContent());
    }
    // The chapter's story, Naypyidaw, is on the map beside the card, not under it or the details.
    await expect(page.locator('.tour-card')).toHaveAttribute('data-folded', 'false');
    const cardBox = (await card.boundingBox())!;
    await expect.poll(() => pageXOf(page, NAYPYIDAW)).toBeGreaterThan(cardBox.x + cardBox.width);
    const x = await pageXOf(page, NAYPYIDAW);
    const details = await page.locator('.details-panel').boundingBox();
    expect(x).toBeLessThan(details?.x ?? width);
    // The map takes the hidden timeline's row beside the card: no empty strip under the map.
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(map.y + map.height).toBe(height);
    await saveScreenshot(page, `short-tour-${width}x${height}`);
  });

  test(`on ${name}, leaving the tour shows its selection beside the details that waited for the card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?tour=4');
    await waitForMapReady(page);
    await expect(page.locator('.details-panel')).toBeHidden();
    await page.getByRole('button', { name: 'Leave the tour' }).click();
    const details = page.locator('.details-panel');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Fomin at Myanmar’s Armed Forces Day parade');
    // The card's padding had framed Naypyidaw where the details now lie: the map brings it out.
    await expect.poll(() => mapShowsAt(page, NAYPYIDAW)).toBe(true);
    await saveScreenshot(page, `short-tour-left-${width}x${height}`);
  });

  // Beside the details, the timeline's buttons wrapped to two rows above its slider at 740 × 360,
  // and the three rows took more of the screen than the map had left; on one row above the
  // slider they still left the map 193 px of 390 at 844 × 390.
  test(`on ${name} with an entry open, the timeline keeps to one row and the map over half the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?sel=relation:rus-prk-political-support');
    await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toBeVisible();
    const timeline = page.locator('.timeline');
    expect((await page.locator('.map-area').boundingBox())!.height).toBeGreaterThan(height / 2);
    // Up to 700 px wide the details are a sheet over the timeline, as on a phone: hidden under it,
    // out of the Tab order.
    if (width <= 700) {
      await expect(timeline).toBeHidden();
      return;
    }
    const slider = timeline.getByRole('slider', { name: 'Year' });
    const middle = async (control: Locator) => {
      const box = (await control.boundingBox())!;
      return box.y + box.height / 2;
    };
    const play = timeline.getByRole('button', { name: 'Play', exact: true });
    expect(Math.abs((await middle(slider)) - (await middle(play)))).toBeLessThan(6);

    // A year chosen, the status says which, and "All years" is there to clear it, on that row.
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(timeline.getByText('Up to 2021')).toBeVisible();
    const allYears = timeline.getByRole('button', { name: 'All years', exact: true });
    await expect(allYears).toBeVisible();
    expect(Math.abs((await middle(allYears)) - (await middle(play)))).toBeLessThan(6);
    await allYears.click();
    await expect(timeline.getByText(/^All years, /)).toBeVisible();
  });
}

test('on a phone the header and the timeline leave the map most of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  // Five header rows and three timeline rows left the map 56% of the height.
  expect((await page.locator('.map-area').boundingBox())!.height).toBeGreaterThan(844 * 0.62);
  const timeline = page.locator('.timeline');
  const play = (await timeline.getByRole('button', { name: 'Play' }).boundingBox())!;
  const allYears = (await timeline.getByRole('button', { name: 'All years' }).boundingBox())!;
  expect(Math.abs(allYears.y - play.y)).toBeLessThan(4);
  for (const name of ['Layers & legend', 'Cite this view', 'Share & save', 'Tour'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
});

// Tab went from "Layers & legend", on the header's last row, up to the tour beside the title, and down again.
test('on a phone Tab takes the header’s rows in turn, the tour beside the title first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  await page.keyboard.press('Tab'); // the skip link
  const stops: { name: string; top: number }[] = [];
  for (;;) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const focused = document.activeElement!;
      const name = focused.getAttribute('aria-label') ?? focused.textContent!.trim();
      return { name, top: focused.getBoundingClientRect().top, inHeader: Boolean(focused.closest('.app-header')) };
    });
    if (!stop.inHeader) break;
    stops.push({ name: stop.name, top: stop.top });
  }
  expect(stops[0].name).toBe('Tour');
  expect(stops.map((s) => s.name)).toContain('Share & save');
  for (let i = 1; i < stops.length; i++)
    expect(stops[i].top, stops[i].name).toBeGreaterThanOrEqual(stops[i - 1].top - 4);
});

// A phone's flat map opened east of Moscow (its frame fitted the globe's, from the Urals): the ties
// from Moscow came from off the map's left edge.
test('on a phone the flat map shows Moscow, where most ties start, opened so or switched to', async ({ page }) => {
  const MOSCOW: [number, number] = [37.62, 55.75];
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?proj=flat');
  await waitForMapReady(page);
  expect(await mapShowsAt(page, MOSCOW)).toBe(true);
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Flat map' }).click();
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getProjection()?.type)).toBe('mercator');
  await expect.poll(() => mapShowsAt(page, MOSCOW)).toBe(true);
});

for (const width of [320, 360, 390]) {
  test(`on a ${width} px phone, Pause is where Play was: a second tap stops the timeline`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('./');
    await waitForMapReady(page);
    const timeline = page.locator('.timeline');
    const play = (await timeline.getByRole('button', { name: 'Play' }).boundingBox())!;
    const [x, y] = [play.x + play.width / 2, play.y + play.height / 2];
    await page.mouse.click(x, y);
    const pause = timeline.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    // At 360 px the shorter status ("Up to 2000") let "All years" back onto the buttons' row, and
    // the row moved 41 px down: a tap at the same spot hit the map, and the timeline played on.
    const moved = (await pause.boundingBox())!;
    expect(Math.abs(moved.y - play.y)).toBeLessThan(1);
    await page.mouse.click(x, y);
    await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
    // Stopped by the tap, not by reaching the last year.
    expect(Number(await page.getByRole('slider', { name: 'Year' }).inputValue())).toBeLessThan(2022);
  });
}

test('on the smallest phone the header keeps four rows, and its buttons their whole names', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('./');
  await waitForMapReady(page);
  const top = async (name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.y;
  // At 320 px the two view switches took a row each, and "Share & save" a fifth row of its own.
  expect(Math.abs((await top('Globe')) - (await top('Map')))).toBeLessThan(4);
  for (const name of ['Cite this view', 'Share & save']) {
    expect(Math.abs((await top(name)) - (await top('Layers & legend')))).toBeLessThan(4);
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  await page.getByRole('button', { name: 'Share & save', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share and save this view' })).toBeVisible();
});

// At 320 px "All years" took a row of its own under Play: the timeline had 149 px of 568, the map 262.
test('on the smallest phone the timeline’s buttons and its year share one row above the slider', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('./');
  await waitForMapReady(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const top = async (control: Locator) => (await control.boundingBox())!.y;
  const play = await top(timeline.getByRole('button', { name: 'Play' }));
  for (const control of [
    timeline.getByRole('combobox'),
    timeline.getByRole('button', { name: 'All years' }),
    timeline.locator('.time-status'),
  ]) {
    expect(Math.abs((await top(control)) - play)).toBeLessThan(4);
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await top(timeline.getByRole('slider', { name: 'Year' }))).toBeGreaterThan(play + 30);
});

for (const [width, height] of [
  [320, 256],
  [256, 320],
] as const) {
  test(`at 400% zoom (${width} × ${height}) the header scrolls away and the tour's text and the details have room`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?tour=1');
    await waitForMapReady(page);
    // Under a fixed header the card kept 0 px for its text and the details a strip of 36 px.
    const workspace = (await page.locator('.workspace').boundingBox())!;
    expect(workspace.height).toBe(height);
    const card = page.locator('.tour-card');
    await card.scrollIntoViewIfNeeded();
    expect((await card.locator('.tour-text').boundingBox())!.height).toBeGreaterThan(40);
    await card.getByRole('button', { name: 'Next' }).click();
    await expect(card.getByRole('heading', { level: 2 })).not.toHaveText('Where the pivot came from');

    await page.goto('./?sel=relation:rus-vnm-arms-supply');
    await waitForMapReady(page);
    const details = page.getByRole('complementary', { name: /Russia → Vietnam/ });
    await details.scrollIntoViewIfNeeded();
    expect((await details.boundingBox())!.height).toBeGreaterThan(height * 0.6);
  });

  test(`at 400% zoom (${width} × ${height}) the timeline leaves the map more of the window than it takes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await waitForMapReady(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const heights = async () => ({
      map: (await page.locator('.map-area').boundingBox())!.height,
      timeline: (await timeline.boundingBox())!.height,
    });
    // The disabled "All years" took a row of its own: the timeline had about 150 px of 256.
    let { map, timeline: taken } = await heights();
    expect(map).toBeGreaterThan(taken);

    await timeline.getByRole('slider', { name: 'Year' }).fill('2014');
    await expect(timeline.locator('.time-status')).toHaveText('Up to 2014');
    await expect(timeline.getByRole('button', { name: 'All years' })).toBeVisible();
    ({ map, timeline: taken } = await heights());
    expect(map).toBeGreaterThan(taken);
  });
}

test('on a 1024 × 768 projector or tablet the header’s tools keep to one row under the title', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await waitForMapReady(page);
  const header = page.locator('.app-header');
  const rowOf = async (control: Locator) => (await control.boundingBox())!.y;
  const search = header.getByRole('combobox', { name: 'Search the map' });
  const row = await rowOf(search);
  // "Share & save" and "Present" took a row of their own, and the map 44 px less of the height.
  for (const name of ['Map', 'Globe', 'Layers & legend', 'Tour', 'Cite this view', 'Share & save', 'Present']) {
    const button = header.getByRole('button', { name, exact: true });
    expect(Math.abs((await rowOf(button)) - row), name).toBeLessThan(4);
    await expect(button).toBeInViewport({ ratio: 1 });
  }
  // Shown as "Share", it still works under its whole name.
  await header.getByRole('button', { name: 'Share & save' }).click();
  await expect(page.getByRole('dialog', { name: 'Share and save this view' })).toBeVisible();
});

test('on a tablet the layers are a drawer that takes the focus when it opens and gives it back when it closes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./');
  await waitForMapReady(page);
  expect((await page.locator('.map-area').boundingBox())!.width).toBe(768);
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await expect(drawer).toBeHidden();
  await toggle.click();
  await expect(drawer).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // Opened, it has the focus on its Close button; pressed from the keyboard, that hides the
  // drawer and leaves the focus on the toggle.
  const close = drawer.getByRole('button', { name: 'Close', exact: true });
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();
  await expect(toggle).toBeFocused();

  // Escape does the same; the next Tab after Close reaches the drawer's contents.
  await toggle.press('Enter');
  await expect(close).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(drawer.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('on a phone a tap beside the layers’ drawer closes it, and its Close button stays in sight, on an opaque strip, as it scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await page.getByRole('button', { name: 'Layers & legend' }).click();
  await expect(drawer).toBeVisible();
  const close = drawer.getByRole('button', { name: 'Close', exact: true });
  // Scrolled down to the legend, the drawer's Close had gone up out of sight with the summary.
  await drawer.getByRole('heading', { name: 'Legend' }).scrollIntoViewIfNeeded();
  await expect.poll(() => drawer.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await expect(close).toBeInViewport({ ratio: 1 });
  expect(await onTopAtItsCentre(close)).toBe(true);
  // Filled as the drawer is: the summary scrolling under it printed through "Close".
  const background = (el: Element) => getComputedStyle(el).backgroundColor;
  expect(await close.evaluate(background)).toBe(await drawer.evaluate(background));
  // And on a strip out to the drawer's left edge: beside it, text scrolled under it was cut mid-word.
  const panel = (await drawer.boundingBox())!;
  const button = (await close.boundingBox())!;
  const strip = { x: panel.x + 1, y: button.y, width: button.x - panel.x - 2, height: button.height };
  const counts = await colourCounts(page, await page.screenshot(), strip);
  expect(counts.get(colourBucket(await drawer.evaluate(background)))).toBe(
    Math.trunc(strip.width) * Math.trunc(strip.height),
  );
  // The strip of map beside the drawer: a tap there closes it.
  await page.mouse.click(panel.x + panel.width + 20, panel.y + panel.height / 2);
  await expect(drawer).toBeHidden();
});

// Tab from the drawer's last control went on to the timeline's Play, under the drawer, out of sight.
test('on a tablet, tabbing out of the layers’ drawer closes it, so the next control is in sight', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./');
  await waitForMapReady(page);
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await page.getByRole('button', { name: 'Layers & legend' }).click();
  await expect(drawer.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  let presses = 0;
  while ((await drawer.locator(':focus').count()) > 0 && presses++ < 80) await page.keyboard.press('Tab');
  expect(presses).toBeGreaterThan(3); // through the layers and the list of what the map shows
  await expect(drawer).toBeHidden();
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  // Nothing lies over it where the reader looks.
  expect(
    await focused.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !!hit && (el.contains(hit) || hit.contains(el));
    }),
  ).toBe(true);
});

// One Escape closed both the drawer and the details behind it.
test('on a tablet, Escape closes one thing at a time: the drawer while the focus is in it, else the details', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const details = page.getByRole('heading', { level: 2, name: 'Russia → Myanmar: arms supply' });
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await expect(details).toBeVisible();
  await page.getByRole('button', { name: 'Layers & legend' }).click();
  await expect(drawer.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(details).toBeVisible();

  await page.getByRole('button', { name: 'Layers & legend' }).click();
  await expect(drawer).toBeVisible();
  await page.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(drawer).toBeVisible();
});

// "In this view" was announced from inside the drawer: hidden there, a live region says nothing,
// so below 1101 px (and in an embed, which has no drawer) a change of year or layers went unheard.
for (const [where, query] of [
  ['on a tablet, its drawer closed,', './'],
  ['in an embed', './?embed=1'],
] as const) {
  test(`${where} a new year is announced with what the map then shows`, async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(query);
    await waitForMapReady(page);
    const year = page.getByRole('slider', { name: 'Year' });
    await year.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(year).toHaveAttribute('aria-valuetext', 'Up to 2021');
    const announcer = page.locator('[aria-live="polite"]').filter({ hasText: /^Showing .*, up to 2021: / });
    await expect(announcer).toHaveCount(1);
    await expect(announcer).toBeVisible(); // in the page's accessibility tree, not in a hidden drawer
  });
}

test('on a phone on its side the table scrolls as a page, each row’s name shown whole', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('./?view=table');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // Under the filters a scrolling box of its own would have shown a sliver of a row.
  for (const n of [0, 3]) {
    const name = rows.nth(n).getByRole('rowheader').getByRole('button');
    await name.scrollIntoViewIfNeeded();
    await expect(name).toBeInViewport({ ratio: 1 });
  }
  await saveScreenshot(page, 'short-table-844x390');
});

test('on a phone the table and the sources fill the screen; the details wait on the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  const details = page.locator('.details-panel');
  await expect(details).toBeVisible();
  const views = page.getByRole('navigation', { name: 'View' });
  for (const view of ['Table', 'Sources']) {
    await views.getByRole('button', { name: view }).click();
    await expect(details).toBeHidden();
    // The lower half of the screen is the view's, not the sheet's.
    const reached = await page.evaluate(() =>
      document.elementFromPoint(195, 700)?.closest('.view-page, .details-panel'),
    );
    expect(reached).not.toBeNull();
    expect(await page.evaluate(() => document.elementFromPoint(195, 700)?.closest('.details-panel'))).toBeNull();
  }
  await views.getByRole('button', { name: 'Map' }).click();
  await expect(details).toBeVisible();
});

// A place under the sheet on the phone's opening globe; a tie a laptop's camera leaves off a phone's
// map; a tie whose Moscow end the opening globe shows and whose Myanmar end the sheet hid.
const NAYPYIDAW_LINK = { query: './?sel=place:naypyidaw', ends: [NAYPYIDAW] };
const TIE_LINK = {
  query: './?sel=relation:rus-mmr-arms-supply',
  ends: [[37.62, 55.75], NAYPYIDAW] as [number, number][],
  whole: true,
};
const LAPTOP_LINK = {
  query: './?sel=relation:kgz-csto&cam=120.00,20.00,3.10',
  ends: [
    [74.57, 42.87], // Bishkek, Kyrgyzstan's end
    [37.62, 55.75], // Moscow, the CSTO's
  ] as [number, number][],
};
// An event at one place just under the sheet, which MapLibre's fit on the globe found no camera
// for while a single place's bounds had no size (bounds.ts): the map stayed, the place hidden.
const BORDER_LINK = { query: './?sel=event:kyrgyz-tajik-clashes-2022', ends: [[70.82, 40.06]] as [number, number][] };
const LINKS: [string, { query: string; ends: [number, number][]; whole?: boolean }][] = [
  ['a link', NAYPYIDAW_LINK],
  ['a one-place link (the Kyrgyz–Tajik border)', BORDER_LINK],
  ['a laptop’s link', LAPTOP_LINK],
  ['a link with no camera', TIE_LINK],
];
for (const [name, { query, ends, whole = false }] of LINKS) {
  const what = whole ? 'each end of it' : 'it';
  test(`on a phone ${name} to an entry shows ${what} above the details sheet, not under it`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(query);
    await waitForMapReady(page);
    // Its markers whole, not cut by the screen's edge: on the globe MapLibre fitted the tie to the
    // whole map, its Moscow end at the very top.
    const inSight = () => placesAboveSheet(page, ends, { every: whole });
    await expect.poll(inSight).toBe(true);
  });
}

const INDONESIA_LINK = {
  query: './?sel=relation:rus-idn-arms-supply',
  ends: [
    [37.62, 55.75], // Moscow
    [106.85, -6.21], // Jakarta
  ] as [number, number][],
};
// The globe was fitted beside the sheet with its padding, which outlived it: turned on its side, the
// phone showed a sliver of the globe (348 px of padding in a map 236 px high), the tie run off its
// top; closed, the globe stayed in the map's top half, over an empty band where the sheet had been.
test('on a phone turned on its side the tie is framed again beside the details, and once they close the globe is centred', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(INDONESIA_LINK.query);
  await waitForMapReady(page);
  await expect.poll(() => placesAboveSheet(page, INDONESIA_LINK.ends, { every: true })).toBe(true);

  await page.setViewportSize({ width: 844, height: 390 });
  const besideDetails = async () => {
    const detailsLeft = (await page.locator('.details-panel').boundingBox())!.x;
    return page.evaluate(
      ({ ends, detailsLeft }) => {
        const map = window.pivotMap!;
        const box = map.getContainer().getBoundingClientRect();
        return ends.every((end) => {
          const p = map.project(end);
          const back = map.unproject(p);
          const facing = Math.abs(back.lng - end[0]) < 0.5 && Math.abs(back.lat - end[1]) < 0.5;
          const [x, y] = [box.left + p.x, box.top + p.y];
          return facing && x > box.left + 10 && x < detailsLeft - 10 && y > box.top + 10 && y < box.bottom - 10;
        });
      },
      { ends: INDONESIA_LINK.ends, detailsLeft },
    );
  };
  await expect.poll(besideDetails).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => placesAboveSheet(page, INDONESIA_LINK.ends, { every: true })).toBe(true);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.locator('.details-panel')).toBeHidden();
  // The globe's centre in the middle of the map, not of the part the sheet left.
  const offCentre = () =>
    page.evaluate(() => {
      const map = window.pivotMap!;
      const p = map.project(map.getCenter());
      const { clientWidth, clientHeight } = map.getContainer();
      return Math.round(Math.hypot(p.x - clientWidth / 2, p.y - clientHeight / 2));
    });
  await expect.poll(offCentre).toBeLessThan(3);
});

// The details' sheet covers the timeline on a phone: a map showing only up to 2019 said so nowhere
// in sight. The year shows over the map while the sheet is up, and goes with it.
test('on a phone, the map says which years it shows while the details cover the timeline', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?sel=relation:rus-mmr-arms-supply&year=2019');
  await waitForMapReady(page);
  const year = page.getByText('Showing up to 2019');
  await expect(year).toBeVisible();
  const sheet = (await page.locator('.details-panel').boundingBox())!;
  const yearBox = (await year.boundingBox())!;
  const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
  expect(yearBox.y).toBeGreaterThanOrEqual(map.y);
  expect(yearBox.y + yearBox.height).toBeLessThan(sheet.y);
  // What it stands in for: the timeline's own status, under the sheet.
  expect(await onTopAtItsCentre(page.locator('.time-status'))).toBe(false);

  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(year).toBeHidden();
  expect(await onTopAtItsCentre(page.locator('.time-status'))).toBe(true);
});

// The four facts of a source wrapped into ragged rows on a phone: "Kind" under "Author", but
// "Published" not under "Outlet".
test('on a phone, each source’s facts line up in two columns', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=sources');
  const facts = page.getByRole('article', { name: /Encounters New Difficulties/ }).locator('dt');
  await expect(facts).toHaveText(['Author', 'Outlet', 'Kind', 'Published']);
  const [author, outlet, kind, published] = await Promise.all(
    [0, 1, 2, 3].map(async (i) => (await facts.nth(i).boundingBox())!),
  );
  expect(kind.x).toBeCloseTo(author.x, 0);
  expect(published.x).toBeCloseTo(outlet.x, 0);
  expect(kind.y).toBeGreaterThan(author.y);
});

// At 16 px tall the year slider was fiddly to a thumb (phone reader's check).
test('on a phone the year slider is a target 24 px tall: a tap 10 px above its track still chooses the year', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const slider = timeline.getByRole('slider', { name: 'Year' });
  const box = (await slider.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  const label = (await timeline.getByText('2010', { exact: true }).boundingBox())!;
  await page.mouse.click(label.x + label.width / 2, box.y + box.height / 2 - 10);
  await expect(timeline.locator('.time-status')).toHaveText('Up to 2010');
});
