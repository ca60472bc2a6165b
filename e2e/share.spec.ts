/**
 * "Share & save", as a reader uses it: embed code for the current view with a live preview,
 * a slide image, the data as files that carry their sources, and the printed handout.
 */
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  waitForMapReady,
  saveScreenshot,
  axeViolations,
  colourCounts,
  colourBucket,
  bucketColour,
  serveChangedDataset,
  renderedFlowIds,
  shiftTabFromUnder,
  themeColour,
  commonestColour,
  type Frame,
  type Page,
} from './driver.ts';
import { THEMES } from '../src/map/theme.ts';
import { APP_NAME } from '../src/app-name.ts';
import { COUNTRY_LABEL_ROOMS } from '../src/map/layers/basemap.ts';
import { PLACE_LABEL_LAYERS, PLACE_LABEL_PADDING } from '../src/map/layers/places.ts';
import { ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING } from '../src/map/layers/routes.ts';
import { edgeStrips } from '../src/map/edge-labels.ts';

const catalog = JSON.parse(readFileSync('seeds/catalog.json', 'utf8')) as { id: string; title: string }[];
const { version } = JSON.parse(readFileSync('data/version.json', 'utf8')) as { version: string };
const relations = JSON.parse(readFileSync('data/relations.json', 'utf8')) as { id: string }[];
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as { id: string }[];
const places = JSON.parse(readFileSync('data/places.geojson', 'utf8')) as { features: unknown[] };
const routes = JSON.parse(readFileSync('data/routes.geojson', 'utf8')) as { features: unknown[] };

// Opening the dialog starts its live preview: a second copy of the app, with its own map.
test.beforeEach(() => test.slow());

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share & save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and save this view' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The iframe's address, read back from the code the way a browser would read the attribute. */
function iframeSrc(code: string): URL {
  const raw = /<iframe src="([^"]*)"/.exec(code)![1];
  return new URL(raw.replace(/&amp;/g, '&'));
}

test('the dialog opens with the link to this view, which copies the address the address bar holds', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?layers=arms,energy&sel=relation:rus-mmr-arms-supply&year=2015&mode=at');
  await waitForMapReady(page);
  const dialog = await openShare(page);
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('Link to this view');
  const address = dialog.getByRole('textbox', { name: 'Address' });
  await expect(address).toHaveValue(page.url());

  const copy = dialog.getByRole('button', { name: 'Copy Address' });
  await copy.press('Enter');
  await expect(copy).toHaveAccessibleDescription('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(Object.fromEntries(new URL(copied).searchParams)).toMatchObject({
    layers: 'arms,energy',
    sel: 'relation:rus-mmr-arms-supply',
    year: '2015',
    mode: 'at',
  });
  // Copying the embed code next leaves only that saying "Copied": the clipboard holds no other.
  await dialog.getByRole('button', { name: 'Copy Embed code' }).click();
  await expect(dialog.getByRole('button', { name: 'Copy Embed code' })).toHaveAccessibleDescription('Copied');
  await expect(copy).toHaveAccessibleDescription('');
  expect(await axeViolations(page, '.share-dialog')).toEqual([]);
});

