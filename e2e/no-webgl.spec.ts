/**
 * Without WebGL (Chromium started with --disable-webgl, as a hardened browser or iOS Lockdown
 * Mode would be) the page still works: a plain message, the static map of the view drawn at
 * build time, the table and the sources; and the map engine is never downloaded.
 */
import { readFileSync } from 'node:fs';
import { test, expect, axeViolations, holdScripts, saveScreenshot, changedPixels, type Page } from './driver.ts';
import { chromiumPath } from '../scripts/browser-path.ts';

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost', '--disable-webgl'],
  },
});

const MESSAGE =
  'Your browser has WebGL turned off or unavailable, so the interactive map cannot be drawn. Here is a static map of this view, the table and the sources.';

type Index = { default: { title: string }; chapters: { title: string }[] };
const staticIndex = JSON.parse(readFileSync('public/generated/static/index.json', 'utf8')) as Index;

/** Collects the scripts the page downloads, to show the map engine is not among them. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (/\.m?js$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  return scripts;
}

test('without WebGL: a message, the static map of the opening view, and no map engine', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto('./');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();

  await expect(page.getByText(MESSAGE)).toBeVisible();
  const picture = page.getByRole('img', { name: 'Static map: The opening view' });
  await expect(picture).toBeVisible();
  // Country shapes, the opening view's flows (Russia → Myanmar arms among them), places.
  expect(await picture.locator('path.country').count()).toBeGreaterThan(50);
  await expect(picture.locator('path.country[data-iso3="MMR"]')).toHaveCount(1);
  await expect(picture.locator('g.flow[data-id="rus-mmr-arms-supply"]')).toHaveCount(1);
  await expect(picture.locator('g.flow[data-id="rus-mmr-arms-supply"] path.russia')).toHaveAttribute(
    'stroke',
    '#d55e00',
  );
  expect(await picture.locator('g.flow').count()).toBeGreaterThan(10);
  await expect(picture.locator('.legend')).toContainText('Russia’s ties');
  await expect(picture).toContainText('Natural Earth');
  await expect(page.locator('.static-map-note')).toContainText('The static map shows the opening view');
  await expect(page.getByRole('link', { name: 'Open the static map on its own' })).toHaveAttribute(
    'href',
    /\/generated\/static\/[\w-]+\.svg$/,
  );

  // The side panel still summarises the view from the data.
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
  // No choice of projection that would change nothing: the picture is the globe's.
  await expect(page.getByRole('group', { name: 'Map projection' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'no-webgl-laptop');

  expect(scripts.filter((url) => /maplibre|MapView/.test(url))).toEqual([]);
  expect(await page.evaluate(() => window.pivotMap)).toBeUndefined();
});

// The picture was the opening view's or the chapter's whatever the reader chose: the note said
// the layers and years changed the table, not the picture. The page now draws the reader's view.
test('without WebGL the static map follows the layers and the year chosen, and comes back to the opening view', async ({
  page,
}) => {
  await page.goto('./');
  const opening = page.getByRole('img', { name: 'Static map: The opening view' });
  await expect(opening.locator('g.flow[data-id="rus-mmr-arms-supply"]')).toHaveCount(1);

  await page.getByRole('checkbox', { name: /^Arms/ }).uncheck();
  const yours = page.getByRole('img', { name: 'Static map: Your view' });
  await expect(yours).toBeVisible();
  await expect(yours).toContainText('Layers: Energy and trade, Rail and connectivity, China’s presence; all years');
  await expect(yours.locator('g.flow[data-id="rus-mmr-arms-supply"]')).toHaveCount(0);
  await expect(yours.locator('g.flow[data-id="rus-ind-oil"]')).toHaveCount(1);
  await expect(page.locator('.static-map-note')).toHaveText(
    'The static map shows your view, with the layers, years and entry you chose, drawn in this browser from the same data. Open the static map on its own to zoom in.',
  );
  // Opened on its own (to zoom in, or to save), the drawn picture is the same view.
  const [alone] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: 'Open the static map on its own' }).click(),
  ]);
  await expect(alone.locator('svg > title')).toHaveText('Static map: Your view');
  await expect(alone.locator('g.flow[data-id="rus-ind-oil"]')).toHaveCount(1);
  await expect(alone.locator('g.flow[data-id="rus-mmr-arms-supply"]')).toHaveCount(0);
  await alone.close();

  // The year 2010, and only it: Russian oil went to India from 2022 (data/relations.json).
  await page.getByRole('combobox', { name: 'Show' }).selectOption('at');
  const year = page.getByRole('slider', { name: 'Year' });
  await year.focus();
  await page.keyboard.press('Home');
  for (let y = 2000; y < 2010; y++) await page.keyboard.press('ArrowRight');
  await expect(yours).toContainText('China’s presence; in 2010');
  await expect(yours.locator('g.flow[data-id="rus-ind-oil"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'All years' }).click();
  await page.getByRole('checkbox', { name: /^Arms/ }).check();
  await expect(opening).toBeVisible();
  await expect(page.locator('.static-map-note')).toContainText('The static map shows the opening view');
  expect(await axeViolations(page)).toEqual([]);
});

test('without WebGL, a view whose drawing code could not be downloaded says so, and the next choice draws', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/draw-worker-/, { fail: true });
  await page.goto('./');
  await expect(page.getByRole('img', { name: 'Static map: The opening view' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Arms/ }).uncheck();
  await expect(page.getByRole('alert')).toHaveText(
    'The static map could not be drawn: the code that draws it could not be downloaded; the connection may be down.',
  );
  reconnect();
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  const yours = page.getByRole('img', { name: 'Static map: Your view' });
  await expect(yours).toContainText('Layers: Energy and trade, Rail and connectivity, Security');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The one failed download is the browser's error to log, and no other.
  expect(guard.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

test('without WebGL an entry chosen in the table is drawn on the static map', async ({ page }) => {
  await page.goto('./?view=table');
  await page
    .getByRole('table')
    .getByRole('button', { name: /Russia → Myanmar/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sel=relation:rus-mmr-/);
  const picture = page.getByRole('img', { name: 'Static map: Your view' });
  await expect(picture).toBeVisible();
  const id = new URL(page.url()).searchParams.get('sel')!.replace('relation:', '');
  await expect(picture.locator(`g.flow[data-id="${id}"] path.selected`)).toHaveCount(1);
  await expect(picture.locator('path.selected')).toHaveCount(1);
});

test('without WebGL, pointing at an entry in “On the map now” lights it on the static map until the pointer leaves', async ({
  page,
}) => {
  await page.goto('./');
  const picture = page.getByRole('img', { name: /^Static map: / });
  await expect(picture).toBeVisible();
  const before = await picture.screenshot();
  await page.getByText(/On the map now/).click();
  // A tie's line, and an event drawn in a group's marker (Yangon's, in Naypyidaw's).
  for (const name of [/^Russia → Myanmar: arms supply$/, /Russian-made armour on Yangon/]) {
    await page.getByRole('button', { name }).first().hover();
    await expect
      .poll(async () => (await changedPixels(page, before, await picture.screenshot())).count)
      .toBeGreaterThan(50);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await changedPixels(page, before, await picture.screenshot())).count).toBe(0);
  }
});

test('without WebGL the table and the sources work', async ({ page }) => {
  await page.goto('./');
  // Pressed from the keyboard, the button goes with the map's area: the focus goes to the table.
  await page.getByRole('button', { name: 'Open the table' }).press('Enter');
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByRole('heading', { level: 2, name: 'Entries as a table' })).toBeFocused();
  const rows = page.locator('.table-view tbody tr');
  await expect(rows.first()).toBeVisible();
  // The layer panel still drives the table.
  const before = await rows.count();
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await expect.poll(() => rows.count()).toBeGreaterThan(before);
  expect(await axeViolations(page, '.table-view')).toEqual([]);

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Open the sources' }).click();
  await expect(page.getByRole('region', { name: 'Sources', exact: true }).getByRole('article')).toHaveCount(5);
  await expect(page.locator('.sources-view h2').first()).toBeFocused();
  expect(await axeViolations(page, '.sources-view')).toEqual([]);
  await page.goBack();
  await expect(page.getByText(MESSAGE)).toBeVisible();
});

test('without WebGL, a message whose code could not be downloaded comes with “Try again”; the chapter kept', async ({
  page,
  guard,
}) => {
  const reconnect = await holdScripts(page, /\/NoWebGL-/, { fail: true });
  await page.goto('./?tour=1');
  const failure = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(failure).toBeVisible();
  reconnect();
  await failure.getByRole('button', { name: 'Try again' }).click();
  const heading = page.getByRole('heading', { name: 'The interactive map cannot be shown' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('img', { name: `Static map: ${staticIndex.chapters[0].title}` })).toBeVisible();
  await expect(failure).toHaveCount(0);
  await expect(page).toHaveURL(/tour=1(&|$)/);
  const failures = /ERR_INTERNET_DISCONNECTED|dynamically imported module: .*NoWebGL-/;
  expect(guard.consoleErrors.filter((e) => !failures.test(e))).toEqual([]);
  guard.consoleErrors.length = 0;
});

test('without WebGL an embed shows its message whole: no floating legend over it, the static map has its key', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?embed=1');
  const heading = page.getByRole('heading', { name: 'The interactive map cannot be shown' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('img', { name: `Static map: ${staticIndex.default.title}` })).toBeVisible();
  // The embed's legend lay over the heading's first line, its corner and its middle alike.
  const covered = await heading.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const points = [0.1, 0.5, 0.9].flatMap((x) =>
      [0.25, 0.75].map((y) => [box.x + box.width * x, box.y + box.height * y]),
    );
    return points.filter(([x, y]) => !el.contains(document.elementFromPoint(x, y))).length;
  });
  expect(covered).toBe(0);
  await expect(page.getByRole('button', { name: /Full legend/ })).toHaveCount(0);
});

test('without WebGL a tour chapter in the address shows that chapter’s static map', async ({ page }) => {
  await page.goto('./?tour=1');
  const first = staticIndex.chapters[0].title;
  expect(first).not.toBe(staticIndex.default.title);
  await expect(page.getByRole('img', { name: `Static map: ${first}` })).toBeVisible();
});

// A chapter's picture drawn below zoom 2.5 (six of the nine, the arms chapter's too) named no place: place
// names came from zoom 2.5. The places a chapter is about are named at any zoom, as on the live map.
test('without WebGL the arms chapter’s picture names the places it is about', async ({ page }) => {
  await page.goto('./?tour=3');
  const picture = page.getByRole('img', { name: `Static map: ${staticIndex.chapters[2].title}` });
  await expect(picture).toBeVisible();
  // The chapter selects Vietnam → Russia (data/tour.json): its two ends.
  for (const name of ['Hanoi', 'Moscow'])
    await expect(picture.locator('.place-labels text').filter({ hasText: name })).toHaveCount(1);
});

// The pictures named no route: the rail chapter showed its three routes with no name at all.
test('without WebGL the rail chapter’s picture names its routes', async ({ page }) => {
  await page.goto('./?tour=6');
  const picture = page.getByRole('img', { name: `Static map: ${staticIndex.chapters[5].title}` });
  await expect(picture).toBeVisible();
  const names = picture.locator('.route-labels text');
  await expect(names.filter({ hasText: 'China–Kyrgyzstan–Uzbekistan' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Potential southern' })).toHaveCount(1);
});

// As on the live map, Pyongyang's name took NORTH KOREA's room in the Koreas chapter's picture.
test('without WebGL the Koreas chapter’s picture names North Korea, the country its tie is about, and Pyongyang', async ({
  page,
}) => {
  await page.goto('./?tour=8');
  const picture = page.getByRole('img', { name: `Static map: ${staticIndex.chapters[7].title}` });
  await expect(picture).toBeVisible();
  await expect(picture.locator('.country-labels text').filter({ hasText: 'NORTH KOREA' })).toHaveCount(1);
  await expect(picture.locator('.place-labels text').filter({ hasText: 'Pyongyang' })).toHaveCount(1);
});

/** Opens the Far East chapter (2) at a size and returns its static picture, once shown. */
async function openFarEastPicture(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto('./?tour=2');
  const picture = page.getByRole('img', { name: `Static map: ${staticIndex.chapters[1].title}` });
  await expect(picture).toBeVisible();
  return picture;
}

