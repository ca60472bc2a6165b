/**
 * The one module the specs import Playwright through. Every test gets a page that fails the
 * test on any request to another host, on any console error and on any warning MapLibre gives
 * of a style expression, plus helpers that read the map the way a test should: what MapLibre
 * has rendered, not how long something took.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FLOW_LAYER_IDS } from '../src/map/layers/flows.ts';
import { PLACE_LABEL_LAYERS, PLACE_LAYER_IDS } from '../src/map/layers/places.ts';
import { COUNTRY_LABEL_LAYERS, NAMED_COUNTRY_LABEL, STORY_COUNTRY_LABEL } from '../src/map/layers/basemap.ts';
import { ROUTE_LABEL_LAYERS } from '../src/map/layers/routes.ts';
import { topPointOnLine } from '../scripts/point-on-line.ts';
import { splitCitations } from '../scripts/generated-files.ts';
import { attachCitations, indexDataset, type CitationsFile, type Dataset } from '../src/data/dataset.ts';

type Guard = { externalRequests: string[]; consoleErrors: string[] };

export const test = base.extend<{ guard: Guard; otherAllowedOrigins: string[] }>({
  /** Origins besides the app's that a spec may load from, e.g. a host page that embeds the app. */
  otherAllowedOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, otherAllowedOrigins }, use) => {
      const allowed = new Set([new URL(baseURL!).origin, ...otherAllowedOrigins]);
      const guard: Guard = { externalRequests: [], consoleErrors: [] };
      // Requests and console messages of every frame in the page (an embedded app's too) land here.
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url)) return;
        if (!allowed.has(new URL(url).origin)) guard.externalRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
        // "layers[id].layout.property: …": an expression that failed for some feature, which then
        // fell back to the property's default (the GL driver's own warnings do not count).
        if (message.type() === 'warning' && /^layers\[[^\]]+\]\.(layout|paint)\./.test(message.text()))
          guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(String(error)));
      await use(guard);
      expect(guard.externalRequests, 'requests to other hosts').toEqual([]);
      expect(guard.consoleErrors, 'console errors and style warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Frame, Locator, Page };

/**
 * Serves the app's dataset changed by `change` in place of its files (every frame's request: an
 * embed preview's too). `change` sees the entries with their quotes, as data/ holds them; they are
 * served apart again, as the build writes them (dataset.json and citations.json). Read from disk,
 * as the build copied them, not fetched through the route: under load such a fetch met a
 * connection the preview server had just closed (ECONNRESET).
 */
export async function serveChangedDataset<T>(page: Page, change: (data: T) => void) {
  const files = (() => {
    const read = (name: string) => JSON.parse(readFileSync(`public/generated/${name}`, 'utf8')) as unknown;
    const dataset = attachCitations(
      indexDataset(read('dataset.json') as Dataset),
      read('citations.json') as CitationsFile,
    );
    // The files' own fields: the index's maps are the app's, made again from what is served.
    const { version, citationsKey, layers, actors, places, routes, relations, events, seeds, tour } = dataset;
    const data = { version, layers, actors, places, routes, relations, events, seeds, tour };
    change(data as T);
    return splitCitations(data, citationsKey);
  })();
  await page.route('**/generated/dataset.json', (route) => route.fulfill({ json: files.dataset }));
  await page.route('**/generated/citations.json', (route) => route.fulfill({ json: files.citations }));
}

/**
 * Waits for the app's `map-ready` mark: the map's first idle with its default layers drawn.
 * `page` may be a frame: the app embedded in another page.
 */
export async function waitForMapReady(page: Page | Frame) {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, { timeout: 45_000 });
}

/**
 * A slow connection, deterministic: holds the app's scripts whose file name matches `name` (a
 * part that loads apart, src/ui/lazy-part.ts) until `release` is called, or with `fail: true`
 * fails them until then (the connection dropped, then back). Set before the page loads, it holds
 * the idle preload too. `release.failures()` counts the requests failed so far.
 */
export async function holdScripts(page: Page, name: RegExp, { fail = false } = {}) {
  let isReleased = false;
  let failures = 0;
  let resolveReleased!: () => void;
  const released = new Promise<void>((resolve) => (resolveReleased = resolve));
  const release = () => {
    isReleased = true;
    resolveReleased();
  };
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    if (!name.test(new URL(route.request().url()).pathname)) return route.fallback();
    if (fail && !isReleased) {
      failures += 1;
      return route.abort('internetdisconnected');
    }
    await released;
    await route.continue();
  });
  return Object.assign(release, { failures: () => failures });
}

