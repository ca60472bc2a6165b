import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  waitForMapReady,
  waitForIdle,
  pointOnFlow,
  pointOnLine,
  placesAboveSheet,
  renderedFlowIds,
  renderedRouteNames,
  saveScreenshot,
  axeViolations,
  colourCounts,
  paintedColour,
  colourBucket,
  tabTo,
  drawnMarkers,
  changedPixels,
  mapPicture,
  type DrawnMarker,
  type Page,
} from './driver.ts';
import { FLOW_CORE_LAYER_IDS, FLOW_LAYER_IDS } from '../src/map/layers/flows.ts';
import { ROUTE_LABEL_LAYERS, ROUTE_LAYER_IDS } from '../src/map/layers/routes.ts';
import { PLACE_LAYER_IDS, PLACE_SOURCE } from '../src/map/layers/places.ts';

test('turning a layer off removes its flows from the map, and on brings them back', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');

  const arms = page.getByRole('checkbox', { name: /^Arms/ });
  await arms.uncheck();
  await expect(page).toHaveURL(/layers=energy,rail,china/);
  await waitForIdle(page);
  const without = await renderedFlowIds(page);
  expect(without).not.toContain('rus-mmr-arms-supply');
  expect(without).toContain('chn-mmr-arms-supply');

  await arms.check();
  await waitForIdle(page);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');
});

test('clicking a flow opens its details with the sentence it comes from', async ({ page }) => {
  await page.goto('./?proj=flat&cam=100,25,3.2');
  await waitForMapReady(page);
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.move(x, y);
  await expect(page.locator('.map-tooltip')).toContainText('Russia → Myanmar');
  await page.mouse.click(x, y);

  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Russia → Myanmar');
  await expect(details).toContainText('$1.44 billion');
  await expect(details).toContainText(
    'Myanmar purchased $1.7 billion worth of arms from China and $1.44 billion from Russia',
  );
  await saveScreenshot(page, 'explore-flow-details-laptop');

  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
});

// A reported flow is drawn hollow, its light core over every flow's line: a click on Russia →
// Myanmar's core, where Russia → China's yuan tie ran beneath it, opened Russia → China.
test('a click on a hollow flow’s light core, over another flow’s line, opens the hollow flow', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  await waitForIdle(page);
  const point = await page.evaluate(
    ({ id, flows, core }) => {
      const map = window.pivotMap!;
      const rect = map.getCanvas().getBoundingClientRect();
      // The line comes in pieces, one per tile it crosses.
      for (const piece of map.querySourceFeatures('lines').filter((f) => f.properties.id === id)) {
        const coords = (piece.geometry as GeoJSON.LineString).coordinates as [number, number][];
        for (let i = 1; i < coords.length; i++)
          for (let t = 0; t < 1; t += 0.1) {
            const [a, b] = [map.project(coords[i - 1]), map.project(coords[i])];
            const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
            const drawn = map.queryRenderedFeatures([p.x, p.y]).filter((f) => f.layer.type !== 'symbol');
            const underCore = drawn.find((f) => flows.includes(f.layer.id));
            const onCore = drawn[0]?.layer.id === core && drawn[0].properties.id === id;
            if (onCore && underCore?.properties.id !== id) return { x: rect.left + p.x, y: rect.top + p.y };
          }
      }
      return null;
    },
    { id: 'rus-mmr-arms-supply', flows: FLOW_LAYER_IDS, core: FLOW_CORE_LAYER_IDS[0] },
  );
  expect(point, 'a point where the core lies over another flow').not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply(&|$)/);
});

test('the timeline filters entries to a year and the layer counts follow', async ({ page }) => {
  test.slow(); // every layer on, and sixteen changes of year, each redrawing the map
  await page.goto('./?layers=arms,energy,rail,security,diplomacy,far-east,china');
  await waitForMapReady(page);
  const diplomacyCount = page
    .getByRole('checkbox', { name: /^Diplomacy/ })
    .locator('xpath=..')
    .locator('.layer-count');
  const before = parseInt((await diplomacyCount.textContent())!);

  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/year=\d{4}/);
  await expect(page.locator('.time-status')).toContainText(/Up to \d{4}/);
  const atStart = parseInt((await diplomacyCount.textContent())!);
  expect(atStart).toBeLessThan(before);

  await page.getByRole('combobox', { name: 'Show' }).selectOption('at');
  await expect(page).toHaveURL(/mode=at/);
  await slider.focus();
  const first = Number(await slider.getAttribute('min'));
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.time-status')).toHaveText(`In ${first + 14}`);
  await expect(page).toHaveURL(new RegExp(`year=${first + 14}`));
  await page.getByRole('button', { name: 'All years' }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect(diplomacyCount).toHaveText(`${before} entries`);
});

for (const { device, query, viewport } of [
  { device: 'a laptop', query: '', viewport: { width: 1366, height: 768 } },
  { device: 'a phone', query: '', viewport: { width: 390, height: 844 } },
  { device: 'a projector, in Present', query: '?present=1', viewport: { width: 1920, height: 1080 } },
]) {
  test(`on ${device}, the years between the timeline's ends are labelled where the slider chooses them`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`./${query}`);
    await waitForMapReady(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const labels = timeline.getByText(/^\d{4}$/);
    // The labels are measured once laid out: wait for the first year between the ends.
    await expect.poll(() => labels.count()).toBeGreaterThan(2);
    const years = (await labels.allTextContents()).map(Number);
    const slider = timeline.getByRole('slider', { name: 'Year' });
    expect(years[0]).toBe(Number(await slider.getAttribute('min')));
    expect(years.at(-1)).toBe(Number(await slider.getAttribute('max')));
    expect(years, 'in order').toEqual([...years].sort((a, b) => a - b));

    const boxes = await Promise.all((await labels.all()).map(async (label) => (await label.boundingBox())!));
    const ordered = [...boxes].sort((a, b) => a.x - b.x);
    for (let i = 1; i < ordered.length; i++) {
      expect(ordered[i].x, `label ${i} clear of the one before`).toBeGreaterThan(
        ordered[i - 1].x + ordered[i - 1].width,
      );
    }

    // A click on the slider straight above a year's label chooses that year.
    const track = (await slider.boundingBox())!;
    const status = timeline.locator('.time-status');
    for (const [i, year] of years.entries()) {
      if (i === 0 || i === years.length - 1) continue; // the ends' labels sit flush with the slider's sides
      await page.mouse.click(boxes[i].x + boxes[i].width / 2, track.y + track.height / 2);
      await expect(status).toHaveText(`Up to ${year}`);
    }
    expect(await slider.boundingBox(), 'the slider keeps its size as the year beside it changes').toEqual(track);
  });
}

test('the slider, taken hold of while the years play, pauses them at the year chosen', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const timeline = page.locator('.timeline');
  const slider = timeline.getByRole('slider', { name: 'Year' });
  await timeline.getByRole('button', { name: 'Play' }).click();
  await expect(timeline.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(slider).not.toHaveValue('2000');
  // Dragged back to the slider’s first quarter, the play went on from there to the last year.
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.9, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.25, y, { steps: 4 });
  await page.mouse.up();
  await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
  const chosen = await slider.inputValue();
  expect(Number(chosen)).toBeLessThan(2012);
  await expect(timeline.locator('.time-status')).toHaveText(`Up to ${chosen}`);
});