// The Far East chapter opens its selection's details, which lie over the map's right side: the
// picture ran under them (its Far East with it) or, beside the message, was too small to read.
test('without WebGL on a laptop, a chapter’s picture stands whole beside its details, most of the map wide', async ({
  page,
}) => {
  const picture = await openFarEastPicture(page, { width: 1366, height: 768 });
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  const pictureBox = (await picture.boundingBox())!;
  const detailsBox = (await details.boundingBox())!;
  const mapBox = (await page.locator('.map-area').boundingBox())!;
  expect(pictureBox.x + pictureBox.width).toBeLessThanOrEqual(detailsBox.x);
  expect(pictureBox.width).toBeGreaterThan(0.5 * mapBox.width);
});

test('without WebGL on a phone, the page scrolls the chapter’s picture up clear of the tour’s card', async ({
  page,
}) => {
  const picture = await openFarEastPicture(page, { width: 390, height: 844 });
  const card = page.locator('.tour-card');
  await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
  await page.locator('.no-webgl').hover();
  await page.mouse.wheel(0, 2000);
  const pictureBottom = async () => {
    const box = (await picture.boundingBox())!;
    return box.y + box.height;
  };
  await expect.poll(pictureBottom).toBeLessThanOrEqual((await card.boundingBox())!.y);
});