// An editor who had chosen a year that leaves the entry out got code for an embed that opened on
// "Not on the map now": the dialog said nothing of it.
test('the embed section says when the entry the view is about is not on its map', async ({ page }) => {
  // Russia → Myanmar arms supply runs 2000–2019 (data/relations.json).
  await page.goto('./?layers=energy&sel=relation:rus-mmr-arms-supply&year=2022&mode=at');
  await waitForMapReady(page);
  const dialog = await openShare(page);
  await expect(dialog.getByText('The entry this view is about is not on its map')).toHaveText(
    /not on its map: the Arms layer is off, and the map shows only 2022\. The embed will say so/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.goto('./?layers=arms&sel=relation:rus-mmr-arms-supply&year=2015&mode=at');
  await waitForMapReady(page);
  await openShare(page);
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toBeVisible();
  await expect(page.getByText('is not on its map')).toHaveCount(0);
});

test('an address ending in a bare "?" is tidied: the link to share is the plain address', async ({ page, baseURL }) => {
  // A bare "?" reads as an empty query, and stayed in the address bar and every link taken from it.
  await page.goto('./?');
  await waitForMapReady(page);
  await expect(page).toHaveURL(baseURL!);
  const dialog = await openShare(page);
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveValue(baseURL!);
});

test('the embed code follows the chosen size and theme, and copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?layers=arms,energy&sel=relation:rus-mmr-arms-supply');
  const dialog = await openShare(page);
  await saveScreenshot(page, 'share-dialog-top-laptop');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });

  // The default: 800 × 600, the reader's theme; the address is this view in compact mode.
  await expect(code).toHaveValue(/width="800" height="600"/);
  const src = iframeSrc(await code.inputValue());
  expect(src.origin + src.pathname).toBe(new URL('./', page.url()).href);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    layers: 'arms,energy',
    sel: 'relation:rus-mmr-arms-supply',
    embed: '1',
  });
  // Named for what it shows: a page with several embeds tells them apart.
  expect(await code.inputValue()).toContain(`title="${APP_NAME}, interactive map: Russia → Myanmar: arms supply"`);
  await expect(code).toHaveValue(/loading="lazy"/);

  await dialog.getByRole('radio', { name: '600 × 400' }).check();
  await expect(code).toHaveValue(/width="600" height="400"/);
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect(code).toHaveValue(/&amp;embed=1&amp;theme=dark"/);

  await dialog.getByRole('button', { name: 'Copy Embed code' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  // Changing the code again takes the "Copied" away: it no longer describes what is shown.
  await dialog.getByRole('radio', { name: 'Full width × 480' }).check();
  await expect(code).toHaveValue(/style="width: 100%; height: 480px; border: 0"/);
  await expect(dialog.getByText('Copied')).toHaveCount(0);

  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await dialog.getByRole('spinbutton', { name: 'Width (pixels)' }).fill('500');
  await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('380');
  await expect(code).toHaveValue(/width="500" height="380"/);
  const note = dialog.getByRole('status').filter({ hasText: 'The code uses' });
  await expect(note).toHaveCount(0);
  // Out of range: kept to a usable size, and the dialog says so beside the box that shows "5".
  await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('5');
  await expect(code).toHaveValue(/width="500" height="360"/);
  await expect(note).toHaveText('The code uses 500 × 360 pixels: sizes run from 320 × 360 to 1920 × 1200.');
  await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('400');
  await expect(note).toHaveCount(0);

  expect(await axeViolations(page, '.share-dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share & save' })).toBeFocused();
});

test('the preview loads the embed address at the chosen size and draws the map; Escape in it closes the dialog', async ({
  page,
}) => {
  await page.goto('./?layers=arms,energy&sel=relation:rus-mmr-arms-supply');
  const dialog = await openShare(page);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await dialog.getByRole('radio', { name: '600 × 400' }).check();
  await dialog.getByRole('radio', { name: 'Light' }).check();
  const preview = dialog.locator('iframe[title="Preview of the embedded map"]');
  // The preview loads when it comes into view, as the reader scrolls down to it.
  await preview.scrollIntoViewIfNeeded();
  await expect(preview).toHaveAttribute('width', '600');
  await expect(preview).toHaveAttribute('height', '400');
  await expect(preview).toHaveAttribute('src', iframeSrc(await code.inputValue()).href);

  const frame = page.frame({ url: /embed=1&theme=light/ })!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, { timeout: 45_000 });
  // Once ready, the embed flies the tie into the part of the map the details leave: during the
  // flight the lines' tiles of the next zoom may not be in yet, so the tie is looked for until
  // drawn, point by point too (a whole-map query on the globe missed it, drawn, in one run).
  await expect.poll(() => renderedFlowIds(frame), { timeout: 20_000 }).toContain('rus-mmr-arms-supply');
  expect(await frame.evaluate(() => [innerWidth, innerHeight])).toEqual([600, 400]);
  await saveScreenshot(page, 'share-dialog-laptop');

  // Escape pressed in the preview: the embed's details close first, then the dialog, as anywhere in it.
  const details = frame.locator('.details-panel');
  await expect(details).toBeVisible();
  await frame.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share & save' })).toBeFocused();
});

