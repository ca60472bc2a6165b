/**
 * Embed mode (`?embed=1`) as a reader of another site meets it: a compact map with its title,
 * legend and a way out to the full map, in a 600×400 or a 320 px wide frame; clicks open the
 * details over the map without adding to the host page's history; and on a page of another
 * origin, the page scrolls over the map while Ctrl + wheel zooms it.
 */
import {
  test,
  expect,
  waitForMapReady,
  waitForIdle,
  placesAboveSheet,
  pointOnFlow,
  drawnMarkers,
  renderedFlowIds,
  renderedPlaceNames,
  saveScreenshot,
  axeViolations,
  colourCounts,
  colourBucket,
  bucketColour,
  tabTo,
  onTopAtItsCentre,
  themeColour,
  apart,
  holdScripts,
  type Frame,
  type Page,
} from './driver.ts';
import { startHostPage, type HostPage } from './host-page.ts';
import { THEMES } from '../src/map/theme.ts';
import { APP_NAME } from '../src/app-name.ts';

const fullMapLink = (page: Page) => page.getByRole('link', { name: /^Open full map/ });

/** Whether the frame's own document could scroll (it must not: the host page should). */
const documentScrolls = (page: Page | Frame) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth;
  });

test('a 600×400 embed shows the title, the legend and a link to the same view in the full map', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1&layers=arms');
  await waitForMapReady(page);

  await expect(page.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByText('Russia’s ties')).toBeVisible();
  const link = fullMapLink(page);
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `${baseURL}?layers=arms`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');

  // The full app's tools are not in the frame; the map keeps the page's wheel and swipes.
  await expect(page.getByRole('combobox', { name: /search/i })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cite this view' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toHaveCount(0);
  expect(await page.evaluate(() => window.pivotMap!.cooperativeGestures.isEnabled())).toBe(true);
  expect(await documentScrolls(page)).toBe(false);
  // The map's name points to no side panel: the frame has none.
  await expect(page.locator('.maplibregl-canvas')).toHaveAccessibleName(
    'Map of Russia’s relationships in Asia. Arrow keys move it, plus and minus zoom.',
  );
  await saveScreenshot(page, 'embed-600x400');
  expect(await axeViolations(page)).toEqual([]);

  // The whole legend is one click away, and goes away again.
  const more = page.getByRole('button', { name: 'Full legend' });
  await expect(legend.getByText('Stated by the source')).toBeHidden();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.getByText('Stated by the source')).toBeVisible();
  await saveScreenshot(page, 'embed-600x400-full-legend');
  expect(await axeViolations(page)).toEqual([]);
  await more.click();
  await expect(legend.getByText('Stated by the source')).toBeHidden();
});

for (const spelling of ['embed=true', 'embed']) {
  test(`an editor’s ${spelling} opens the embed too, and the address says embed=1`, async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto(`./?${spelling}&layers=arms`);
    await waitForMapReady(page);

    await expect(fullMapLink(page)).toBeVisible();
    await expect(page.getByRole('combobox', { name: /search/i })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed'))).toBe(true);
    expect(await documentScrolls(page)).toBe(false);
    await expect(page).toHaveURL(/\?layers=arms&embed=1$/);
  });
}