/**
 * Counts the shaders MapLibre builds for its sky and atmosphere (both read u_atmosphere_blend),
 * which this map never shows and skips (src/map/skip-unseen-sky.ts). Call before the page loads;
 * the returned function reads the count.
 */
export async function countAtmosphereShaders(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { atmosphereShaders: number };
    w.atmosphereShaders = 0;
    const shaderSource = WebGL2RenderingContext.prototype.shaderSource;
    WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
      if (source.includes('u_atmosphere_blend')) w.atmosphereShaders++;
      return shaderSource.call(this, shader, source);
    };
  });
  return () => page.evaluate(() => (window as unknown as { atmosphereShaders: number }).atmosphereShaders);
}

/** Waits until the map has finished rendering the current camera and style. */
export async function waitForIdle(page: Page | Frame) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.pivotMap!;
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/**
 * Labels MapLibre has placed in a symbol layer: one entry per label drawn on screen, so a
 * country labelled twice appears twice. A country name the map's edge would cut is placed but
 * transparent (feature-state `cut`, src/map/edge-labels.ts): not counted.
 */
export async function renderedLabels(page: Page, layer: string, property = 'name'): Promise<string[]> {
  return page.evaluate(
    ({ layer, property }) =>
      window
        .pivotMap!.queryRenderedFeatures({ layers: [layer] })
        .filter((f) => f.state?.cut !== true)
        .map((f) => String(f.properties[property])),
    { layer, property },
  );
}

/** The route names the map draws: the plans' layer, the running routes' and the selected route's. */
export async function renderedRouteNames(page: Page): Promise<string[]> {
  return (await Promise.all(ROUTE_LABEL_LAYERS.map((layer) => renderedLabels(page, layer)))).flat();
}

/** The place names the map draws: the hubs' below zoom 2.5, others' from 2.5, and those named at any zoom. */
export async function renderedPlaceNames(page: Page): Promise<string[]> {
  return (await Promise.all(PLACE_LABEL_LAYERS.map((layer) => renderedLabels(page, layer)))).flat();
}

/** The places the map names, a group of markers drawn as one ("Naypyidaw +1", src/map/layers/event-groups.ts) by its largest. */
export async function namedPlaces(page: Page): Promise<string[]> {
  return (await renderedPlaceNames(page)).map((name) => name.replace(/ \+\d+$/, ''));
}

/**
 * The story's country names drawn off their point with their middle over another country, as
 * "NAME over ISO": a reader takes a name for the land under it. Each name's box is found in
 * MapLibre's own collision index, by halving query boxes around its point.
 */
export async function storyNamesOverOtherCountries(page: Page): Promise<string[]> {
  return page.evaluate(
    (layers) => {
      const map = window.pivotMap!;
      // Whether the label of `iso3` reaches into the box from (left, top) to (right, bottom).
      const reaches = (iso3: string, left: number, top: number, right: number, bottom: number) =>
        map
          .queryRenderedFeatures(
            [
              [left, top],
              [right, bottom],
            ],
            { layers },
          )
          .some((f) => f.properties.iso3 === iso3);
      // The least `value` in (low, high] for which `holds` is true, `holds` being monotonic.
      const least = (low: number, high: number, holds: (value: number) => boolean) => {
        while (high - low > 1) {
          const middle = Math.floor((low + high) / 2);
          if (holds(middle)) high = middle;
          else low = middle;
        }
        return high;
      };
      const found: string[] = [];
      for (const label of map.queryRenderedFeatures({ layers }).filter((f) => f.state?.cut !== true)) {
        const iso3 = String(label.properties.iso3);
        const at = map.project(
          label.geometry.type === 'Point' ? (label.geometry.coordinates as [number, number]) : [0, 0],
        );
        const [x0, y0, x1, y1] = [at.x - 300, at.y - 300, at.x + 300, at.y + 300];
        const left = least(x0, x1, (x) => reaches(iso3, x0, y0, x, y1));
        const right = -least(-x1, -x0, (x) => reaches(iso3, -x, y0, x1, y1));
        const top = least(y0, y1, (y) => reaches(iso3, x0, y0, x1, y));
        const bottom = -least(-y1, -y0, (y) => reaches(iso3, x0, -y, x1, y1));
        const middle = { x: (left + right) / 2, y: (top + bottom) / 2 };
        if (Math.hypot(middle.x - at.x, middle.y - at.y) < 4) continue; // on its point, inside its country
        const under = map.queryRenderedFeatures([middle.x, middle.y], { layers: ['country-fill'] })[0];
        if (under && under.properties.iso3 !== iso3)
          found.push(`${label.properties.name} over ${under.properties.iso3}`);
      }
      return found;
    },
    [STORY_COUNTRY_LABEL, NAMED_COUNTRY_LABEL],
  );
}