// Resized in place, the preview kept the camera framed for the size before: at 600 × 400 it showed
// zoom 1.64, where an article's 600 × 400 frame opens the embed at 1.19.
test('at a new size the preview shows the view as an article’s frame of that size opens it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?layers=arms,energy&sel=relation:rus-mmr-arms-supply');
  const dialog = await openShare(page);
  const preview = dialog.locator('iframe[title="Preview of the embedded map"]');
  await preview.scrollIntoViewIfNeeded();
  const src = (await preview.getAttribute('src'))!;
  const previewFrame = page.frame({ url: /embed=1/ })!;
  await waitForMapReady(previewFrame);
  await dialog.getByRole('radio', { name: '600 × 400' }).check();
  await expect(preview).toHaveAttribute('width', '600');

  const article = await page.context().newPage();
  await article.emulateMedia({ reducedMotion: 'reduce' });
  await article.setViewportSize({ width: 600, height: 400 });
  await article.goto(src);
  await waitForMapReady(article);
  const camera = (where: Page | Frame) =>
    where.evaluate(() => {
      const map = window.pivotMap!;
      return { zoom: map.getZoom(), longitude: map.getCenter().lng, latitude: map.getCenter().lat };
    });
  const apart = async () => {
    const [shown, opened] = await Promise.all([camera(previewFrame), camera(article)]);
    return Math.max(
      Math.abs(shown.zoom - opened.zoom),
      Math.abs(shown.longitude - opened.longitude),
      Math.abs(shown.latitude - opened.latitude),
    );
  };
  await expect.poll(apart, { timeout: 20_000 }).toBeLessThan(0.05);
  await article.close();
});

test('on a phone the dialog fits the screen and scales the preview down', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const dialog = await openShare(page);
  await expect(dialog.getByText(/Preview, shown at \d+% of its size/)).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const frameBox = (await dialog.locator('.embed-preview-frame').boundingBox())!;
  expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(box.x + box.width);
  expect(await axeViolations(page, '.share-dialog')).toEqual([]);
  await saveScreenshot(page, 'share-dialog-phone');
});

// WCAG 2.4.11: a download reached with Shift+Tab while it lay under the dialog's title bar stayed there.
test('on a phone a control reached with Shift+Tab comes into view below the dialog’s title bar, not under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const dialog = await openShare(page);
  const [events, places] = [
    dialog.getByRole('button', { name: /^Events/ }),
    dialog.getByRole('button', { name: /^Places/ }),
  ];
  const bar = dialog.getByRole('heading', { name: 'Share and save this view' }).locator('..');
  // The reader is on "Places", and has scrolled "Events" under the title bar.
  await shiftTabFromUnder(page, { from: places, to: events, bar, scroller: dialog });
});

async function download(page: Page, dialog: ReturnType<Page['getByRole']>, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Splits a CSV file into rows of cells (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const re = /(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) {
    rows.at(-1)!.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m[3] === '\r\n') rows.push([]);
  }
  return rows.filter((r) => r.length > 1);
}