test('an embed credits its sources: the map’s credit links to the full app’s list of them', async ({
  page,
  context,
  baseURL,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  // With no entry open, nothing else in the frame names a source.
  await page.goto('./?embed=1&layers=arms');
  await waitForMapReady(page);
  const sources = page.locator('.maplibregl-ctrl-attrib').getByRole('link', { name: /^Sources/ });
  await expect(sources).toBeVisible();
  await expect(sources).toHaveAccessibleName('Sources of the map’s claims (opens in a new tab)');
  await expect(sources).toHaveAttribute('href', `${baseURL}?view=sources`);
  await expect(sources).toHaveAttribute('target', '_blank');
  const opened = context.waitForEvent('page');
  await sources.click();
  const list = await opened;
  await expect(list.getByRole('region', { name: 'Sources', exact: true }).getByRole('article')).toHaveCount(5);
  // The full app credits the basemap alone: its Sources view is a button away.
  await page.goto('./');
  await waitForMapReady(page);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib').getByRole('link', { name: /^Sources/ })).toHaveCount(0);
});

test('clicking a flow in an embed opens its details over the map and adds nothing to history', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1&layers=arms&proj=flat&cam=100,25,3.2');
  await waitForMapReady(page);
  const historyLength = await page.evaluate(() => history.length);

  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Russia → Myanmar');
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(fullMapLink(page)).toHaveAttribute(
    'href',
    `${baseURL}?layers=arms&sel=relation:rus-mmr-arms-supply&cam=100.00,25.00,3.20&proj=flat`,
  );

  // Over the map, inside the frame: the map keeps the frame's whole width.
  const panelBox = (await details.boundingBox())!;
  const mapBox = (await page.locator('.map-area').boundingBox())!;
  expect(mapBox.width).toBe(600);
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(600);
  expect(panelBox.x).toBeGreaterThan(0);
  // The zoom buttons and the legend's toggle stay beside the details, where they can be pressed.
  for (const control of [
    page.getByRole('button', { name: 'Zoom in' }),
    page.getByRole('button', { name: 'Zoom out' }),
    page.locator('.embed-legend-toggle'),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x);
  }
  const zoom = await page.evaluate(() => window.pivotMap!.getZoom());
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getZoom())).toBeGreaterThan(zoom);
  await saveScreenshot(page, 'embed-600x400-details');
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

// A narrow embed's details are a sheet over 60% of the frame, a 600 px one's a column over half
// its width: both were taken for covering nothing, so a linked tie was left under them (in a
// 320 × 480 frame only Moscow's end showed above the sheet). In a phone's column 400 px high the
// sheet and the legend's colour key left the tie a strip, Moscow under the key. In a 320 × 480
// frame the sheet and the legend leave too little room (camera.ts, LEAST_FRAME_BELOW_BOX): a
// place under the legend's button counts as in sight there, so only the sheet is checked.
for (const [width, height, clearOfLegend] of [
  [320, 480, false],
  [366, 400, true],
  [400, 600, true],
] as const) {
  test(`a ${width} × ${height} embed of a tie frames both its ends in the map the details sheet leaves`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&layers=arms&sel=relation:rus-mmr-arms-supply');
    await waitForMapReady(page);
    const sheetTop = (await page.locator('.details-panel').boundingBox())!.y;
    const mapTop = (await page.locator('.maplibregl-canvas').boundingBox())!.y;
    const legend = (await page.locator('.embed-legend').boundingBox())!;
    const endsAboveSheet = async () => {
      const markers = await drawnMarkers(page);
      return ['moscow', 'naypyidaw'].filter((id) => {
        const m = markers.find((marker) => marker.id === id);
        if (m === undefined || m.x < 0 || m.x > width || mapTop + m.y >= sheetTop) return false;
        const underLegend = m.x < legend.x + legend.width && mapTop + m.y < legend.y + legend.height;
        return !(clearOfLegend && underLegend);
      });
    };
    await expect.poll(endsAboveSheet).toEqual(['moscow', 'naypyidaw']);
    expect(sheetTop).toBeGreaterThanOrEqual(height * 0.4);
  });
}

// A phone's column fits the tie into its frame, zoomed out to the world: that camera was written
// into the state, and the full map opened at it.
test('in a narrow embed, “Open full map” keeps the editor’s camera until the reader moves the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 480 });
  const camera = 'cam=91.18,40.07,2.47';
  await page.goto(`./?embed=1&layers=arms,energy&sel=relation:rus-mmr-arms-supply&${camera}&proj=flat`);
  await waitForMapReady(page);
  // The frame brings the tie into sight, zooming out.
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getZoom())).toBeLessThan(2);
  await waitForIdle(page);
  await expect(fullMapLink(page)).toHaveAttribute('href', new RegExp(`[?&]${camera}&`));

  // Once the reader zooms, the link opens what they see.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForIdle(page);
  const zoom = await page.evaluate(() => window.pivotMap!.getZoom());
  await expect(fullMapLink(page)).toHaveAttribute(
    'href',
    new RegExp(`[?&]cam=[-\\d.]+,[-\\d.]+,${zoom.toFixed(2)},320x420&`),
  );
});