// A press on the thumb that did not move it let the years play on under the reader’s finger.
test('a press on the slider’s thumb while the years play pauses them at the year it holds', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const timeline = page.locator('.timeline');
  const slider = timeline.getByRole('slider', { name: 'Year' });
  await timeline.getByRole('button', { name: 'Play' }).click();
  await expect(slider).not.toHaveValue('2000');
  const [first, last] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
  const box = (await slider.boundingBox())!;
  const thumb = 16; // its width (timeline.css): its centre runs from 8 px in from one side to 8 px in from the other
  const year = Number(await slider.inputValue());
  const x = box.x + thumb / 2 + ((box.width - thumb) * (year - first)) / (last - first);
  await page.mouse.click(x, box.y + box.height / 2);
  await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(timeline.locator('.time-status')).toHaveText(`Up to ${year}`);
  await expect(slider).toHaveValue(String(year));
});

test('“All years” keeps the keyboard’s focus once pressed, and says it has nothing more to do', async ({ page }) => {
  await page.goto('./?year=2015&mode=at');
  const allYears = page.getByRole('button', { name: 'All years' });
  await expect(allYears).toBeEnabled();
  await allYears.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.time-status')).toContainText('All years');
  await expect(page).not.toHaveURL(/year=/);
  // The focus stays where the reader was, and a screen reader hears the button is unavailable.
  await expect(allYears).toBeFocused();
  await expect(allYears).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(page.locator('.time-status')).toContainText('All years');
  // A year chosen makes it available again.
  await page.getByRole('slider', { name: 'Year' }).press('ArrowLeft');
  await expect(page).toHaveURL(/year=/);
  await expect(allYears).toBeEnabled();
});

test('a step of the timeline takes a flow of other years off the map, and it cannot be clicked there', async ({
  page,
}) => {
  // Russia's arms supply to Myanmar runs from 2000 to 2019 (data/relations.json).
  await page.goto('./?proj=flat&cam=100,25,3.2&year=2019&mode=at');
  await waitForMapReady(page);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');

  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.time-status')).toHaveText('In 2020');
  // The map follows the timeline a render later (useDeferredValue), so its year is awaited.
  await expect.poll(() => renderedFlowIds(page)).not.toContain('rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(page).not.toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  await saveScreenshot(page, 'timeline-2020-laptop');

  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.time-status')).toHaveText('In 2019');
  await expect.poll(() => renderedFlowIds(page)).toContain('rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toContainText('Russia → Myanmar');
});

test('the legend names each count of ties in one shade of the countries only', async ({ page }) => {
  // The classes as the legend labels them ("1", "4–5"): each must start one past the last.
  const classes = async () => {
    const labels = await page.locator('.legend-ramp .ramp span').allTextContents();
    return labels.map((label) => label.split('–').map(Number));
  };
  const expectContiguous = (spans: number[][]) => {
    expect(spans.length).toBeGreaterThan(1);
    spans.forEach((span, i) =>
      expect(span[0], `class ${i + 1}: ${span.join('–')}`).toBe(i === 0 ? 1 : spans[i - 1].at(-1)! + 1),
    );
  };
  // Diplomacy alone: a country named twice is drawn in the second shade, which the first class's
  // "1–2" claimed too.
  await page.goto('./?layers=diplomacy');
  await waitForMapReady(page);
  const diplomacy = await classes();
  expectContiguous(diplomacy);
  // Every layer: more ties name each country, and the classes widen.
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(classes).not.toEqual(diplomacy);
  expectContiguous(await classes());
});

test('the year slider is filled up to its year for "up to", and not for a year alone', async ({ page }) => {
  await page.goto('./?year=2014');
  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toBeVisible();
  const accent = colourBucket(await slider.evaluate((el) => getComputedStyle(el).accentColor));
  // The slider's stretch from 2000 to about 2009, left of its thumb at 2014.
  const filled = async () => {
    const box = (await slider.boundingBox())!;
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width * 0.4, height: box.height } });
    return (await colourCounts(page, shot)).get(accent) ?? 0;
  };
  expect(await filled()).toBeGreaterThan(500);
  // A native slider stayed filled from 2000: "In 2014" looked like every year up to it.
  await page.getByRole('combobox', { name: 'Show' }).selectOption('at');
  await expect(page.locator('.time-status')).toHaveText('In 2014');
  await expect.poll(filled).toBeLessThan(20);
});

test('in a year view the ties the sources give no year are drawn faint, and the legend and summary say so', async ({
  page,
}) => {
  await page.goto('./?proj=flat&cam=100,25,3.2&year=2010&mode=at&layers=arms');
  await waitForMapReady(page);
  await waitForIdle(page);
  // Russia → Myanmar arms supply is dated 2000–2019; Russia → India arms supply has no date.
  const opacityOf = (id: string) => flowOpacity(page, id);
  const dated = await opacityOf('rus-mmr-arms-supply');
  const undated = (await opacityOf('rus-ind-arms-supply'))!;
  expect(undated).toBeLessThan(dated! / 2);
  await expect(page.locator('.legend')).toContainText('Faint: no date given, so drawn in every year');
  await expect(page.locator('.view-summary')).toContainText(/relations? (has|have) no date and (is|are) drawn faint/);

  // Chosen, the undated tie is drawn in full: it is what the reader is looking at.
  await page.mouse.click(...(Object.values(await pointOnFlow(page, 'rus-ind-arms-supply')) as [number, number]));
  await expect(page).toHaveURL(/sel=relation:rus-ind-arms-supply/);
  await expect.poll(() => opacityOf('rus-ind-arms-supply')).toBeGreaterThan(undated * 2);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page).not.toHaveURL(/sel=/);
  await expect.poll(() => opacityOf('rus-ind-arms-supply')).toBe(undated);

  // With all years shown, nothing is faint: the undated tie is drawn in full, the dated one as before.
  await page.getByRole('button', { name: 'All years' }).click();
  await expect.poll(() => opacityOf('rus-ind-arms-supply')).toBeGreaterThan(undated * 2);
  expect(await opacityOf('rus-mmr-arms-supply')).toBe(dated);
  await expect(page.locator('.legend')).not.toContainText('Faint');
});

test('a chosen flow stands out: the other ties are drawn faint until its details close, and the legend says so', async ({
  page,
}) => {
  await page.goto('./?proj=flat&cam=100,25,3.2&layers=arms,energy');
  await waitForMapReady(page);
  await waitForIdle(page);
  const chosen = 'rus-mmr-arms-supply';
  const others = ['rus-ind-arms-supply', 'chn-rus-semiconductors'];
  const full = Object.fromEntries(
    await Promise.all([chosen, ...others].map(async (id) => [id, await flowOpacity(page, id)])),
  );
  for (const id of [chosen, ...others]) expect(full[id], id).toBeGreaterThan(0);
  const faintNote = page.locator('.legend').getByText('Faint: ties outside the selection');
  await expect(faintNote).toHaveCount(0);

  await page.mouse.click(...(Object.values(await pointOnFlow(page, chosen)) as [number, number]));
  await expect(page).toHaveURL(new RegExp(`sel=relation:${chosen}`));
  for (const id of others) await expect.poll(() => flowOpacity(page, id), { message: id }).toBeLessThan(full[id] / 2);
  expect(await flowOpacity(page, chosen)).toBe(full[chosen]);
  await expect(faintNote).toBeVisible();
  await saveScreenshot(page, 'explore-chosen-flow-laptop');

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/sel=/);
  for (const id of others) await expect.poll(() => flowOpacity(page, id), { message: id }).toBe(full[id]);
  await expect(faintNote).toHaveCount(0);
});