test('every download carries its sources and the data version', async ({ page }) => {
  await page.goto('./');
  const dialog = await openShare(page);

  const rel = await download(page, dialog, 'Relations (CSV)');
  expect(rel.name).toBe(`pivot-to-asia-relations-v${version}.csv`);
  const [header, ...rows] = parseCsv(rel.text.replace(/^\uFEFF/, ''));
  for (const column of ['id', 'from_name', 'to_name', 'summary', 'figures', 'citations', 'dataset_version', 'cite_as'])
    expect(header).toContain(column);
  expect(rows).toHaveLength(relations.length);
  const cell = (row: string[], column: string) => row[header.indexOf(column)];
  for (const row of rows) {
    expect(cell(row, 'dataset_version')).toBe(version);
    expect(cell(row, 'cite_as')).toContain(`(Version ${version})`);
    expect(cell(row, 'citations')).toMatch(/^“.{20,}” — /);
  }
  const myanmar = rows.find((r) => cell(r, 'id') === 'rus-mmr-arms-supply')!;
  expect(cell(myanmar, 'citations')).toContain('$1.44 billion from Russia');
  expect(cell(myanmar, 'figures')).toContain('$1.44 billion');

  const ev = await download(page, dialog, 'Events (CSV)');
  const [evHeader, ...evRows] = parseCsv(ev.text.replace(/^\uFEFF/, ''));
  expect(evRows).toHaveLength(events.length);
  expect(evHeader).toEqual(expect.arrayContaining(['date', 'place_name', 'citations', 'dataset_version', 'cite_as']));

  for (const [name, data] of [
    ['Places (GeoJSON)', places],
    ['Routes (GeoJSON)', routes],
  ] as const) {
    const geo = JSON.parse((await download(page, dialog, name)).text);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(data.features.length);
    expect(geo.metadata.dataset_version).toBe(version);
    expect(geo.metadata.cite_as).toContain(`(Version ${version})`);
    expect(geo.metadata.sources.map((s: { id: string }) => s.id)).toEqual(catalog.map((s) => s.id));
  }

  const bib = await download(page, dialog, 'Source references (BibTeX)');
  expect(bib.name).toBe(`pivot-to-asia-sources-v${version}.bib`);
  expect(bib.text.match(/^@misc\{/gm)).toHaveLength(5);
  expect(bib.text).toContain(`data version ${version}`);

  const csl = JSON.parse((await download(page, dialog, 'Source references (CSL-JSON)')).text);
  expect(csl).toHaveLength(5);
  expect(csl.map((item: { id: string; title: string }) => [item.id, item.title])).toEqual(
    catalog.map((s) => [s.id, s.title]),
  );
  expect(csl[0].custom.dataset_version).toBe(version);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Saves the slide image from the Share dialog: the dialog, the download and its bytes. */
async function saveSlide(page: Page) {
  const dialog = await openShare(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save PNG image' }).click(),
  ]);
  return { dialog, file, bytes: readFileSync((await file.path())!) };
}

test('the slide image is a 1920 × 1080 PNG with the map drawn in it', async ({ page }) => {
  await page.goto('./?proj=flat');
  await waitForMapReady(page);
  const { dialog, file, bytes } = await saveSlide(page);
  await expect(dialog.getByText('Saved: look in your downloads.')).toBeVisible();
  expect(file.suggestedFilename()).toBe(`pivot-to-asia-map-v${version}.png`);
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  await file.saveAs('test-results/screenshots/share-slide.png');

  // Not blank: the map area holds the map's land and Russia's flow colour, not only the sea.
  const counts = await colourCounts(page, bytes, { x: 56, y: 196, width: 1300, height: 764 });
  // #d55e00, the light theme's colour for Russia's ties, give or take a shade.
  const isRussia = ([r, g, b]: number[]) => Math.abs(r - 0xd5) < 12 && Math.abs(g - 0x5e) < 12 && b < 16;
  const colours = {
    distinct: counts.size,
    russia: [...counts].filter(([key]) => isRussia(bucketColour(key))).reduce((sum, [, n]) => sum + n, 0),
  };
  expect(colours.distinct).toBeGreaterThan(100);
  expect(colours.russia).toBeGreaterThan(500);

  // The map is back to drawing at the screen's pixel ratio.
  expect(await page.evaluate(() => window.pivotMap!._overridePixelRatio ?? null)).toBeNull();
});

test('on the globe the slide shows its page round the globe, as the app does, so the globe keeps its rim', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  const { bytes } = await saveSlide(page);
  // Inside the map's box, at its left, beside the opening globe: the page's colour, not the sea's.
  const mostly = commonestColour(await colourCounts(page, bytes, { x: 60, y: 560, width: 30, height: 30 }));
  expect(mostly).toBe(colourBucket(await themeColour(page, '--bg')));
  expect(mostly).not.toBe(colourBucket(THEMES.light.sea));
});

test('on a phone the slide cuts no name at its edges, though it shows what lay under the details', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  await expect(page.getByRole('heading', { name: 'Russia → Myanmar: arms supply' })).toBeVisible();
  // The picture is the canvas whole, with nothing over it: names placed across its edges (edge-labels.ts).
  const { width, height } = await page.evaluate(() => {
    const canvas = window.pivotMap!.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  const groups = [
    ...COUNTRY_LABEL_ROOMS,
    { layers: PLACE_LABEL_LAYERS, padding: PLACE_LABEL_PADDING },
    { layers: ROUTE_LABEL_LAYERS, padding: ROUTE_LABEL_PADDING },
  ].map(({ layers, padding }) => ({ layers: [...layers], strips: edgeStrips(width, height, padding + 1) }));
  // Read when the export copies the map's frame: the names drawn in it that its edges cut.
  await page.evaluate((groups) => {
    const drawImage = CanvasRenderingContext2D.prototype.drawImage as (...args: unknown[]) => void;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const map = window.pivotMap!;
      if (args[0] === map.getCanvas())
        (window as unknown as { cut: string[] }).cut = groups.flatMap(({ layers, strips }) =>
          strips.flatMap((box) =>
            map
              .queryRenderedFeatures(box, { layers })
              .filter((f) => f.state?.cut !== true)
              .map((f) => String(f.properties.name)),
          ),
        );
      return drawImage.apply(this, args);
    } as typeof CanvasRenderingContext2D.prototype.drawImage;
  }, groups);
  await saveSlide(page);
  expect(await page.evaluate(() => (window as unknown as { cut?: string[] }).cut)).toEqual([]);
});

const TOUR_FIXTURE = [
  {
    id: 'arms-for-myanmar',
    title: 'Arms for Myanmar',
    body: 'A chapter used only by this test.',
    camera: { longitude: 100, latitude: 20, zoom: 3 },
    layers: ['arms'],
    time: null,
    selection: null,
    cites: ['relation:rus-mmr-arms-supply'],
    questions: ['Why might Myanmar buy arms from both Russia and China?', 'What does 17 percent tell us?'],
  },
  {
    id: 'rail-around-russia',
    title: 'Rail around Russia',
    body: 'Another chapter used only by this test.',
    camera: { longitude: 70, latitude: 42, zoom: 3 },
    layers: ['rail'],
    time: null,
    selection: null,
    cites: ['route:china-europe-rail'],
    questions: ['Who gains from a route that bypasses Russia?'],
  },
];

/** Serves the real dataset with the given tour chapters, so the handout can be tested with and without a tour. */
async function withTour(page: Page, tour: unknown[]) {
  await serveChangedDataset<{ tour: unknown[] }>(page, (data) => {
    data.tour = tour;
  });
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const rgb = (hex: string) => `rgb(${channels(hex).join(', ')})`;

/**
 * Records, each time the map's canvas is copied (for the handout's picture), the size its places'
 * names are drawn at (CSS pixels) and the canvas's pixels per CSS pixel.
 */
async function recordNameSizeAtCopy(page: Page) {
  await page.evaluate(() => {
    const seen: { name: number; ratio: number }[] = [];
    (window as unknown as { nameSizes: typeof seen }).nameSizes = seen;
    const drawImage = CanvasRenderingContext2D.prototype.drawImage as (...args: unknown[]) => void;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const map = window.pivotMap!;
      const source = map.getCanvas();
      if (args[0] === source) {
        type Evaluated = { layout: { get(name: string): { evaluate(feature: unknown, state: unknown): number } } };
        const layer = map.getLayer('named-place-label') as unknown as Evaluated;
        const name = layer.layout.get('text-size').evaluate({ type: 'Point', properties: {} }, {});
        seen.push({ name, ratio: source.width / source.clientWidth });
      }
      drawImage.apply(this, args);
    };
  });
}

async function printHandout(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
}

/** Opens `address`, prints its handout from the Share dialog, and shows the page as printed: the handout. */
async function printedHandout(page: Page, address: string) {
  await printHandout(page);
  await page.goto(address);
  await waitForMapReady(page);
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Print handout' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  await page.emulateMedia({ media: 'print' });
  return page.getByRole('article', { name: 'Classroom handout' });
}

test('the handout prints the map, its legend, the key facts with their quotes and the questions', async ({ page }) => {
  await withTour(page, TOUR_FIXTURE);
  await printHandout(page);
  await page.goto('./?layers=arms,energy,rail,china');
  await waitForMapReady(page);
  await recordNameSizeAtCopy(page);
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Print handout' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

  const handout = page.getByRole('article', { name: 'Classroom handout' });
  await expect(handout).toBeHidden(); // Only on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();

  const map = handout.getByRole('img', { name: /^Map: Arms, Energy and trade, Rail and connectivity, China/ });
  expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThanOrEqual(1600);
  // Cut to what the map draws (the globe, and any name beside it), so the map prints large:
  // about 15 cm high, where the page round the globe kept it to 10.
  const undrawn = await map.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const drawnColumns = new Set<number>();
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawnColumns.add(((i - 3) / 4) % canvas.width);
    const columns = [...drawnColumns];
    return { left: Math.min(...columns), right: canvas.width - 1 - Math.max(...columns) };
  });
  expect(undrawn.left).toBeLessThan(20);
  expect(undrawn.right).toBeLessThan(20);
  const millimetre = 96 / 25.4;
  expect((await map.boundingBox())!.height).toBeGreaterThan(140 * millimetre);
  // The places' names print no smaller than the handout's text (9 pt): drawn at the screen's
  // size, the picture, shrunk to the page, printed them smaller the wider the screen (8 pt from
  // this one). On A4 the picture is at most 182 mm wide (the page less its 14 mm margins) and
  // 150 mm high (handout.css), its shape kept.
  const [copied] = await page.evaluate(
    () => (window as unknown as { nameSizes: { name: number; ratio: number }[] }).nameSizes,
  );
  const [width, height] = await map.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  const millimetresPerPixel = Math.min(182 / width, 150 / height);
  const points = (copied.name * copied.ratio * millimetresPerPixel) / (25.4 / 72);
  expect(points).toBeGreaterThanOrEqual(9);
  const legend = handout.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Russia’s ties');
  await expect(legend).toContainText('China’s ties');
  // The widths' keys under the caption that says what they key, as on screen.
  await expect(legend.getByRole('listitem')).toContainText(['Line width: the figure given', '$100 million']);
  const facts = handout.locator('.handout-facts');
  await expect(facts.getByRole('heading', { name: 'Arms' })).toBeVisible();
  const myanmar = facts.getByRole('listitem').filter({ hasText: 'Russia → Myanmar: arms supply' });
  await expect(myanmar).toContainText('$1.44 billion');
  await expect(myanmar.locator('blockquote').first()).toContainText('$1.44 billion from Russia');
  await expect(myanmar.locator('cite').first()).toHaveText('PacNet, 2021');
  await expect(handout.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'Chapter 2: Rail around Russia' })).toBeVisible();
  await expect(handout).toContainText('Who gains from a route that bypasses Russia?');
  await expect(handout).toContainText(`Data version ${version}`);
  await expect(handout).toContainText('Basemap: Natural Earth');

  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.screenshot({ path: 'test-results/screenshots/share-handout.png', fullPage: true });
  await page.pdf({ path: 'test-results/screenshots/share-handout.pdf', format: 'A4', printBackground: true });

  // When printing is over the handout goes away and focus returns to the button.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(handout).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share & save' })).toBeFocused();
});