/** The ids of the places that lie in the map's frame, `margin` pixels clear of its edges (a flat map). */
const placesInFrame = (page: Page, margin = 0) =>
  page.evaluate((margin) => {
    const map = window.pivotMap!;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    return map.querySourceFeatures('places').flatMap((place) => {
      const { x, y } = map.project((place.geometry as GeoJSON.Point).coordinates as [number, number]);
      const inFrame = x >= margin && y >= margin && x <= width - margin && y <= height - margin;
      return inFrame ? [String(place.properties.id)] : [];
    });
  }, margin);

// An editor framed Central Asia on a laptop; in a phone's 351 px column the embed showed the
// laptop's zoom, a quarter of its width: Tashkent and Bishkek, not the rest.
test('an embed shows the stretch of map its editor chose on a laptop, fitted to a phone’s column', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?layers=rail&proj=flat&cam=66.00,41.00,2.80');
  await waitForMapReady(page);
  // Moving the map writes its camera with the frame it was chosen in.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForIdle(page);
  await expect(page).toHaveURL(/[?&]cam=66\.00,41\.00,3\.80,1366x708(&|$)/);
  const chosen = await placesInFrame(page, 20);
  expect(chosen).toEqual(expect.arrayContaining(['tashkent', 'bishkek', 'ashgabat', 'tehran']));

  await page.getByRole('button', { name: 'Share & save' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /<iframe src="([^"]*)"/.exec(code)![1].replace(/&amp;/g, '&');
  await page.setViewportSize({ width: 351, height: 500 });
  await page.goto(src);
  await waitForMapReady(page);
  await waitForIdle(page);
  await saveScreenshot(page, 'embed-351-chosen-on-laptop');
  expect(await placesInFrame(page)).toEqual(expect.arrayContaining(chosen));
});

// A full-width embed's frame narrowed (a phone turned upright): the tie it was about was left out of sight.
test('an embed whose frame narrows brings the tie it is about back into sight', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('./?embed=1&sel=relation:rus-mmr-arms-supply&cam=112,42.7,1.64');
  await waitForMapReady(page);
  await waitForIdle(page);
  // Moscow and Naypyidaw, the tie's ends: above the details' sheet the narrow frame shows neither.
  const ends: [number, number][] = [
    [37.62, 55.76],
    [96.12, 19.76],
  ];
  await page.setViewportSize({ width: 320, height: 480 });
  await expect.poll(() => placesAboveSheet(page, ends), { timeout: 15_000 }).toBe(true);
});

// An editor chose a tie on a laptop (the address names the frame its camera was chosen in). In a
// phone's 360 × 500 column the details sheet covered the tie's Kyrgyz end: Moscow showed, so the
// embed was not flown to the tie. In the Share dialog's 600 × 400 the column covered it, and once
// flown to, Moscow lay under the legend's "Full legend" button, which the frame did not count.
for (const [width, height] of [
  [360, 500],
  [600, 400],
] as const) {
  test(`an embed of a tie chosen on a laptop shows both its ends in a ${width} × ${height} frame`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?layers=arms,security&sel=relation:rus-kgz-base&cam=77.07,51.37,3.32,1280x740&embed=1');
    await waitForMapReady(page);
    const ends: [number, number][] = [
      [37.6173, 55.7558],
      [74.5698, 42.8746],
    ];
    await expect.poll(() => placesClearOfDetails(page, ends), { timeout: 15_000 }).toBe(true);
  });
}

/** Whether each place (longitude, latitude) is on the map's side in sight, 10 px in from its edges, and not under the details or the legend's bar. */
function placesClearOfDetails(page: Page, places: [number, number][]) {
  return page.evaluate((places) => {
    const map = window.pivotMap!;
    const box = map.getContainer().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.details-panel, .embed-legend')].map((e) =>
      e.getBoundingClientRect(),
    );
    const margin = 10;
    return places.every((place) => {
      const p = map.project(place);
      const back = map.unproject(p);
      const facing = Math.abs(back.lng - place[0]) < 0.5 && Math.abs(back.lat - place[1]) < 0.5;
      const [x, y] = [box.left + p.x, box.top + p.y];
      const inMap = x > box.left + margin && x < box.right - margin && y > box.top + margin && y < box.bottom - margin;
      const under = covers.some((r) => x > r.left && x < r.right && y > r.top && y < r.bottom);
      return facing && inMap && !under;
    });
  }, places);
}

