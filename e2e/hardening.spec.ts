/**
 * Hardening: every view runs under the page's Content-Security-Policy without a violation;
 * text from the data is only ever shown as text; and a failed file or a crashing panel leaves a
 * plain message in its place while the rest of the page goes on working. And the app is the
 * window: nothing hidden in it makes the page taller, for a wheel to scroll the app out of sight.
 */
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  waitForMapReady,
  pointOnFlow,
  renderedFlowIds,
  serveChangedDataset,
  type Page,
} from './driver.ts';
import { APP_NAME } from '../src/app-name.ts';

type Guard = { consoleErrors: string[] };

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/** Collects the page's CSP violations from its first script on, before the app's own code runs. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}`);
    });
  });
}

const cspViolations = (page: Page) => page.evaluate(() => window.__cspViolations);

/**
 * For the few tests that provoke an error on purpose: checks that the console errors are exactly
 * the expected ones (each pattern at least once, nothing else), then takes them off the guard's
 * list so the fixture still fails the test on any other error.
 */
function expectOnlyConsoleErrors(guard: Guard, patterns: RegExp[]) {
  const unexpected = guard.consoleErrors.filter((text) => !patterns.some((p) => p.test(text)));
  expect(unexpected, 'unexpected console errors').toEqual([]);
  for (const p of patterns)
    expect(
      guard.consoleErrors.some((text) => p.test(text)),
      `a console error ${p}`,
    ).toBe(true);
  guard.consoleErrors.length = 0;
}

const RELATION = 'rus-mmr-arms-supply';

const views: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'the default map',
    open: async (page) => {
      await page.goto('./');
      await waitForMapReady(page);
      await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
    },
  },
  {
    name: 'the table',
    open: async (page) => {
      await page.goto('./?view=table');
      await waitForMapReady(page);
      await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'the sources',
    open: async (page) => {
      await page.goto('./?view=sources');
      await waitForMapReady(page);
      await expect(page.getByRole('region', { name: 'Sources' }).getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'a selection',
    open: async (page) => {
      await page.goto(`./?sel=relation:${RELATION}`);
      await waitForMapReady(page);
      await expect(page.locator('.details-panel h2')).toContainText('Russia → Myanmar');
    },
  },
  {
    name: 'the cite dialog',
    open: async (page) => {
      await page.goto(`./?sel=relation:${RELATION}`);
      await waitForMapReady(page);
      await page.getByRole('button', { name: 'Cite this view' }).click();
      await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
    },
  },
  {
    name: 'the "Read in context" dialog',
    open: async (page) => {
      await page.goto(`./?sel=relation:${RELATION}`);
      await waitForMapReady(page);
      await page.locator('.details-panel').getByRole('button', { name: 'Read in context' }).first().click();
      await expect(page.getByRole('dialog', { name: 'The passage in context' }).locator('mark')).toBeVisible();
    },
  },
  {
    name: 'the flat map',
    open: async (page) => {
      await page.goto('./');
      await waitForMapReady(page);
      await page.getByRole('button', { name: 'Flat map' }).click();
      await expect(page).toHaveURL(/proj=flat/);
      await expect
        .poll(() => page.evaluate(() => window.pivotMap!.getProjection()?.type ?? 'mercator'))
        .toBe('mercator');
    },
  },
];

test.describe('Content-Security-Policy', () => {
  test('the page declares a strict policy and the built HTML has no inline script', async ({ page }) => {
    const html = await (await page.request.get('./')).text();
    const policy = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(policy, 'a CSP <meta> in index.html').toBeTruthy();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
    // Every <script> of the built page has a src: nothing inline to allow.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body.trim()).toBe('');
    }
  });

  test('the policy is in force: an inline script added to the page is blocked and reported', async ({
    page,
    guard,
  }) => {
    await watchCsp(page);
    await page.goto('./');
    await waitForMapReady(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline"';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // Chromium also reports the refusal on the console; that one error is the point of this test.
    expectOnlyConsoleErrors(guard, [/Content Security Policy/]);
  });

  for (const view of views)
    test(`${view.name} works under it without a violation`, async ({ page }) => {
      await watchCsp(page);
      await view.open(page);
      expect(await cspViolations(page)).toEqual([]);
    });
});

const HOSTILE_ID = 'hostile-entry';
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

type Data = {
  actors: { id: string; name: string; kind: string }[];
  relations: { id: string; from: string; to: string; summary: string; citations: { quote: string }[] }[];
};

test('text from the data is shown as text, never run as markup', async ({ page }) => {
  await serveChangedDataset<Data>(page, (data) => {
    const model = data.relations.find((r) => r.id === RELATION)!;
    const actor = data.actors.find((a) => a.kind === 'organisation')!;
    data.actors.push({ ...actor, id: 'HOSTILE', name: SCRIPT });
    const copy = structuredClone(model);
    copy.id = HOSTILE_ID;
    copy.to = 'HOSTILE';
    copy.summary = IMG;
    copy.citations[0].quote = IMG;
    data.relations.push(copy);
  });
  await page.goto(`./?sel=relation:${HOSTILE_ID}`);
  await waitForMapReady(page);

  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(SCRIPT);
  await expect(details.locator('.details-summary')).toHaveText(IMG);
  await expect(details.locator('blockquote').first()).toHaveText(IMG);
  await expect(details.getByRole('button', { name: SCRIPT })).toBeVisible();

  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const row = page.getByRole('table').locator('tbody tr', { hasText: SCRIPT });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(IMG);

  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body script:not([src])')).toHaveCount(0);
});

test('a document that cannot be read gives a plain message in the dialog and loads when asked again; the page goes on', async ({
  page,
}) => {
  await page.route('**/generated/sources.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"pacnet-2021": "unterminated' }),
  );
  await page.goto(`./?sel=relation:${RELATION}`);
  await waitForMapReady(page);
  await page.locator('.details-panel').getByRole('button', { name: 'Read in context' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'The passage in context' });
  await expect(dialog.getByRole('alert')).toContainText('The document could not be loaded');
  await expect(dialog.locator('mark')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Once the file can be read again (the connection is back), opening the passage again shows it.
  await page.unroute('**/generated/sources.json');
  await page.locator('.details-panel').getByRole('button', { name: 'Read in context' }).first().click();
  await expect(dialog.locator('mark')).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The side panel and the map still answer.
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await expect(page).toHaveURL(/layers=arms,energy,rail,security,china/);
  await expect(page.locator('.details-panel h2')).toContainText('Russia → Myanmar');
  await page.getByRole('button', { name: 'Flat map' }).click();
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getProjection()?.type ?? 'mercator')).toBe('mercator');
});