test('a reader in dark mode prints a light handout: the map, its legend and every text', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await printHandout(page);
  await page.goto('./');
  await waitForMapReady(page);
  // What covers the page while the map is redrawn light for the picture, as the reader saw it.
  const veil = await page.evaluateHandle(() => {
    const seen: string[] = [];
    new MutationObserver(() => {
      const status = document.querySelector('[role="status"].handout-preparing');
      if (status && !seen.includes(status.textContent!)) seen.push(status.textContent!);
    }).observe(document.body, { childList: true, subtree: true });
    return seen;
  });
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Print handout' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  expect(await veil.jsonValue()).toEqual(['Preparing the handout…']);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const handout = page.getByRole('article', { name: 'Classroom handout' });
  await expect(handout).toBeVisible();

  // The map is drawn in the light theme for paper: its land, not the dark theme's.
  const counts = await colourCounts(page, await handout.getByRole('img', { name: /^Map:/ }).screenshot());
  const pixelsOf = (hex: string) => counts.get(colourBucket(hex)) ?? 0;
  expect(pixelsOf(THEMES.light.land)).toBeGreaterThan(1000);
  expect(pixelsOf(THEMES.dark.land)).toBe(0);
  // Every text prints dark on white, the source references the handout shares with the app too.
  const lightTexts = await handout.evaluate((root) => {
    const light: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      if (!element.checkVisibility() || !element.textContent?.trim()) continue;
      const [r, g, b] = getComputedStyle(element).color.match(/\d+/g)!.map(Number);
      if (0.2126 * r + 0.7152 * g + 0.0722 * b > 128) light.push(element.textContent.trim().slice(0, 40));
    }
    return light;
  });
  expect(lightTexts).toEqual([]);
  const legendSample = handout.getByRole('region', { name: 'Legend' }).locator('.handout-sample').first();
  expect(await legendSample.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(THEMES.light.land));

  // Once printed, the live map is back in the reader's dark theme.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(handout).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.pivotMap!.getPaintProperty('background', 'background-color')))
    .toBe(THEMES.dark.sea);
});