// The loading page's header was 8 px shorter than the app's, with "Open full map": everything in
// the frame moved down as the app came, a layout shift in the editor's article.
test('an embed’s header is as tall while the app’s code comes as once it has come', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 480 });
  const release = await holdScripts(page, /\/index-[^/]*\.js$/);
  await page.goto('./?embed=1', { waitUntil: 'commit' });
  const header = page.locator('.app-header');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map…' })).toBeVisible();
  // Measure the header as first painted: the browser paints no frame before the stylesheet has come
  // (it blocks rendering), but it lays the page out without it when asked, as boundingBox asks.
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(painted)));
  const loading = (await header.boundingBox())!.height;
  release();
  await expect(fullMapLink(page)).toBeVisible();
  expect((await header.boundingBox())!.height).toBe(loading);
});

// In a 640 × 480 embed the details' column covered "Drawing the map…", and in a phone's column the
// sheet cut through it: on a slow connection the reader saw no sign the map was coming.
for (const [width, height] of [
  [640, 480],
  [360, 500],
] as const) {
  test(`while the map draws, its message shows beside the details in a ${width} × ${height} embed`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/generated\/basemap\//, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('./?embed=1&layers=arms,security&sel=relation:rus-kgz-base');
    const message = page.getByText('Drawing the map…');
    await expect(message).toBeVisible();
    await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toBeVisible();
    expect(await onTopAtItsCentre(message)).toBe(true);
    release();
    await waitForMapReady(page);
    await expect(message).toHaveCount(0);
  });
}

// In a phone's column the title showed cut short ("Russia’s pivot to …") beside "Open full map".
for (const [width, label] of [
  [320, 'Full map'],
  [400, 'Open full map'],
] as const) {
  test(`a ${width} px wide embed shows its whole title beside “${label}”`, async ({ page }) => {
    await page.setViewportSize({ width, height: 480 });
    await page.goto('./?embed=1');
    const title = page.getByRole('heading', { level: 1, name: APP_NAME });
    await expect(title).toBeVisible();
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
    const link = fullMapLink(page);
    await expect(link).toHaveAccessibleName('Open full map (opens in a new tab)');
    // The label painted: the other one is not.
    const painted = await link
      .locator('.embed-open-long, .embed-open-short')
      .evaluateAll((labels) => labels.filter((l) => l.getBoundingClientRect().width > 1).map((l) => l.textContent));
    expect(painted).toEqual([label]);
  });
}

// Under a narrow embed's details sheet the timeline is covered: the year shows over the map,
// under the legend's button, clear of it and of the zoom buttons.
test('a 320 × 480 embed of a tie in one year says that year over the map its sheet leaves', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto('./?embed=1&sel=relation:rus-mmr-arms-supply&year=2019&mode=at');
  await waitForMapReady(page);
  const year = page.getByText('Showing only 2019');
  await expect(year).toBeVisible();
  expect(await apart(year, page.locator('.embed-legend')), 'clear of the legend').toBe(true);
  expect(await apart(year, page.locator('.maplibregl-ctrl-zoom-in')), 'clear of the zoom').toBe(true);
  const box = (await year.boundingBox())!;
  expect(box.y + box.height).toBeLessThan((await page.locator('.details-panel').boundingBox())!.y);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(year).toBeHidden();
});

// MapLibre's hint to zoom with Ctrl + scroll lay over the whole map's box and over the details
// too: its words were cut by the column's edge, or, in a phone's column, sat on the sheet's top,
// which it greyed. With reduced motion it flashed for a tenth of a second.
for (const { width, height } of [
  { width: 640, height: 480 },
  { width: 360, height: 500 },
]) {
  test(`in a ${width} × ${height} embed, the hint to zoom with Ctrl + scroll stands in the map the details leave, long enough to read`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?embed=1&layers=arms&sel=relation:rus-vnm-arms-supply');
    await waitForMapReady(page);
    const details = page.locator('.details-panel');
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    const panel = (await details.boundingBox())!;
    const hint = page.getByText('Use Ctrl + scroll to zoom the map');

    // How long the hint is in sight, from MapLibre showing it until it is gone.
    const shownFor = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
          new MutationObserver((_, observer) => {
            observer.disconnect();
            const start = performance.now();
            const gone = () =>
              getComputedStyle(screen).opacity === '0'
                ? resolve(performance.now() - start)
                : requestAnimationFrame(gone);
            requestAnimationFrame(gone);
          }).observe(screen, { attributeFilter: ['class'] });
        }),
    );
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(map.x + 40, map.y + 120);
    await page.mouse.wheel(0, 120);

    // The details are not greyed: their top, right of the sheet's handle, is their own background.
    const shot = await page.screenshot();
    const background = await details.evaluate((el) => getComputedStyle(el).backgroundColor);
    const strip = { x: panel.x + panel.width * 0.75, y: panel.y + 4, width: 8, height: 8 };
    expect((await colourCounts(page, shot, strip)).get(colourBucket(background))).toBe(64);

    // In sight and whole: beside the column, or above the sheet.
    const box = (await hint.boundingBox())!;
    if (panel.y > map.y) expect(box.y + box.height, 'above the sheet').toBeLessThanOrEqual(panel.y);
    else expect(box.x + box.width, 'left of the column').toBeLessThanOrEqual(panel.x);
    expect(box.x).toBeGreaterThanOrEqual(map.x);

    expect(await shownFor, 'milliseconds in sight').toBeGreaterThan(1000);
  });
}