/** The country names the map draws: those of the selection's countries, the story's others' and the rest. */
export async function renderedCountryNames(page: Page): Promise<string[]> {
  return (await Promise.all(COUNTRY_LABEL_LAYERS.map((layer) => renderedLabels(page, layer)))).flat();
}

/**
 * Values of one property over the features MapLibre has rendered in the given layers.
 * On the globe a whole-viewport query misses features in some tiles (MapLibre 6), so the
 * viewport is also probed point by point on a 16-pixel grid, as a reader's pointer would.
 */
export async function renderedValues(page: Page | Frame, layers: string[], property: string): Promise<string[]> {
  return page.evaluate(
    ({ layers, property }) => {
      const map = window.pivotMap!;
      const features = map.queryRenderedFeatures({ layers });
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      for (let x = 0; x < width; x += 16)
        for (let y = 0; y < height; y += 16) features.push(...map.queryRenderedFeatures([x, y], { layers }));
      // Flows and routes of other years are drawn hidden (feature-state `hidden`, src/map/hidden.ts).
      const shown = features.filter((f) => f.state?.hidden !== 1);
      const seen = new Map(shown.map((f) => [`${f.layer.id}/${f.id ?? JSON.stringify(f.properties)}`, f]));
      return [...seen.values()].map((f) => String(f.properties[property]));
    },
    { layers, property },
  );
}

/** A place marker MapLibre has drawn: its place's id and name, its centre in map pixels, its radius and its count of events (0 for a plain dot). */
export type DrawnMarker = { id: string; name: string; x: number; y: number; radius: number; events: number };

/** The place markers drawn on screen: each place of the `places` source that MapLibre has rendered at its own position. */
export async function drawnMarkers(page: Page): Promise<DrawnMarker[]> {
  return page.evaluate((markerLayers) => {
    const map = window.pivotMap!;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const places = new Map(map.querySourceFeatures('places').map((f) => [String(f.properties.id), f]));
    return [...places.values()].flatMap((place) => {
      const { x, y } = map.project((place.geometry as GeoJSON.Point).coordinates as [number, number]);
      if (x < 0 || y < 0 || x > width || y > height) return [];
      const drawn = map
        .queryRenderedFeatures([x, y], { layers: markerLayers })
        .find((m) => m.properties.id === place.properties.id);
      if (!drawn) return [];
      const radius = Number(drawn.layer.paint?.['circle-radius' as keyof typeof drawn.layer.paint]);
      const events = Number(drawn.properties.events);
      return [{ id: String(place.properties.id), name: String(place.properties.name), x, y, radius, events }];
    });
  }, PLACE_LAYER_IDS);
}

/** The names in the given layers that MapLibre has rendered at each point of the map (map pixels). */
export async function namesAt(page: Page, points: { x: number; y: number }[], layers: string[]): Promise<string[][]> {
  return page.evaluate(
    ({ points, layers }) =>
      points.map(({ x, y }) =>
        window.pivotMap!.queryRenderedFeatures([x, y], { layers }).map((f) => String(f.properties.name)),
      ),
    { points, layers },
  );
}

/** Saves a screenshot as a test artifact and under test-results/screenshots/ for a human look. */
/**
 * WCAG 2.4.11 with a sticky bar: the reader is on `from`, has scrolled `to` (the control before it)
 * under `bar` with the wheel over `scroller`, and presses Shift+Tab; `to` must come into view below
 * the bar, not stay under it.
 */