test('a tie drawn as no line, both its ends at Moscow, lights Moscow and fades no other tie', async ({ page }) => {
  await page.goto('./?proj=flat&cam=60,40,2.6&layers=diplomacy,arms');
  await waitForMapReady(page);
  await waitForIdle(page);
  const other = 'rus-mmr-arms-supply';
  const full = await flowOpacity(page, other);
  expect(full).toBeGreaterThan(0);
  await page.getByText(/On the map now/).click();
  await page
    .locator('.in-view')
    .getByRole('button', { name: /^Russia → BRICS/ })
    .click();
  await expect(page).toHaveURL(/sel=relation:rus-brics/);
  // It faded every other line and lit nothing: a map gone faint with nothing to look at.
  const lit = (place: string) =>
    page.evaluate(({ source, id }) => window.pivotMap!.getFeatureState({ source, id }).selected === true, {
      source: PLACE_SOURCE,
      id: place,
    });
  await expect.poll(() => lit('moscow')).toBe(true);
  expect(await flowOpacity(page, other)).toBe(full);
  await expect(page.locator('.legend')).not.toContainText('outside the selection');
});

test('a country found by search is shown whole, its ties standing out and the others drawn faint', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?proj=flat&cam=85,30,2.6&layers=arms,energy');
  await waitForMapReady(page);
  await waitForIdle(page);
  // Russia → India arms supply is one of India's ties; Russia → Myanmar arms supply is not.
  const [ours, other] = ['rus-ind-arms-supply', 'rus-mmr-arms-supply'];
  const full = { [ours]: await flowOpacity(page, ours), [other]: await flowOpacity(page, other) };
  const search = page.getByRole('combobox', { name: 'Search the map' });
  await search.fill('India');
  await search.press('Enter');
  await expect(page).toHaveURL(/sel=country:IND/);
  await waitForIdle(page);
  await expect.poll(() => flowOpacity(page, other)).toBeLessThan(full[other]! / 2);
  expect(await flowOpacity(page, ours)).toBe(full[ours]);
  await expect(page.locator('.legend')).toContainText('Faint: ties outside the selection');
  // The camera shows the country whole, not a piece around its capital: its southern tip
  // (Kanyakumari) and its north (Ladakh) are both in sight, left of the details.
  // The camera moves once the details are drawn: polled until it has.
  await expect.poll(() => outOfSightOfDetails(page, { Kanyakumari: [77.54, 8.08], Ladakh: [77.6, 34.2] })).toEqual([]);
  await saveScreenshot(page, 'explore-chosen-country-laptop');
});

test('Russia found by search is shown whole on the globe, turned to face it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForMapReady(page);
  const search = page.getByRole('combobox', { name: 'Search the map' });
  await search.fill('Russia');
  await search.press('Enter');
  await expect(page).toHaveURL(/sel=country:RUS/);
  // From the Baltic to the Pacific, in the part of the map the details leave: framed around
  // Moscow, a laptop showed European Russia only.
  const ends = { 'St Petersburg': [30.3, 59.9], Kamchatka: [158.6, 53.0], Chukotka: [177.5, 64.7] };
  await expect.poll(() => outOfSightOfDetails(page, ends)).toEqual([]);
  // The globe faces Russia's middle, not the Bering Sea with Russia's west round the back.
  const centre = await page.evaluate(() => window.pivotMap!.getCenter().lng);
  expect(centre).toBeGreaterThan(80);
  expect(centre).toBeLessThan(130);
});

test('a tie found by search on the globe, then its address opened afresh, is in sight beside the details both times', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForMapReady(page);
  const search = page.getByRole('combobox', { name: 'Search the map' });
  await search.fill('semiconductors');
  await search.press('Enter');
  await expect(page).toHaveURL(/sel=relation:chn-rus-semiconductors&cam=/);
  // China → Russia technology runs from Beijing to Moscow.
  const ends = { Beijing: [116.4, 39.9], Moscow: [37.6, 55.75] };
  await expect.poll(() => outOfSightOfDetails(page, ends)).toEqual([]);
  // The address's camera shows the same picture: the map's centre is where the picture's is.
  const address = page.url();
  await page.goto('about:blank');
  await page.goto(address);
  await waitForMapReady(page);
  await expect(page.locator('.details-panel')).toBeVisible();
  expect(await outOfSightOfDetails(page, ends)).toEqual([]);
});

test('a link whose camera faces away from its entry flies to it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The globe turned to South America; the tie runs from Moscow to Myanmar, round its back.
  await page.goto('./?sel=relation:rus-mmr-arms-supply&cam=-60.00,0.00,3.00');
  await waitForMapReady(page);
  await expect(page.locator('.details-panel')).toBeVisible();
  const ends = { Moscow: [37.62, 55.75], Naypyidaw: [96.13, 19.75] };
  await expect.poll(() => outOfSightOfDetails(page, ends)).toEqual([]);
});

// New Delhi and Washington are 154° of longitude apart: MapLibre's own fit left New Delhi under the
// details on a laptop and Washington round the back on a projector. Washington → Seoul is drawn over
// the Pacific, and was framed over Eurasia, its line out of sight.
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`on a ${width} × ${height} globe, a tie a world wide shows both its ends beside the details`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const ties = {
      'ind-quad': { 'New Delhi': [77.21, 28.61], Washington: [-77.04, 38.91] },
      'usa-kor-thaad': { Washington: [-77.04, 38.91], Seoul: [126.98, 37.57] },
    };
    for (const [id, ends] of Object.entries(ties)) {
      await page.goto(`./?sel=relation:${id}`);
      await waitForMapReady(page);
      await expect(page.locator('.details-panel')).toBeVisible();
      await expect.poll(() => outOfSightOfDetails(page, ends), id).toEqual([]);
    }
  });

  // Washington → Naypyidaw spans 173° of longitude and cannot face the reader whole: measured, it
  // was framed on Africa with both ends round the back of the globe.
  test(`on a ${width} × ${height} globe, a tie too wide to face the reader whole still shows its end in Asia`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?sel=relation:usa-junta-criticism');
    await waitForMapReady(page);
    await expect(page.locator('.details-panel')).toBeVisible();
    await expect.poll(() => outOfSightOfDetails(page, { Naypyidaw: [96.12, 19.75] })).toEqual([]);
  });
}