test('without tour chapters the handout has no questions section', async ({ page }) => {
  await withTour(page, []);
  const handout = await printedHandout(page, './?layers=arms');
  await expect(handout.getByRole('heading', { name: 'Key facts on this map' })).toBeVisible();
  await expect(handout).not.toContainText('Questions for discussion');
  await expect(handout).not.toContainText('Chapter');
});

test('a handout of a view with nothing shown says so, with no instruction a page cannot follow', async ({ page }) => {
  const legend = (await printedHandout(page, './?layers=')).getByRole('region', { name: 'Legend' });
  // On screen the legend says "turn on a layer"; a sheet of paper has none to turn on.
  await expect(legend).toContainText(
    'Nothing is shown in this view: no layer is on, or none has entries in its years.',
  );
  await expect(legend).not.toContainText('turn on');
});

/**
 * Records, each time an export copies the map, where `lngLat` lies in the copied picture, as a
 * fraction of its width and height (0.5, 0.5 is the middle).
 */
async function recordExportedPoint(page: Page, lngLat: [number, number]) {
  await page.evaluate((lngLat) => {
    const copies: { x: number; y: number }[] = [];
    (window as unknown as { copies: typeof copies }).copies = copies;
    const drawImage = CanvasRenderingContext2D.prototype.drawImage as (...args: unknown[]) => void;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const map = window.pivotMap!;
      if (args[0] === map.getCanvas()) {
        const { x, y } = map.project(lngLat);
        const { clientWidth, clientHeight } = map.getCanvas();
        copies.push({ x: x / clientWidth, y: y / clientHeight });
      }
      return drawImage.apply(this, args);
    } as typeof CanvasRenderingContext2D.prototype.drawImage;
  }, lngLat);
  return () => page.evaluate(() => (window as unknown as { copies: { x: number; y: number }[] }).copies);
}