test('quotes that cannot be loaded, or belong to another build, are refused with a plain message in the details; "Try again" loads them', async ({
  page,
  guard,
}) => {
  const quotes = () => JSON.parse(readFileSync('public/generated/citations.json', 'utf8')) as { key: string };
  // First another build's quotes (a stale copy), then none at all (the connection dropped).
  let answer: 'stale' | 'down' | 'good' = 'stale';
  await page.route('**/generated/citations.json', (route) =>
    answer === 'stale'
      ? route.fulfill({ json: { ...quotes(), key: 'another-build' } })
      : answer === 'down'
        ? route.abort('internetdisconnected')
        : route.fallback(),
  );
  await page.goto(`./?sel=relation:${RELATION}`);
  await waitForMapReady(page);
  const failure = page.getByRole('alert').filter({ hasText: 'This panel failed to load:' });
  await expect(failure).toContainText('the quotes (citations.json) are from another version of the data');
  // No entry is shown with quotes that may be another's.
  await expect(page.locator('blockquote')).toHaveCount(0);

  answer = 'down';
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure).toContainText('the connection may be down');
  await expect(page.locator('blockquote')).toHaveCount(0);

  answer = 'good';
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.locator('.details-panel blockquote').first()).toContainText('second largest source of weapons');
  // The map went on meanwhile.
  expect((await renderedFlowIds(page)).length).toBeGreaterThan(0);
  // The error boundary logs what it caught, and the browser the dropped request.
  expectOnlyConsoleErrors(guard, [
    /from another version of the data/,
    /ERR_INTERNET_DISCONNECTED/,
    /the connection may be down/,
  ]);
});