// In the tour nothing was faint: the India chapter's ties were hard to find among four layers' lines.
test('in the tour, the ties a chapter cites stand out, the others faint, until the reader picks another', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Chapter 7 (India) shows four layers and cites India's ties (data/tour.json).
  await page.goto('./?tour=7');
  await waitForMapReady(page);
  await waitForIdle(page);
  const chapter = (JSON.parse(readFileSync('data/tour.json', 'utf8')) as { cites: string[] }[])[6];
  const cited = new Set(chapter.cites.flatMap((c) => (c.startsWith('relation:') ? [c.slice('relation:'.length)] : [])));
  const drawn = await renderedFlowIds(page);
  const ours = drawn.filter((id) => cited.has(id));
  const others = drawn.filter((id) => !cited.has(id));
  expect(ours).toEqual(expect.arrayContaining(['rus-ind-partnership', 'rus-ind-oil', 'ind-quad']));
  expect(others).toContain('rus-mmr-arms-supply');
  for (const id of ours) expect(await flowOpacity(page, id, { faded: true }), id).toBe(1);
  for (const id of others) expect(await flowOpacity(page, id, { faded: true }), id).toBeLessThan(0.5);
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Faint: ties this chapter does not cite');
  await saveScreenshot(page, 'tour-india-cited-ties-laptop');

  // A tie the chapter does not cite, chosen on the map, stands out in their place.
  await page.mouse.click(...(Object.values(await pointOnFlow(page, 'rus-mmr-arms-supply')) as [number, number]));
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Russia → Myanmar: arms supply',
  );
  await expect.poll(() => flowOpacity(page, 'rus-mmr-arms-supply', { faded: true })).toBe(1);
  await expect.poll(() => flowOpacity(page, 'rus-ind-oil', { faded: true })).toBeLessThan(0.5);
  await expect(legend).toContainText('Faint: ties outside the selection');
  await expect(page.locator('.tour-card')).toBeVisible();
});

test('zoomed in on Central Asia, the rail routes of the year are named on the map', async ({ page }) => {
  // The southern link via Turkmenistan and Iran was raised in September 2022 (data/routes.geojson).
  const southernLink = 'Potential southern link via Turkmenistan and Iran to Turkey';
  await page.goto('./?proj=flat&cam=68,44,3.3&year=2022&mode=at');
  await waitForMapReady(page);
  await expect.poll(() => renderedRouteNames(page)).toContain(southernLink);

  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.time-status')).toHaveText('In 2021');
  await expect.poll(() => renderedRouteNames(page)).not.toContain(southernLink);
  expect(await renderedRouteNames(page)).toContain('China’s rail route to Europe over Russia’s network');
});

test('the names of routes outside the selection are faint with their lines; the chosen route’s is not', async ({
  page,
}) => {
  const southernLink = 'Potential southern link via Turkmenistan and Iran to Turkey';
  const toEurope = 'China’s rail route to Europe over Russia’s network';
  await page.goto('./?proj=flat&cam=68,44,3.3&sel=route:southern-link-turkmenistan-iran-turkey');
  await waitForMapReady(page);
  await waitForIdle(page);
  await expect.poll(() => routeNameOpacity(page, toEurope)).toBeLessThan(0.5);
  expect(await routeNameOpacity(page, southernLink)).toBe(1);

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/sel=/);
  await expect.poll(() => routeNameOpacity(page, toEurope)).toBe(1);
});

test('a route on the map names itself under the pointer and opens its details on a click', async ({ page }) => {
  // A relation and a route are drawn from one source (src/map/layers/lines.ts): the click must find the route.
  await page.goto('./?proj=flat&cam=66,40,3.3&layers=rail');
  await waitForMapReady(page);
  await waitForIdle(page);
  const { x, y } = await pointOnLine(page, 'route', 'southern-link-turkmenistan-iran-turkey');
  await page.mouse.move(x, y);
  await expect(page.locator('.map-tooltip')).toHaveText('Potential southern link via Turkmenistan and Iran to Turkey');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=route:southern-link-turkmenistan-iran-turkey/);
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Potential southern link via Turkmenistan and Iran to Turkey',
  );
  await expect(details).toContainText('Route');
});

test('a copied address reopens exactly the same view', async ({ page, context }) => {
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await page.getByRole('button', { name: 'Flat map' }).click();
  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByText(/On the map now/).click();
  await page.locator('.in-view button').first().click();
  await expect(page).toHaveURL(/sel=/);
  // The camera flies to the selection; the address records where it lands.
  await expect(page).toHaveURL(/cam=/);
  await waitForIdle(page);
  const address = page.url();

  const other = await context.newPage();
  await other.goto(address);
  await waitForMapReady(other);
  await expect(other.getByRole('checkbox', { name: /^Security/ })).toBeChecked();
  await expect(other.getByRole('button', { name: 'Flat map' })).toHaveAttribute('aria-pressed', 'true');
  expect(await other.evaluate(() => window.pivotMap!.getProjection()?.type ?? 'mercator')).toBe('mercator');
  await expect(other.locator('.time-status')).toHaveText(await page.locator('.time-status').innerText());
  await expect(other.locator('.details-panel h2')).toHaveText(await page.locator('.details-panel h2').innerText());
  const camera = (p: typeof page) =>
    p.evaluate(() =>
      window
        .pivotMap!.getCenter()
        .toArray()
        .map((n) => n.toFixed(1)),
    );
  expect(await camera(other)).toEqual(await camera(page));
});

test('back and forward step through selections', async ({ page }) => {
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const heading = page.locator('.details-panel h2');
  await expect(heading).toContainText('Russia → Myanmar');
  await page.getByText(/On the map now/).click();
  await page.getByRole('button', { name: /China → Myanmar: arms supply/ }).click();
  await expect(heading).toContainText('China → Myanmar');
  await page.goBack();
  await expect(heading).toContainText('Russia → Myanmar');
  await page.goForward();
  await expect(heading).toContainText('China → Myanmar');
});

test('beside the map, an entry chosen from “On the map now” keeps the focus in the list and says its details opened; chosen again, its details take the focus', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByText(/On the map now/).click();
  const entry = page.getByRole('button', { name: 'China → Myanmar: arms supply' });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.details-panel h2')).toHaveText('China → Myanmar: arms supply');
  await expect(entry).toBeFocused();
  // Only aria-current changed: a screen reader heard nothing of the details that opened.
  await expect(page.locator('.in-view').getByRole('status')).toHaveText(
    'Details shown: China → Myanmar: arms supply. Choose it again to read them.',
  );
  // The details were 49 Tabs away: Enter again takes the focus there, as the entry says to one who sees it.
  expect(await entry.evaluate((e) => getComputedStyle(e, '::after').content)).toMatch(
    /Press Enter to read its details/,
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('.details-panel h2')).toBeFocused();
  await expect(page.locator('.details-panel h2')).toHaveText('China → Myanmar: arms supply');
  // Closed, the details are gone, and so is what the status said of them.
  await page.keyboard.press('Escape');
  await expect(page.locator('.details-panel')).toHaveCount(0);
  await expect(page.locator('.in-view').getByRole('status')).toHaveText('');
});

test('an entry chosen from “On the map now” with the keyboard stays in sight, though the panel above it grows', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  await page.getByText(/On the map now/).focus();
  await page.keyboard.press('Enter');
  const first = page.locator('.in-view li button').first();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  // The legend gains a row for the faint ties, and the chosen entry a second line.
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport({ ratio: 1 });
});