// Beside the details column the timeline says which year the map shows: under the column, a map
// of 2014 only looked like the map of every year. In a 600 px frame "All years, 2000–2022" ran on
// under the column, cut at "2000–202".
for (const width of [500, 600, 800]) {
  for (const [years, status] of [
    ['&year=2014&mode=at', 'In 2014'],
    ['', 'All years, 2000–2022'],
  ] as const) {
    test(`a ${width} px wide embed of a tie shows “${status}” whole beside the details`, async ({ page }) => {
      await page.setViewportSize({ width, height: 400 });
      await page.goto(`./?embed=1&layers=arms,energy&sel=relation:rus-mmr-arms-supply${years}`);
      await waitForMapReady(page);
      await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toBeVisible();
      const shown = page.locator('.timeline .time-status');
      await expect(shown).toHaveText(status);
      // Each line of its text, from its first letter to its last, is on top where it is drawn.
      const uncovered = await shown.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return [...range.getClientRects()].every(({ left, right, top, bottom }) =>
          [left + 1, right - 1].every((x) => document.elementFromPoint(x, (top + bottom) / 2)?.closest('.time-status')),
        );
      });
      expect(uncovered, 'the whole status is in sight').toBe(true);
      await expect(page.getByRole('slider')).toBeVisible();
    });
  }
}

test('a 320 px wide embed in the dark theme keeps its title, legend and link in the frame', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto('./?embed=1&layers=arms&theme=dark');
  await waitForMapReady(page);

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => window.pivotMap!.getPaintProperty('background', 'background-color'))).toBe(
    THEMES.dark.sea,
  );
  for (const part of [
    page.getByRole('heading', { level: 1, name: APP_NAME }),
    page.getByRole('region', { name: 'Legend' }).getByText('Russia’s ties'),
    fullMapLink(page),
    page.getByRole('slider', { name: 'Year' }),
  ]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  expect(await documentScrolls(page)).toBe(false);
  await saveScreenshot(page, 'embed-320x480-dark');
  expect(await axeViolations(page)).toEqual([]);
});

// In a phone's article column the legend's colour key and its button took two rows, the second
// over Moscow, where Russia's ties start: its marker lay under the legend and its name was not drawn.
test('a 360 px wide embed keeps its legend to one row, clear of Moscow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto('./?embed=1');
  await waitForMapReady(page);

  const key = (await page.getByRole('region', { name: 'Legend' }).getByText('Russia’s ties').boundingBox())!;
  const button = page.getByRole('button', { name: 'Full legend' });
  const toggle = (await button.boundingBox())!;
  expect(toggle.y, 'the button beside the key').toBeLessThan(key.y + key.height);

  const legend = (await page.locator('.embed-legend').boundingBox())!;
  const mapTop = (await page.locator('.maplibregl-canvas').boundingBox())!.y;
  const moscow = (await drawnMarkers(page)).find((m) => m.id === 'moscow');
  expect(mapTop + moscow!.y, 'Moscow below the legend').toBeGreaterThan(legend.y + legend.height);
  await expect.poll(() => renderedPlaceNames(page)).toContain('Moscow');
});