export async function shiftTabFromUnder(
  page: Page,
  { from, to, bar, scroller }: { from: Locator; to: Locator; bar: Locator; scroller: Locator },
) {
  await from.focus();
  await scroller.hover();
  const under = async () => (await to.boundingBox())!.y - (await bar.boundingBox())!.y;
  await page.mouse.wheel(0, (await under()) - 5);
  await expect.poll(under).toBeLessThan(20);
  await expect.poll(under).toBeGreaterThan(-10);
  await page.keyboard.press('Shift+Tab');
  await expect(to).toBeFocused();
  const [control, covering] = [(await to.boundingBox())!, (await bar.boundingBox())!];
  expect(control.y).toBeGreaterThanOrEqual(covering.y + covering.height);
}

export async function saveScreenshot(page: Page, name: string) {
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** Screen position (page coordinates) of a point on a rendered flow where that flow is on top. */
export function pointOnFlow(page: Page, relationId: string): Promise<{ x: number; y: number }> {
  return pointOnLine(page, 'flow', relationId);
}

/**
 * Whether these places (longitude, latitude) lie on the map above the phone's details sheet, on
 * the globe's side in sight, their markers whole (10 px clear of the screen's edges and the
 * sheet): any of them, or with `every`, each.
 */
export async function placesAboveSheet(page: Page, places: [number, number][], { every = false } = {}) {
  const sheetTop = (await page.locator('.details-panel').boundingBox())!.y;
  return page.evaluate(
    ({ places, sheetTop, every }) => {
      const map = window.pivotMap!;
      const box = map.getContainer().getBoundingClientRect();
      const margin = 10;
      const seen = (place: [number, number]) => {
        const p = map.project(place);
        // A place round the back of the globe projects onto its front: unprojected, it comes back elsewhere.
        const back = map.unproject(p);
        const facing = Math.abs(back.lng - place[0]) < 0.5 && Math.abs(back.lat - place[1]) < 0.5;
        const [x, y] = [box.left + p.x, box.top + p.y];
        return facing && x > margin && x < box.right - margin && y > box.top + margin && y < sheetTop - margin;
      };
      return every ? places.every(seen) : places.some(seen);
    },
    { places, sheetTop, every },
  );
}

/**
 * Page position of a point on a rendered flow or route where a click reaches it
 * (scripts/point-on-line.ts): near its middle, or with `lowest` the lowest such point on screen.
 */
export async function pointOnLine(
  page: Page,
  kind: 'flow' | 'route',
  id: string,
  { lowest = false } = {},
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(topPointOnLine, { kind, id, prefer: lowest ? 'lowest' : 'middle' } as const);
  if (!point) throw new Error(`The ${kind} ${id} is not visible on top anywhere on screen`);
  return point;
}

/** The ids of the flows MapLibre has rendered. */
export async function renderedFlowIds(page: Page | Frame): Promise<string[]> {
  return renderedValues(page, FLOW_LAYER_IDS, 'id');
}

/** Accessibility violations (WCAG 2.1 A and AA) in the page, or in one part of it, as readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Presses Tab, as a keyboard reader would, until `target` has the focus or `limit` presses are spent. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
}

/** A colour's key in colourCounts: from "#rrggbb", or from "rgb(r, g, b)" as computed styles give it. */
export function colourBucket(colour: string): string {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : colour.match(/\d+/g)!.slice(0, 3).map(Number);
  return channels.map((channel) => channel >> 3).join(',');
}

/** Words whose letters lie on more than one line, in the first text of each `selector` in `scope`. */
export function wordsBrokenIn(scope: Locator, selector: string): Promise<string[]> {
  return scope.evaluate(
    (element, selector) =>
      [...element.querySelectorAll(selector)].flatMap((each) => {
        const name = each.firstChild as Text;
        const range = document.createRange();
        return [...name.data.matchAll(/\S+/g)]
          .filter((word) => {
            range.setStart(name, word.index);
            range.setEnd(name, word.index + word[0].length);
            return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1;
          })
          .map((word) => `${word[0]} in ${name.data}`);
      }),
    selector,
  );
}

/**
 * Is `target` marked as the entry the reader chose last in a list: 4 px of the accent down its
 * left edge (styles.css, .last-chosen)? Reads a strip of the screen inside its border.
 */
export async function markedLastChosen(page: Page, target: Locator): Promise<boolean> {
  const box = (await target.boundingBox())!;
  const strip = { x: Math.round(box.x) + 1, y: Math.round(box.y) + 8, width: 2, height: 20 };
  const counts = await colourCounts(page, await page.screenshot(), strip);
  return (counts.get(colourBucket('#0b5cad')) ?? 0) === strip.width * strip.height;
}

/** The pixels of a PNG (a screenshot, a download) as RGBA, row by row: the page's own image decoder reads it. */
async function pngPixels(page: Page, png: Buffer): Promise<{ width: number; data: Uint8ClampedArray }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return { width: image.width, data: ctx.getImageData(0, 0, image.width, image.height).data };
  }, png.toString('base64'));
}