test('pointing at an entry in “On the map now” lights it on the map until the pointer leaves', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const before = await mapPicture(page);
  await page.getByText(/On the map now/).click();
  const route = page.getByRole('button', { name: 'Route: China’s rail route to Europe over Russia’s network' });
  await route.hover();
  await expect
    .poll(async () => (await changedPixels(page, before, await mapPicture(page))).count)
    .toBeGreaterThan(2000);
  // The route runs from Xi'an to Moscow: the change reaches both, and its halo lies round them.
  const { box } = await changedPixels(page, before, await mapPicture(page));
  const ends = (await drawnMarkers(page)).filter((m) => m.id === 'xian' || m.id === 'moscow');
  expect(ends).toHaveLength(2);
  for (const end of ends) {
    expect(end.x).toBeGreaterThan(box!.left);
    expect(end.x).toBeLessThan(box!.right);
    expect(end.y).toBeGreaterThan(box!.top);
    expect(end.y).toBeLessThan(box!.bottom);
  }
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await changedPixels(page, before, await mapPicture(page))).count).toBe(0);
});

test('on a phone, an entry chosen from “On the map now” closes the drawer and shows its details', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  await toggle.click();
  const drawer = page.getByRole('complementary', { name: 'Layers, legend and summary' });
  await expect(drawer).toBeVisible();
  await drawer.locator('.in-view summary').press('Enter');
  const first = drawer.locator('.in-view button').first();
  const name = await first.innerText();
  await first.press('Enter');

  await expect(page).toHaveURL(/sel=relation:/);
  await expect(drawer).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const heading = page.locator('.details-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(name);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  // Nothing lies over the details: the heading is what a tap on it reaches.
  const box = (await heading.boundingBox())!;
  expect(
    await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('.details-panel')), {
      x: box.x + 10,
      y: box.y + box.height / 2,
    }),
  ).toBe(true);
  await saveScreenshot(page, 'in-view-chosen-phone');
  // Closed, the details give the focus to the map: the list's button is in the closed drawer, and
  // the focus had fallen to the page's body.
  await page.keyboard.press('Escape');
  await expect(heading).toBeHidden();
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
});

type Camera = { longitude: number; latitude: number; zoom: number };

/** The map's camera: its centre and zoom. */
function mapCamera(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = window.pivotMap!;
    const { lng, lat } = map.getCenter();
    return { longitude: lng, latitude: lat, zoom: map.getZoom() };
  });
}

/** The camera the address names (`cam=lon,lat,zoom`), or null. */
function addressCamera(page: Page): Camera | null {
  const cam = new URL(page.url()).searchParams.get('cam');
  if (!cam) return null;
  const [longitude, latitude, zoom] = cam.split(',').map(Number);
  return { longitude, latitude, zoom };
}

/** Waits until the map shows `camera`, to the hundredths the address is written in. */
async function expectMapAt(page: Page, camera: Camera) {
  const near = (a: Camera, b: Camera) =>
    Math.max(Math.abs(a.longitude - b.longitude), Math.abs(a.latitude - b.latitude), Math.abs(a.zoom - b.zoom));
  await expect.poll(async () => near(await mapCamera(page), camera)).toBeLessThan(0.006);
}

test('Back and Forward move the map to the camera each address names, as a fresh load would', async ({
  page,
  context,
}) => {
  // Flights become jumps: the test waits for none.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  const start = page.url();
  const search = page.getByRole('combobox', { name: 'Search the map' });
  const visited: { url: string; camera: Camera }[] = [];
  for (const [name, iso3] of [
    ['Kazakhstan', 'KAZ'],
    ['Vietnam', 'VNM'],
  ]) {
    const before = addressCamera(page);
    await search.fill(name);
    await search.press('Enter');
    // The address is pushed with the selection, and takes the camera once the map has moved.
    await expect(page).toHaveURL(new RegExp(`sel=country:${iso3}&cam=`));
    await expect.poll(() => addressCamera(page)).not.toEqual(before);
    await expectMapAt(page, addressCamera(page)!);
    visited.push({ url: page.url(), camera: addressCamera(page)! });
  }
  const [kazakhstan, vietnam] = visited;
  const entries = await page.evaluate(() => history.length);

  await page.goBack();
  await expect(page).toHaveURL(kazakhstan.url);
  await expectMapAt(page, kazakhstan.camera);

  // An address without a camera opens the default frame for the window.
  await page.goBack();
  await expect(page).toHaveURL(start);
  const fresh = await context.newPage();
  await fresh.goto(start);
  await waitForMapReady(fresh);
  await expectMapAt(page, await mapCamera(fresh));
  await fresh.close();
  // Showing the address wrote nothing back to it.
  await waitForIdle(page);
  expect(page.url()).toBe(start);

  await page.goForward();
  await expect(page).toHaveURL(kazakhstan.url);
  await expectMapAt(page, kazakhstan.camera);
  await page.goForward();
  await expect(page).toHaveURL(vietnam.url);
  await expectMapAt(page, vietnam.camera);
  await waitForIdle(page);
  expect(page.url()).toBe(vietnam.url);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('unknown or malformed parameters open the default view without an error', async ({ page }) => {
  await page.goto('./?layers=%3Cscript%3E&sel=relation:no-such-thing&year=99999&cam=a,b,c&view=nope');
  await waitForMapReady(page);
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
  await expect(page.locator('.time-status')).toContainText('All years');
  // The entry it names is dropped, and the details say what it was, for an editor with an old link.
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Nothing to show');
  await expect(details).toContainText('The link names “relation:no-such-thing”, which the data does not have');
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toHaveCount(0);
});

for (const selection of ['relation:no-such-tie', 'country:ZZZ']) {
  test(`Back leaves a link naming no entry (${selection}) for the page before it`, async ({ page }) => {
    await page.goto('./?view=sources');
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
    await page.goto(`./?sel=${selection}`);
    await waitForMapReady(page);
    // Dropped once the data (or, for a country code, the map's names) is in: in place, not as a new step.
    await expect(page).not.toHaveURL(/sel=/);
    await expect(page.locator('.details-panel')).toContainText(`The link names “${selection}”`);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=sources$/);
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  });
}

test('a keyboard reader sees the focus on the map, drawn inside its frame', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const canvas = page.locator('.maplibregl-canvas');
  await tabTo(page, canvas);
  await expect(canvas).toBeFocused();
  // The focus colour (#0b5cad) along the map's edges: outside the canvas, the frame clipped it.
  const counts = await colourCounts(page, await page.locator('.map-area').screenshot());
  expect(counts.get(colourBucket('#0b5cad')) ?? 0).toBeGreaterThan(1000);
});

test('the map, reached with Tab, says what it shows and which keys move it; they do', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  const canvas = page.locator('.maplibregl-canvas');
  await tabTo(page, canvas);
  await expect(canvas).toHaveAccessibleName(
    /^Map of Russia’s relationships in Asia\. Arrow keys move it, plus and minus zoom\./,
  );
  await expect(canvas).toHaveAccessibleName(/“On the map now”, in the side panel, lists what it shows/);
  const camera = () =>
    page.evaluate(() => ({ lng: window.pivotMap!.getCenter().lng, zoom: window.pivotMap!.getZoom() }));
  const before = await camera();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await camera()).lng).toBeGreaterThan(before.lng);
  await page.keyboard.press('+');
  await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(before.zoom);
});