// The message had come first and filled the band the card leaves, the picture starting under the card.
test('without WebGL on a phone, a chapter opens on its picture, above the tour’s card, the message under it', async ({
  page,
}) => {
  const picture = await openFarEastPicture(page, { width: 390, height: 844 });
  const card = page.locator('.tour-card');
  await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
  const box = (await picture.boundingBox())!;
  const shownAboveCard = (await card.boundingBox())!.y - box.y;
  expect(shownAboveCard).toBeGreaterThan(0.7 * box.height);
  const message = page.getByRole('heading', { name: 'The interactive map cannot be shown' });
  expect((await message.boundingBox())!.y).toBeGreaterThan(box.y + box.height);
});

for (const { name, size, theme } of [
  { name: 'phone', size: { width: 390, height: 844 }, theme: 'light' },
  { name: 'projector', size: { width: 1920, height: 1080 }, theme: 'light' },
  { name: 'laptop-dark', size: { width: 1366, height: 768 }, theme: 'dark' },
]) {
  test(`without WebGL the page reads well: ${name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`./?theme=${theme}`);
    const picture = page.getByRole('img', { name: 'Static map: The opening view' });
    await expect(picture).toBeVisible();
    await expect(page.getByText(MESSAGE)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `no-webgl-${name}`);
  });
}

test.describe('with service workers allowed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('without WebGL no offline copy is installed: it would download the map engine', async ({ page, context }) => {
    const engine: string[] = [];
    // The context sees the service worker's requests too, not only the page's.
    context.on('request', (request) => /maplibre|MapView/.test(request.url()) && engine.push(request.url()));
    await page.goto('./');
    await expect(page.getByRole('img', { name: 'Static map: The opening view' })).toBeVisible();
    // The app has decided about its offline copy (see src/offline/register.ts).
    await page.waitForFunction(() => performance.getEntriesByName('offline-setup').length > 0);
    expect(
      await page.evaluate(() => (performance.getEntriesByName('offline-setup')[0] as PerformanceMark).detail),
    ).toBe('not here');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(engine).toEqual([]);
  });
});
