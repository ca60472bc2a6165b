/** One cold load: navigation start → `map-ready`, and what was transferred before it. */
import type { Browser } from '@playwright/test';
import { freshPage, waitForIdle, waitForMapPainted, waitForMapReady, type Run } from './browser.ts';
import type { BenchServer, ServedResponse } from './server.ts';
import { transferBefore, type Transfer } from './transfer.ts';

export type LoadResult = {
  mapReadyMs: number;
  /** The first frame after map-ready: the map's last frame has then been drawn on screen. */
  mapPaintedMs: number;
  transfer: Transfer;
  responses: ServedResponse[];
  errors: string[];
};

/**
 * Loads `url` in a fresh context and waits for map-ready and the following idle. The page is
 * left open for further measures (`then`), and closed afterwards.
 */
export async function measureLoad<T = undefined>(
  browser: Browser,
  server: BenchServer,
  url: string,
  then?: (run: Run) => Promise<T>,
): Promise<LoadResult & { then?: T }> {
  const run = await freshPage(browser);
  try {
    server.takeLog();
    await run.page.goto(url, { waitUntil: 'commit' });
    const ready = await waitForMapReady(run.page);
    const responses = server.takeLog().filter((r) => r.finishedAt <= ready.at);
    const transfer = transferBefore(responses, ready.at);
    const mapPaintedMs = await waitForMapPainted(run.page);
    await waitForIdle(run.page);
    const after = then ? await then(run) : undefined;
    return { mapReadyMs: ready.ms, mapPaintedMs, transfer, responses, errors: run.errors, then: after };
  } finally {
    await run.context.close();
  }
}