/** Share of an element's pixels that stand out from its background (its icon or text), from a screenshot. */
async function inkShare(page: Page, png: Buffer, background: string): Promise<number> {
  const bg = background.match(/\d+/g)!.map(Number);
  let [ink, all] = [0, 0];
  for (const [key, n] of await colourCounts(page, png)) {
    const [r, g, b] = bucketColour(key);
    if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 300) ink += n;
    all += n;
  }
  return ink / all;
}

for (const address of ['./?embed=1&theme=dark', './?theme=dark', './?theme=light']) {
  test(`the map's zoom buttons and credit take the page's colours, with icons that stand out (${address})`, async ({
    page,
  }) => {
    await page.goto(address);
    await waitForMapReady(page);
    const pageColour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const credit = page.locator('.maplibregl-ctrl-attrib');
    // The reset button shows once the reader has moved the map.
    await zoomIn.click();
    await expect(page.getByRole('button', { name: 'Reset the view' })).toBeVisible();
    await waitForIdle(page);
    // Two groups of buttons: zooming, and resetting the view.
    const groups = await page.locator('.maplibregl-ctrl-group').all();
    expect(groups).toHaveLength(2);
    for (const control of [...groups, credit])
      expect(await control.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(pageColour);
    // The line between the two zoom buttons, and the group's frame, are the page's lines: MapLibre's
    // own (a light grey line, a faint black ring) lit a bright bar across the buttons on a dark page.
    const lineColour = await themeColour(page, '--line');
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    expect(await zoomOut.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(lineColour);
    for (const group of groups)
      expect(await group.evaluate((el) => getComputedStyle(el).boxShadow)).toBe(`${lineColour} 0px 0px 0px 1px`);
    // The +, the house and the (i) are drawn in a colour far from the background: a few per cent of the button.
    const reset = page.getByRole('button', { name: 'Reset the view' });
    for (const icon of [zoomIn, reset, credit.locator('.maplibregl-ctrl-attrib-button')])
      expect(await inkShare(page, await icon.screenshot(), pageColour)).toBeGreaterThan(0.03);
  });
}

test('the zoom and reset buttons and the credit button show the keyboard focus as every other control does', async ({
  page,
}) => {
  await page.goto('./?embed=1');
  await waitForMapReady(page);
  const focusColour = await themeColour(page, '--focus');
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  // The reset button shows once the reader has moved the map.
  await zoomIn.click();
  await expect(page.getByRole('button', { name: 'Reset the view' })).toBeVisible();
  await page.getByRole('link', { name: /^Open full map/ }).focus();
  const creditButton = page.locator('.maplibregl-ctrl-attrib-button');
  const reset = page.getByRole('button', { name: 'Reset the view' });
  for (const control of [zoomIn, page.getByRole('button', { name: 'Zoom out' }), reset, creditButton]) {
    // Reached with the keyboard, as a keyboard reader reaches it.
    await tabTo(page, control, 10);
    await expect(control).toBeFocused();
    const ring = await control.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow];
    });
    // The one ring: MapLibre's blue glow stood round the zoom buttons inside it, a second focus.
    expect(ring).toEqual(['solid', '3px', focusColour, 'none']);
  }
  await saveScreenshot(page, 'embed-credit-focused');
});

test('an embed with no layers says nothing is shown and points to the full map, not to layer switches it lacks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1&layers=');
  await waitForMapReady(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText(
    'Nothing is shown in this view. “Open full map” lets you choose layers and years.',
  );
  await expect(legend).not.toContainText('turn on a layer');
  await expect(fullMapLink(page)).toBeVisible();
  // Nor does it offer a "Full legend" with nothing in it.
  await expect(page.getByRole('button', { name: /Full legend/ })).toBeHidden();
});

test('theme=light forces the light theme on a reader who prefers dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1&theme=light');
  await waitForMapReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
  expect(await page.evaluate(() => window.pivotMap!.getPaintProperty('background', 'background-color'))).toBe(
    '#dce6ec',
  );
});

const hostTest = test.extend<{ hostPage: HostPage }>({
  // eslint-disable-next-line no-empty-pattern
  hostPage: async ({}, use) => {
    const host = await startHostPage();
    await use(host);
    await host.close();
  },
  // The guard allows exactly the app's origin and the host page's, and still fails the test on
  // a console error in either frame.
  otherAllowedOrigins: async ({ hostPage }, use) => use([hostPage.origin]),
});