test('in forced colours the map’s buttons, the chosen view and the legend’s shades stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  // The zoom-in button's plus, in its middle (a light divider runs along its foot): MapLibre's
  // light icon, which the dark theme's inversion turned black.
  const button = page.locator('.maplibregl-ctrl-zoom-in');
  const { width, height } = (await button.boundingBox())!;
  const middle = {
    x: Math.round(width / 4),
    y: Math.round(height / 4),
    width: Math.round(width / 2),
    height: Math.round(height / 2),
  };
  const zoomIn = await colourCounts(page, await button.screenshot(), middle);
  const light = [...zoomIn].filter(([key]) => key.split(',').every((c) => Number(c) >= 24));
  expect(light.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(20);
  // The chosen view is set apart by more than its weight: its background is not the others'.
  const background = (name: string) => paintedColour(page, page.getByRole('button', { name, exact: true }));
  expect(await background('Map')).not.toBe(await background('Table'));
  // Four shades, each the key to the countries' shading, which the map keeps.
  const ramp = await colourCounts(page, await page.locator('.legend-ramp .ramp').screenshot());
  const shades = [...ramp].filter(([, n]) => n > 100);
  expect(shades.length).toBeGreaterThanOrEqual(4);
});

test('a year beyond the data opens on the last year the slider reaches, and the address follows', async ({ page }) => {
  await page.goto('./?year=2029&mode=at');
  const slider = page.getByRole('slider', { name: 'Year' });
  const last = await slider.getAttribute('max');
  await expect(page.locator('.time-status')).toHaveText(`In ${last}`);
  await expect(slider).toHaveValue(last!);
  await expect(page).toHaveURL(new RegExp(`year=${last}`));
});

test('everything can be done with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  // Tab to the list of what the map shows, open it, and select the first entry.
  const summary = page.locator('.in-view summary');
  await tabTo(page, summary);
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = page.locator('.in-view button').first();
  await expect(first).toBeFocused();
  const name = (await first.innerText()).split(':')[0];
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=relation:/);
  await expect(page.locator('.details-panel h2')).toContainText(name.split(' → ')[0]);
  // Focus is always visible.
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(page.locator('.details-panel')).toHaveCount(0);
});

test('the map view has no accessibility violations', async ({ page }) => {
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  expect(await axeViolations(page)).toEqual([]);
});

