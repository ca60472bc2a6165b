/**
 * Click-to-details: a click on a flow to the details panel painted, timed inside the page.
 * A capturing 'click' listener on the map canvas takes the start (performance.now(), and the
 * input event's own timestamp); a MutationObserver waits for `.details-panel h2`, and a double
 * requestAnimationFrame waits for the frame that shows it to be painted.
 */
import type { Page } from '@playwright/test';
import { waitForIdle } from './browser.ts';
import { longTasksBetween, type LongTasks } from './longtasks.ts';
import { topPointOnLine } from '../point-on-line.ts';

export type ClickResult = {
  /** performance.now() in the click listener → panel painted. */
  ms: number;
  /** The click event's timeStamp (input received) → panel painted. */
  fromInputMs: number;
  relationId: string;
  /** Main-thread long tasks between the click and the panel painted. */
  longTasks: LongTasks;
};

type Probe = { clickAt?: number; inputAt?: number; paintedAt?: number };
type ProbeWindow = Window & { __benchClick?: Probe };

/** Page position of a point on the flow `relationId` where a click reaches it; with `relationId` null, of any flow. */
function pointOnFlow(page: Page, relationId: string | null) {
  return page.evaluate(topPointOnLine, { kind: 'flow', id: relationId } as const);
}

/** Hovers the flow, waits for the hover to settle, then clicks it and times the details. */
export async function measureClick(page: Page, relationId: string): Promise<ClickResult> {
  const point = (await pointOnFlow(page, relationId)) ?? (await pointOnFlow(page, null));
  if (!point) throw new Error(`no flow is on top anywhere on screen (looked for ${relationId} first)`);
  await page.mouse.move(point.x, point.y);
  await waitForIdle(page);
  await page.evaluate(() => {
    const probe: Probe = {};
    (window as ProbeWindow).__benchClick = probe;
    const canvas = window.pivotMap!.getCanvas();
    const onClick = (e: MouseEvent) => {
      probe.clickAt = performance.now();
      probe.inputAt = e.timeStamp;
    };
    canvas.addEventListener('click', onClick, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (probe.clickAt === undefined || !document.querySelector('.details-panel h2')) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (probe.paintedAt = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => (window as ProbeWindow).__benchClick?.paintedAt !== undefined, null, {
    timeout: 30_000,
    polling: 50,
  });
  const probe = await page.evaluate(() => (window as ProbeWindow).__benchClick!);
  return {
    ms: probe.paintedAt! - probe.clickAt!,
    fromInputMs: probe.paintedAt! - probe.inputAt!,
    relationId: point.id,
    longTasks: await longTasksBetween(page, probe.inputAt!, probe.paintedAt!),
  };
}