/**
 * How many pixels of a PNG (a screenshot, a download) have each colour, in a region or all of it.
 * Each channel keeps its top five bits ("26,11,0" for #d55e00), so the answer stays small.
 */
export async function colourCounts(
  page: Page,
  png: Buffer,
  region?: { x: number; y: number; width: number; height: number },
): Promise<Map<string, number>> {
  const { width: imageWidth, data } = await pngPixels(page, png);
  // Whole pixels, as getImageData takes a region.
  const [x, y, width, height] = (
    region ? [region.x, region.y, region.width, region.height] : [0, 0, imageWidth, data.length / 4 / imageWidth]
  ).map(Math.trunc);
  const counts = new Map<string, number>();
  for (let row = y; row < y + height; row++)
    for (let column = x; column < x + width; column++) {
      const i = (row * imageWidth + column) * 4;
      const key = `${data[i] >> 3},${data[i + 1] >> 3},${data[i + 2] >> 3}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

/**
 * A screenshot of the map once it is idle; of its part between `left` and `right` (page x) when
 * something lies over its side (the details, the search's suggestions).
 */
export async function mapPicture(page: Page, { left = 0, right = Infinity } = {}): Promise<Buffer> {
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [from, to] = [Math.max(canvas.x, left), Math.min(canvas.x + canvas.width, right)];
  await waitForIdle(page);
  return page.screenshot({ clip: { ...canvas, x: from, width: to - from } });
}

/**
 * Where two screenshots of the same size differ: how many pixels, and the box round them (null if
 * none). A channel must differ by more than 24 of 255: rendering noise is not a change.
 */
export async function changedPixels(
  page: Page,
  before: Buffer,
  after: Buffer,
): Promise<{ count: number; box: { left: number; right: number; top: number; bottom: number } | null }> {
  const [one, two] = [await pngPixels(page, before), await pngPixels(page, after)];
  let count = 0;
  let box: { left: number; right: number; top: number; bottom: number } | null = null;
  for (let i = 0; i < one.data.length; i += 4) {
    if (![0, 1, 2].some((c) => Math.abs(one.data[i + c] - two.data[i + c]) > 24)) continue;
    count++;
    const [x, y] = [(i / 4) % one.width, Math.floor(i / 4 / one.width)];
    box = box
      ? {
          left: Math.min(box.left, x),
          right: Math.max(box.right, x),
          top: Math.min(box.top, y),
          bottom: Math.max(box.bottom, y),
        }
      : { left: x, right: x, top: y, bottom: y };
  }
  return { count, box };
}

/** A colour the page's theme names (`--line`, `--focus`), as computed styles give colours: `rgb(r, g, b)`. */
export function themeColour(page: Page, variable: `--${string}`): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}

/** The colour bucket (colourCounts) most of the pixels counted have. */
export function commonestColour(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** The colour bucket (colourCounts) most of an element's painted pixels have: its background, as seen. */
export async function paintedColour(page: Page, element: Locator): Promise<string> {
  return commonestColour(await colourCounts(page, await element.screenshot()));
}

/** Whether two elements' boxes share no area: one is wholly beside, above or below the other. */
export async function apart(first: Locator, second: Locator): Promise<boolean> {
  const [a, b] = (await Promise.all([first.boundingBox(), second.boundingBox()])) as Box[];
  return a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
}
type Box = { x: number; y: number; width: number; height: number };

/** Whether the element (or something inside it) is what is on top at its own centre: what a tap there reaches. */
export function onTopAtItsCentre(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
}

/** The middle of a colour bucket of colourCounts, as [r, g, b] in 0–255. */
export function bucketColour(key: string): [number, number, number] {
  const [r, g, b] = key.split(',').map((v) => Number(v) * 8 + 4);
  return [r, g, b];
}