test('during a tour chapter the slide and the handout show its subject in the middle of the map, not beside the card', async ({
  page,
}) => {
  const chapter = (
    JSON.parse(readFileSync('data/tour.json', 'utf8')) as { camera: { longitude: number; latitude: number } }[]
  )[2];
  const { longitude, latitude } = chapter.camera;
  await printHandout(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // A tablet on its side, where the card lies over the map's left (a laptop's stands beside the map).
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?tour=3');
  await waitForMapReady(page);
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getCenter().lng)).toBeCloseTo(longitude, 2);
  const liveFrame = () =>
    page.evaluate(() => ({ center: window.pivotMap!.getCenter().toArray(), padding: window.pivotMap!.getPadding() }));
  const live = await liveFrame();
  // On screen the chapter is framed beside the card: the map is padded at the left.
  expect(live.padding.left).toBeGreaterThan(100);
  const copies = await recordExportedPoint(page, [longitude, latitude]);

  const { dialog, file } = await saveSlide(page);
  await file.saveAs('test-results/screenshots/share-slide-tour.png');
  await dialog.getByRole('button', { name: 'Print handout' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

  // The picture has no card over it: the chapter's centre is in its middle.
  const points = await copies();
  expect(points).toHaveLength(2);
  for (const point of points) {
    expect(point.x).toBeCloseTo(0.5, 1);
    expect(point.y).toBeCloseTo(0.5, 1);
  }
  // The live map is framed as before, beside the card.
  expect(await liveFrame()).toEqual(live);
});

test('Back or Forward with Share & save or Cite this view open closes the dialog, which named the view before', async ({
  page,
}) => {
  await page.goto('./?sel=relation:rus-mmr-arms-supply');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page).toHaveURL(/view=table/);
  for (const [button, name] of [
    ['Share & save', 'Share and save this view'],
    ['Cite this view', 'Cite this view'],
  ]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    // The dialog stayed open on the table's address while the map came back behind it.
    await page.goBack();
    await expect(page).not.toHaveURL(/view=table/);
    await expect(dialog).toBeHidden();
    await page.goForward();
    await expect(page).toHaveURL(/view=table/);
  }
});