hostTest(
  'on a page of another origin the map renders, the page scrolls over it, and Ctrl + wheel zooms it',
  async ({ page, baseURL, hostPage }) => {
    await page.goto(hostPage.articleUrl(`${baseURL}?embed=1&layers=arms`, { width: 600, height: 400 }));
    const iframe = page.locator('iframe');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    await waitForMapReady(frame);
    const flowsDrawn = await frame.evaluate(
      () => window.pivotMap!.queryRenderedFeatures({ layers: ['flow-solid', 'flow-dashed'] }).length,
    );
    expect(flowsDrawn).toBeGreaterThan(0);
    const inFrame = page.frameLocator('iframe');
    await expect(inFrame.getByRole('heading', { level: 1, name: APP_NAME })).toBeVisible();
    await expect(inFrame.getByRole('region', { name: 'Legend' }).getByText('Russia’s ties')).toBeVisible();
    // Loading the frame took no focus from the host page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

    // The wheel over the map scrolls the host page and leaves the map's zoom alone.
    await frame.evaluate(() => {
      window.__preventedGestures = 0;
      window.pivotMap!.on('cooperativegestureprevented', () => window.__preventedGestures!++);
    });
    const zoom = () => frame.evaluate(() => window.pivotMap!.getZoom());
    const scrollY = () => page.evaluate(() => window.scrollY);
    const before = await zoom();
    const overMap = async () => {
      const box = (await iframe.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    let point = await overMap();
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, 120);
    await expect.poll(scrollY).toBeGreaterThan(0);
    await expect.poll(() => frame.evaluate(() => window.__preventedGestures)).toBeGreaterThan(0);
    expect(await zoom()).toBe(before);

    // Ctrl + wheel zooms the map, and the page stays where it is.
    const scrolled = await scrollY();
    point = await overMap();
    await page.mouse.move(point.x, point.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(before);
    expect(await scrollY()).toBe(scrolled);
    expect(await documentScrolls(frame)).toBe(false);

    await saveScreenshot(page, 'embed-host-page');
    expect(await axeViolations(page)).toEqual([]);
  },
);

// An editor may paste the full map's address, not the embed's, into an article's frame.
hostTest(
  'on a page of another origin that frames the full map, not the embed, the page still scrolls over the map',
  async ({ page, baseURL, hostPage }) => {
    await page.goto(hostPage.articleUrl(`${baseURL}?layers=arms`, { width: 800, height: 600 }));
    const iframe = page.locator('iframe');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await waitForMapReady(frame);
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Share & save' })).toBeVisible();
    const zoom = () => frame.evaluate(() => window.pivotMap!.getZoom());
    const before = await zoom();
    const map = (await page.frameLocator('iframe').locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await zoom()).toBe(before);
  },
);

hostTest(
  'on a page of another origin a wheel over the details, once they are read to the end, scrolls the page',
  async ({ page, baseURL, hostPage }) => {
    const src = `${baseURL}?embed=1&layers=arms&sel=relation:rus-mmr-arms-supply&proj=flat`;
    await page.goto(hostPage.articleUrl(src, { width: 600, height: 400 }));
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await waitForMapReady(frame);
    const body = page.frameLocator('iframe').locator('.details-body');
    await expect(body).toBeVisible();
    // The details are longer than the panel, and the reader has scrolled them to their end.
    const end = await body.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollHeight > el.clientHeight ? el.scrollTop : 0;
    });
    expect(end).toBeGreaterThan(0);

    const box = (await body.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await body.evaluate((el) => el.scrollTop)).toBe(end);
  },
);

