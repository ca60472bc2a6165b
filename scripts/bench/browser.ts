/**
 * The Chromium the benchmark drives: Debian's, headless, with every host name except the local
 * server's resolving to nothing, so no request can leave 127.0.0.1. Each run gets a fresh
 * context (empty cache, no service worker, no storage) and a laptop-sized window.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LONG_TASK_RECORDER } from './longtasks.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost';
export const VIEWPORT = { width: 1366, height: 768 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [LOCAL_ONLY] });
}

export type Run = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh context and page; page errors and console errors are collected, not thrown. */
export async function freshPage(browser: Browser): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx compiles the functions we pass to page.evaluate with esbuild's keepNames, which wraps
  // inner named functions in a `__name(fn, "name")` helper the page does not have.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.addInitScript(LONG_TASK_RECORDER);
  await context.addInitScript(MAP_PAINTED_RECORDER);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}

/** Waits for the page's `map-ready` mark; returns its time since navigation start and as epoch ms. */
export async function waitForMapReady(page: Page, timeout = 120_000): Promise<{ ms: number; at: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout,
    polling: 100,
  });
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('map-ready')[0];
    return { ms: mark.startTime, at: performance.timeOrigin + mark.startTime };
  });
}

/**
 * Records when the first animation frame after the `map-ready` mark starts. The mark is made at
 * the map's idle, when MapLibre has sent its last frame to the GPU but before the browser has
 * drawn it, which in software WebGL takes another 0.3–1 s; the next frame starts once it has.
 */
const MAP_PAINTED_RECORDER = `new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName('map-ready').length === 0) return;
  observer.disconnect();
  requestAnimationFrame(() => { globalThis.__benchMapPainted = performance.now(); });
}).observe({ type: 'mark' });`;

/** Waits for the frame after `map-ready` (MAP_PAINTED_RECORDER); returns its time since navigation start. */
export async function waitForMapPainted(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (globalThis as { __benchMapPainted?: number }).__benchMapPainted,
    null,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the map has finished rendering its current camera and style (bounded). */
export async function waitForIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(
    (timeout) =>
      new Promise<void>((resolve, reject) => {
        const map = window.pivotMap!;
        const timer = setTimeout(() => reject(new Error('map never became idle')), timeout);
        map.once('idle', () => (clearTimeout(timer), resolve()));
        map.triggerRepaint();
      }),
    timeout,
  );
}