for (const [name, width, height] of [
  ['phone', 390, 844],
  ['laptop', 1366, 768],
  ['projector', 1920, 1080],
] as const) {
  test(`screenshot of the explored map on a ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?sel=relation:chn-mmr-arms-supply');
    await waitForMapReady(page);
    await saveScreenshot(page, `explore-${name}`);
    await expect(page.locator('.details-panel')).toBeVisible();
  });
}

test('zoomed out on a laptop, a marker for places close together names them; a click zooms in, where each can be chosen', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?cam=95,30,1.3');
  await waitForMapReady(page);
  const box = (await page.locator('.map-area').boundingBox())!;
  const group = (await drawnEvents(page)).find((m) => m.name === 'Naypyidaw +1');
  if (!group) throw new Error(`no marker for Naypyidaw and Yangon: ${(await drawnEvents(page)).map((m) => m.name)}`);
  await page.mouse.move(box.x + group.x, box.y + group.y);
  await expect(page.locator('.map-tooltip')).toHaveText(
    `Naypyidaw and Yangon: ${group.events} events (click to zoom in)`,
  );

  await page.mouse.click(box.x + group.x, box.y + group.y);
  const names = async () => (await drawnEvents(page)).map((m) => m.name);
  await expect.poll(names).toEqual(expect.arrayContaining(['Naypyidaw', 'Yangon']));
  await waitForIdle(page);
  const yangon = (await drawnEvents(page)).find((m) => m.name === 'Yangon')!;
  await page.mouse.click(box.x + yangon.x, box.y + yangon.y);
  await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText('Yangon');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

  test('event markers that would overlap are drawn as one, and a tap on it zooms in until they part', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMapReady(page);
    // Yangon's marker (one event) lay half under Naypyidaw's, its count unreadable.
    const opening = await drawnEvents(page);
    expect(overlapping(opening)).toEqual([]);
    const myanmar = opening.find((m) => m.name === 'Naypyidaw +1')!;
    expect(myanmar.events).toBeGreaterThan(1);
    const { zoom } = await mapCamera(page);
    const box = (await page.locator('.map-area').boundingBox())!;
    await page.touchscreen.tap(box.x + myanmar.x, box.y + myanmar.y);

    const parted = async () => (await drawnEvents(page)).filter((m) => ['Naypyidaw', 'Yangon'].includes(m.name));
    await expect.poll(async () => (await parted()).map((m) => m.name).sort()).toEqual(['Naypyidaw', 'Yangon']);
    const [first, second] = await parted();
    expect(first.events + second.events).toBe(myanmar.events);
    expect(overlapping(await drawnEvents(page))).toEqual([]);
    expect((await mapCamera(page)).zoom).toBeGreaterThan(zoom);
    // A tap on the group zooms, and chooses nothing; the address keeps the camera, as for the reader's own moves.
    await expect(page.locator('.details-panel')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]cam=/);
    await saveScreenshot(page, 'explore-phone-markers-parted');
  });

  test('a tapped marker that the details sheet would cover moves up into sight, without a tooltip', async ({
    page,
  }) => {
    // Zoomed in from the opening globe, where Naypyidaw's marker holds Yangon's too (the test above).
    await page.goto('./?cam=96,25,2.4');
    await waitForMapReady(page);
    const naypyidaw: [number, number] = [96.12, 19.76];
    const at = () => page.evaluate((p) => window.pivotMap!.project(p), naypyidaw);
    const box = (await page.locator('.map-area').boundingBox())!;
    const before = await at();
    const { zoom } = await mapCamera(page);
    await page.touchscreen.tap(box.x + before.x, box.y + before.y);
    const sheet = page.locator('.details-panel');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Naypyidaw');
    expect(box.y + before.y).toBeGreaterThan((await sheet.boundingBox())!.y);
    // The sheet opened over the marker: the map brings it into the part left above the sheet,
    // no more than a zoom level closer (a place alone is framed at zoom 5).
    await expect.poll(() => placesAboveSheet(page, [naypyidaw])).toBe(true);
    await waitForIdle(page);
    expect((await mapCamera(page)).zoom).toBeLessThanOrEqual(zoom + 1.01);
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
    await saveScreenshot(page, 'explore-phone-tapped-marker');
  });

  test('the details sheet expands over the map by its handle or a swipe up, and a swipe down gives the map back', async ({
    page,
  }) => {
    await page.goto('./?sel=relation:rus-mmr-arms-supply');
    await waitForMapReady(page);
    const sheet = page.locator('.details-panel');
    const handle = sheet.getByRole('button', { name: 'Expand the details' });
    const quote = sheet.locator('blockquote').first();
    await expect(quote).toBeAttached();
    const half = (await sheet.boundingBox())!;
    // At half the screen the sheet showed the quote only two small scrolls down.
    await expect(quote).not.toBeInViewport();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    // A target of 24 px or more each way (WCAG 2.5.8): it was 22 px tall.
    const grip = (await handle.boundingBox())!;
    expect(Math.min(grip.width, grip.height)).toBeGreaterThanOrEqual(24);
    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(half.height * 1.4);
    // Over the map only: the page's header and its search stay.
    await expect(page.getByRole('combobox', { name: 'Search the map' })).toBeInViewport();

    const swipe = async (from: number, to: number) => {
      const head = (await sheet.locator('.details-head').boundingBox())!;
      const x = head.x + head.width / 3;
      const y = head.y + head.height / 2;
      const touch = await page.context().newCDPSession(page);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y + from }] });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + to }] });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(0, 80);
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(async () => Math.abs((await sheet.boundingBox())!.y - half.y)).toBeLessThan(2);
    await swipe(0, -80);
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await saveScreenshot(page, 'explore-phone-details-expanded');
    // An entry chosen in the expanded sheet is shown on the map: the sheet gives it room again.
    await sheet.getByRole('button', { name: 'Myanmar', exact: true }).tap();
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Myanmar');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
  });

  test('a tap beside a thin tie, on the country under it, chooses the tie', async ({ page }) => {
    await page.goto('./');
    await waitForMapReady(page);
    // Russia → Indonesia is a dashed line some 2 px wide: a tap a few pixels off it opened India.
    const on = await pointOnLine(page, 'flow', 'rus-idn-arms-supply', { lowest: true });
    const beside = await page.evaluate(
      ({ on, marks }) => {
        const map = window.pivotMap!;
        const rect = map.getCanvas().getBoundingClientRect();
        const [x, y] = [on.x - rect.left, on.y - rect.top];
        // 8 px off the line, where nothing but a country is under the finger's very point (not the
        // sea), and no other tie, route or marker lies within a finger's reach.
        for (const [dx, dy] of [
          [0, 8],
          [0, -8],
          [8, 0],
          [-8, 0],
        ]) {
          const point: [number, number] = [x + dx, y + dy];
          const exact = map.queryRenderedFeatures(point, { layers: marks });
          const near = map.queryRenderedFeatures(
            [
              [point[0] - 16, point[1] - 16],
              [point[0] + 16, point[1] + 16],
            ],
            { layers: marks },
          );
          const country = map.queryRenderedFeatures(point, { layers: ['country-fill'] });
          if (exact.length === 0 && country.length > 0 && near.every((f) => f.properties.id === 'rus-idn-arms-supply'))
            return { x: rect.left + point[0], y: rect.top + point[1] };
        }
        return null;
      },
      { on, marks: [...PLACE_LAYER_IDS, ...FLOW_LAYER_IDS, ...ROUTE_LAYER_IDS] },
    );
    expect(beside).not.toBeNull();
    await page.touchscreen.tap(beside!.x, beside!.y);
    await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Russia → Indonesia: arms supply',
    );
    await expect(page).toHaveURL(/sel=relation:rus-idn-arms-supply/);
    // Only the tie is outlined: the mouse move a browser makes up after a tap left the country
    // under the finger outlined as hovered, as if it had to do with the tie.
    await expect.poll(() => outlined(page)).toEqual(['selected']);
  });

  test('a tap a few pixels off a place’s marker, on a tie that meets it there, chooses the place', async ({ page }) => {
    await page.goto('./');
    await waitForMapReady(page);
    // Hanoi's marker is 3.5 px in radius and three ties meet at it: a tap aimed at it opened one of them.
    const aim = await tieBeside(page, [105.8342, 21.0278]);
    expect(aim, 'a tie drawn 6.5 px from Hanoi').not.toBeNull();
    await page.touchscreen.tap(aim!.x, aim!.y);
    await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText('Hanoi');
  });

  test('a tap on a tie beside a marker it only passes chooses the tie', async ({ page }) => {
    await page.goto('./');
    await waitForMapReady(page);
    // Tehran, which no tie ends at, lies beside Russia → Indonesia.
    const aim = await tieBeside(page, [51.389, 35.6892]);
    expect(aim, 'a tie drawn 6.5 px from Tehran').not.toBeNull();
    await page.touchscreen.tap(aim!.x, aim!.y);
    await expect(page).toHaveURL(new RegExp(`sel=relation:${aim!.id}`));
  });

  test('a tie tapped where the sheet will cover it is shown whole above the sheet', async ({ page }) => {
    await page.goto('./');
    await waitForMapReady(page);
    // The lowest point of Russia → Myanmar where a tap reaches it: on the opening globe, near Myanmar.
    const tap = await pointOnLine(page, 'flow', 'rus-mmr-arms-supply', { lowest: true });
    await page.touchscreen.tap(tap.x, tap.y);
    const sheet = page.locator('.details-panel');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Russia → Myanmar: arms supply');
    expect(tap.y).toBeGreaterThan((await sheet.boundingBox())!.y);
    // Moscow and Naypyidaw both: panned by the pixels the sheet covered, the globe swung round to
    // Australia, the tie a sliver on its top edge and Moscow out of sight.
    const ends: [number, number][] = [
      [37.62, 55.75],
      [96.12, 19.76],
    ];
    await expect.poll(() => placesAboveSheet(page, ends, { every: true })).toBe(true);
    await saveScreenshot(page, 'explore-phone-tapped-tie');
  });

  test('a tie tapped above the sheet, whose far end the sheet covers, is shown whole above it', async ({ page }) => {
    // Zoomed in a little, where the arms ties leaving Moscow part early enough for a finger to tell
    // them apart far above where the sheet will lie; Jakarta, the tie's far end, is low on the map.
    await page.goto('./?layers=arms&cam=80,20,1.8');
    await waitForMapReady(page);
    const tap = await highestPointOnFlow(page, 'rus-idn-arms-supply');
    await page.touchscreen.tap(tap.x, tap.y);
    const sheet = page.locator('.details-panel');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Russia → Indonesia: arms supply');
    // Clear of the sheet by more than the margin in which a tap counts as under it (camera.ts's underPanel).
    expect(tap.y).toBeLessThan((await sheet.boundingBox())!.y - 50);
    const ends: [number, number][] = [
      [37.62, 55.75],
      [106.85, -6.21],
    ];
    await expect.poll(() => placesAboveSheet(page, ends, { every: true })).toBe(true);
    await saveScreenshot(page, 'explore-phone-tapped-tie-far-end');
  });
});

// On the flat map, a tie drawn across the antimeridian ends at its place's marker in the world's
// next copy: a finger aimed at Seoul's marker there, landing on United States → South Korea beside
// it, opened the tie, where at Seoul's first copy it opens Seoul.
test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 1366, height: 768 }, hasTouch: true });
  test('on the flat map, a tap a few pixels off a marker, at a tie’s end across the antimeridian, chooses the place', async ({
    page,
  }) => {
    await page.goto('./?proj=flat&layers=security&cam=-155,35,2');
    await waitForMapReady(page);
    const aim = await tieBeside(page, [126.978 - 360, 37.5665]);
    expect(aim, 'a tie drawn 6.5 px from Seoul, a world to the west').toMatchObject({ id: 'usa-kor-thaad' });
    await page.touchscreen.tap(aim!.x, aim!.y);
    await expect(page.locator('.details-panel').getByRole('heading', { level: 2 })).toHaveText('Seoul');
  });
});

/**
 * The highest point on screen where a flow is the only line a tap reaches, sought along its legs
 * in eighths: near Moscow, where it leaves in a bundle, only short stretches of a tie are on top.
 * (pointOnLine tries only the vertices and the legs' middles, piece by piece of the tiled line.)
 */
async function highestPointOnFlow(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const map = window.pivotMap!;
    const rect = map.getCanvas().getBoundingClientRect();
    let best: { x: number; y: number } | null = null;
    for (const feature of map.querySourceFeatures('lines', { filter: ['==', ['get', 'id'], id] })) {
      if (feature.geometry.type !== 'LineString') continue;
      const coords = feature.geometry.coordinates;
      for (let i = 0; i + 1 < coords.length; i++)
        for (let k = 0; k < 8; k++) {
          const [a, b] = [coords[i], coords[i + 1]];
          const p = map.project([a[0] + ((b[0] - a[0]) * k) / 8, a[1] + ((b[1] - a[1]) * k) / 8]);
          if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height || (best && p.y >= best.y)) continue;
          // The flow alone within 3 px: a finger's point lands a pixel or so off where it aims.
          const near = map
            .queryRenderedFeatures([
              [p.x - 3, p.y - 3],
              [p.x + 3, p.y + 3],
            ])
            .filter((f) => f.state?.hidden !== 1 && f.layer.type !== 'symbol' && f.source === 'lines');
          if (near.length > 0 && near.every((f) => f.properties.id === id)) best = { x: p.x, y: p.y };
        }
    }
    return best && { x: rect.left + best.x, y: rect.top + best.y };
  }, id);
  if (!point) throw new Error(`The flow ${id} is not on top anywhere on screen`);
  return point;
}

/**
 * A point 6.5 px from this place's marker, just off its dot where a finger aimed at it lands, at
 * which a tie is drawn on top, and that tie's id; null if no tie is drawn round the marker.
 */
function tieBeside(page: Page, place: [number, number]) {
  return page.evaluate(
    ({ place, places, flows }) => {
      const map = window.pivotMap!;
      const rect = map.getCanvas().getBoundingClientRect();
      const centre = map.project(place);
      for (let degrees = 0; degrees < 360; degrees += 10) {
        const angle = (degrees * Math.PI) / 180;
        const point: [number, number] = [centre.x + 6.5 * Math.cos(angle), centre.y + 6.5 * Math.sin(angle)];
        const [top] = map.queryRenderedFeatures(point, { layers: [...places, ...flows] });
        if (top && flows.includes(top.layer.id))
          return { x: rect.left + point[0], y: rect.top + point[1], id: String(top.properties.id) };
      }
      return null;
    },
    { place, places: PLACE_LAYER_IDS, flows: FLOW_LAYER_IDS },
  );
}

/** The keys ('selected', 'hovered', 'pointed') of the outlines the map is given to draw. */
function outlined(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const source = window.pivotMap!.getSource<import('maplibre-gl').GeoJSONSource>('highlight')!;
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    return data.features.map((f) => String(f.properties?.key));
  });
}

/** The event markers drawn (plain dots left out). */
async function drawnEvents(page: Page): Promise<DrawnMarker[]> {
  return (await drawnMarkers(page)).filter((m) => m.events > 0);
}

/** The pairs of markers whose rims (1.5 px) touch or overlap, by name. */
function overlapping(markers: DrawnMarker[]): string[] {
  return markers.flatMap((a, i) =>
    markers
      .slice(i + 1)
      .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + 3)
      .map((b) => `${a.name} / ${b.name}`),
  );
}

/**
 * A flow's line opacity as the map draws it now (its paint evaluated with its feature-state), or
 * with `faded`, that opacity as a share of the one it has with no state: 1 when it is not faded.
 * On the globe a whole-viewport query misses some tiles' features, so the map is also probed.
 */
function flowOpacity(page: Page, id: string, { faded = false } = {}) {
  return page.evaluate(
    ({ id, faded, layers }) => {
      const map = window.pivotMap!;
      const isIt = (f: { properties: Record<string, unknown> }) => f.properties.id === id;
      let flow = map.queryRenderedFeatures({ layers }).find(isIt);
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      for (let x = 0; !flow && x < width; x += 16)
        for (let y = 0; !flow && y < height; y += 16) flow = map.queryRenderedFeatures([x, y], { layers }).find(isIt);
      if (!flow) return null;
      const layer = map.getLayer(flow.layer.id) as unknown as {
        paint: { get(name: string): { evaluate(feature: unknown, state: unknown): number } };
      };
      const opacity = layer.paint.get('line-opacity').evaluate(flow, flow.state);
      return faded ? opacity / layer.paint.get('line-opacity').evaluate(flow, {}) : opacity;
    },
    { id, faded, layers: FLOW_LAYER_IDS },
  );
}

/** A route name's text opacity as the map draws it now (its paint evaluated with its feature-state); null if not drawn. */
function routeNameOpacity(page: Page, name: string) {
  return page.evaluate(
    ({ name, layers }) => {
      const map = window.pivotMap!;
      const label = map.queryRenderedFeatures({ layers }).find((f) => f.properties.name === name);
      if (!label) return null;
      const layer = map.getLayer(label.layer.id) as unknown as {
        paint: { get(name: string): { evaluate(feature: unknown, state: unknown): number } };
      };
      return layer.paint.get('text-opacity').evaluate(label, label.state);
    },
    { name, layers: ROUTE_LABEL_LAYERS },
  );
}

/** Which of these named points are not in the part of the map left of the details panel. */
async function outOfSightOfDetails(page: Page, points: Record<string, number[]>): Promise<string[]> {
  const panelLeft = (await page.locator('.details-panel').boundingBox())!.x;
  const mapBox = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const missing: string[] = [];
  for (const [name, point] of Object.entries(points)) {
    const { x, y, facing } = await page.evaluate(([lng, lat]) => {
      const map = window.pivotMap!;
      const { x, y } = map.project([lng, lat]);
      // MapLibre projects a point round the back of the globe onto its front.
      const back = map.unproject([x, y]);
      return { x, y, facing: Math.abs(back.lng - lng) < 0.01 && Math.abs(back.lat - lat) < 0.01 };
    }, point);
    if (!facing || x < 0 || mapBox.x + x > panelLeft || y < 0 || y > mapBox.height) missing.push(name);
  }
  return missing;
}

/** The map's centre and zoom, rounded to a tenth. */
const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const map = window.pivotMap!;
    const { lng, lat } = map.getCenter();
    return [lng, lat, map.getZoom()].map((n) => Math.round(n * 10) / 10);
  });

for (const [where, cam] of [
  ['the opening view', null],
  ['a shared view', '66.00,41.00,3.80,1366x708'],
] as const) {
  test(`a reader who dragged the globe away gets ${where} back from "Reset the view"`, async ({ page }) => {
    await page.goto(cam ? `./?cam=${cam}` : './');
    await waitForMapReady(page);
    const opening = await cameraOf(page);
    const addressCam = () => new URL(page.url()).searchParams.get('cam');
    const reset = page.getByRole('button', { name: 'Reset the view' });
    // Nothing to reset yet: the button waits beside the zoom buttons' names' room.
    await expect(reset).toBeHidden();
    const box = (await page.locator('.map-area canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y + 250, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    expect(await cameraOf(page)).not.toEqual(opening);
    // The address keeps the dragged camera: a reload alone would not bring the view back.
    await expect.poll(addressCam).not.toBe(cam);
    await reset.click();
    await expect.poll(() => cameraOf(page)).toEqual(opening);
    await expect.poll(addressCam).toBe(cam);
    await expect(reset).toBeHidden();
  });
}