// The browser's own scrolling into sight moves every box that holds what it shows, the article
// around the frame too: "Read in context" moved the page up to 387 px to centre its quote in the
// window, and a country chosen in the details (its heading taking the focus) 19 px.
hostTest(
  'on a page of another origin, reading a quote in context and choosing in the details leave the page where it is',
  async ({ page, baseURL, hostPage }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const src = `${baseURL}?embed=1&layers=arms,security&sel=relation:rus-kgz-base`;
    await page.goto(hostPage.articleUrl(src, { width: 640, height: 480 }));
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await waitForMapReady(frame);
    const details = page.frameLocator('iframe').locator('.details-panel');
    const scrollY = () => page.evaluate(() => window.scrollY);
    // The reader has scrolled the article so that the frame's top is 150 px down the window.
    const scrollFrameTo = (top: number) =>
      page.evaluate((top) => window.scrollTo(0, document.querySelector('iframe')!.offsetTop - top), top);

    await scrollFrameTo(150);
    const at = await scrollY();
    expect(at).toBeGreaterThan(0);
    await details.getByRole('button', { name: 'Read in context' }).first().click();
    const dialog = page.frameLocator('iframe').getByRole('dialog', { name: 'The passage in context' });
    await expect(dialog.locator('mark')).toBeVisible();
    // The dialog shows its quote, scrolled within it.
    const quoteInDialog = await dialog.locator('mark').evaluate((mark) => {
      const [box, quote] = [mark.closest('dialog')!.getBoundingClientRect(), mark.getBoundingClientRect()];
      return quote.top >= box.top && quote.bottom <= box.bottom;
    });
    expect(quoteInDialog).toBe(true);
    expect(await scrollY()).toBe(at);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Now the frame's top is 100 px above the window, the details' heading out of sight.
    await scrollFrameTo(-100);
    const kyrgyzstan = details.getByRole('button', { name: 'Kyrgyzstan', exact: true });
    await kyrgyzstan.scrollIntoViewIfNeeded();
    const before = await scrollY();
    await kyrgyzstan.click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kyrgyzstan');
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    expect(await scrollY()).toBe(before);
  },
);

// An address naming an unknown country opens the details, which then say the data lacks it; the
// focus they gave back as they shut went to the map, in a frame the reader was not using: what
// they typed into the article's field went nowhere.
hostTest(
  'on a page of another origin an embed never takes the focus from the page as it loads',
  async ({ page, baseURL, hostPage }) => {
    await page.goto(hostPage.articleUrl(`${baseURL}?embed=1&sel=country:XXX`, { width: 600, height: 400 }));
    const comment = page.getByRole('textbox', { name: 'Your comment' });
    await comment.focus();
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await waitForMapReady(frame);
    await expect(page.frameLocator('iframe').locator('.details-panel')).toContainText('The link names “country:XXX”');
    await page.keyboard.type('Interesting');
    await expect(comment).toHaveValue('Interesting');
    await expect(comment).toBeFocused();
  },
);

declare global {
  interface Window {
    __preventedGestures?: number;
  }
}

// An embedded chapter's card stands at the frame's left, where the legend's bar is: in a 600×400
// frame it covered the bar, and "Full legend" could not be pressed.
for (const [width, height] of [
  [600, 400],
  [1000, 700],
] as const) {
  test(`a ${width}×${height} embed of a chapter leaves the legend's button in sight, and the legend opens over the card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?embed=1&tour=3');
    await waitForMapReady(page);
    await expect(page.locator('.tour-card').getByRole('heading', { level: 2 })).toBeVisible();
    const more = page.getByRole('button', { name: 'Full legend' });
    expect(await onTopAtItsCentre(more)).toBe(true);
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(await onTopAtItsCentre(page.locator('.embed-legend').getByRole('heading', { name: 'Legend' }))).toBe(true);
  });
}

// An editor may embed a chapter of the tour. In a frame this small the chapter's details wait
// until the card is folded; the embed's rule for details beside the map still moved the zoom
// buttons a column's width in, onto the card, where they could not be pressed.
for (const [width, height] of [
  [700, 450],
  [1000, 600],
] as const) {
  test(`a ${width}×${height} embed of a chapter keeps the zoom buttons at the map's edge, then beside the details`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?embed=1&tour=2');
    await waitForMapReady(page);
    const card = page.locator('.tour-card');
    await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const cardBox = (await card.boundingBox())!;
    for (const control of [zoomIn, page.getByRole('button', { name: 'Zoom out' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeGreaterThan(width - 16);
      expect(box.x).toBeGreaterThan(cardBox.x + cardBox.width);
    }
    const zoom = await page.evaluate(() => window.pivotMap!.getZoom());
    await zoomIn.click();
    await expect.poll(() => page.evaluate(() => window.pivotMap!.getZoom())).toBeGreaterThan(zoom);

    // Folded, the card lets the details show, and the buttons move out from under them.
    await card.getByRole('button', { name: 'Hide text' }).click();
    const details = page.locator('.details-panel');
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    const detailsBox = (await details.boundingBox())!;
    const box = (await zoomIn.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(detailsBox.x);
  });
}