test('a dataset that cannot be read gives a clear error, not a blank page, and loads when tried again, the focus kept', async ({
  page,
}) => {
  let asked = 0;
  await page.route('**/generated/dataset.json', (route) => {
    asked += 1;
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{"relations": [' });
  });
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'The data could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(APP_NAME);
  await expect(page.getByRole('button', { name: 'Flat map' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In this view' })).toContainText('No data: it could not be loaded.');

  // Tried again from the keyboard while the file still cannot be read, the message stays, and the
  // focus on its button, to try once more.
  const tryAgain = alert.getByRole('button', { name: 'Try again' });
  await tryAgain.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => asked).toBe(2);
  await expect(tryAgain).toBeFocused();

  // Once the file can be read (the connection is back), "Try again" loads it without a reload,
  // and the focus goes to the map.
  await page.unroute('**/generated/dataset.json');
  await page.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  await waitForMapReady(page);
  expect((await renderedFlowIds(page)).length).toBeGreaterThan(0);
  await expect(page.getByRole('checkbox', { name: /^Arms/ })).toBeChecked();
});

/** React's report of the error it caught (production build: error #31, objects as children). */
const REACT_CHILD_ERROR = /Minified React error #31|Objects are not valid as a React child/;

test('a panel that crashes shows its own message and "Try again"; the rest of the page works', async ({
  page,
  guard,
}) => {
  await serveChangedDataset<Data>(page, (data) => {
    const copy = structuredClone(data.relations.find((r) => r.id === RELATION)!);
    copy.id = 'broken-entry';
    // Not text: React refuses to render an object as a child, so the details panel throws. (A
    // quote, which only the details show: a broken summary would also break the search index.)
    (copy.citations[0] as { quote: unknown }).quote = { text: 'not a string' };
    data.relations.push(copy);
  });
  await page.goto('./?sel=relation:broken-entry');
  await waitForMapReady(page);

  const failure = page.getByRole('alert').filter({ hasText: 'This panel failed to load:' });
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText(/This panel failed to load: \S/);
  // The message lies in the details' place; nothing of the broken details is drawn.
  await expect(page.locator('.details-panel h2')).toHaveCount(0);

  // Everything else answers: the side panel, the views, the map.
  await page.getByRole('checkbox', { name: /^Security/ }).check();
  await expect(page).toHaveURL(/layers=arms,energy,rail,security,china/);
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/view=sources/);
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
  // A click on a tie's line chooses it, as ever.
  const { x, y } = await pointOnFlow(page, 'rus-mmr-arms-supply');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=relation:rus-mmr-arms-supply/);

  // "Try again" renders the panel afresh: with a good entry chosen meanwhile, it shows that one.
  await page.getByText(/On the map now/).click();
  await page.getByRole('button', { name: /China → Myanmar: arms supply/ }).click();
  await expect(page).toHaveURL(/sel=relation:chn-mmr-arms-supply/);
  await expect(failure).toHaveCount(1);
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.locator('.details-panel h2')).toContainText('China → Myanmar');
  expectOnlyConsoleErrors(guard, [REACT_CHILD_ERROR]);
});

test('a map whose code cannot be downloaded offers a reload, which brings it back', async ({ page, guard }) => {
  // The connection drops as the page starts: the map's code, asked for first, cannot come.
  await page.route(/\/assets\/MapView-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  const failure = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await expect(failure).toContainText('the connection may have dropped');
  // The rest of the page goes on working.
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Map' }).click();

  await page.unrouteAll();
  await failure.getByRole('button', { name: 'Reload the page' }).click();
  await waitForMapReady(page);
  await expect(failure).toHaveCount(0);
  expectOnlyConsoleErrors(guard, [/MapView|dynamically imported module|ERR_INTERNET_DISCONNECTED/]);
});

for (const [what, address, width, height] of [
  ['the map', './', 1366, 768],
  ['the tour', './?tour=3', 1366, 768],
  ['the table with an entry open', './?view=table&sel=relation:rus-mmr-arms-supply', 1366, 768],
  ['the tour presented', './?tour=3&present=1', 1920, 1080],
] as const) {
  test(`on a ${width} × ${height} screen ${what} stays in the window: nothing scrolls the app out of sight`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(address);
    await expect(page.locator('.layer-count').first()).toBeAttached();
    if (!address.includes('view=table')) await waitForMapReady(page);
    // The layers' hidden counts, placed below the side panel's fold, made the page up to 1,100 px taller.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(height);
    // As a wheel or PageDown over the header would: the page has nowhere to scroll to.
    expect(await page.evaluate(() => (window.scrollTo(0, 600), window.scrollY))).toBe(0);
    expect((await page.locator('.app-header').boundingBox())!.y).toBe(0);
  });
}
