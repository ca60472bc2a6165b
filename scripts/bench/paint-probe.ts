/**
 * Times a click to what it shows, painted, inside the page: a capturing 'click' listener on the
 * target takes the start (performance.now(), and the input event's own timestamp); a
 * MutationObserver waits for an element matching `shown`, and a double requestAnimationFrame waits
 * for the frame that shows it to be painted.
 */
import type { Locator, Page } from '@playwright/test';
import { longTasksBetween, type LongTasks } from './longtasks.ts';

export type PaintTiming = {
  /** performance.now() in the click listener → painted. */
  ms: number;
  /** The click event's timeStamp (input received) → painted. */
  fromInputMs: number;
  /** Main-thread long tasks between the click and the paint. */
  longTasks: LongTasks;
};

type Probe = { clickAt?: number; inputAt?: number; paintedAt?: number };
type ProbeWindow = Window & { __benchPaint?: Probe };

/** Arms the probe on `target`; the next click on it starts the clock. */
export function armPaintProbe(target: Locator, shown: string): Promise<void> {
  return target.evaluate((element, shown) => {
    const probe: Probe = {};
    (window as ProbeWindow).__benchPaint = probe;
    const onClick = (e: Event) => {
      probe.clickAt = performance.now();
      probe.inputAt = e.timeStamp;
    };
    element.addEventListener('click', onClick, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (probe.clickAt === undefined || !document.querySelector(shown)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (probe.paintedAt = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, shown);
}

/**
 * Waits until the in-page probe `window[name]` (this one's, or the timeline's) has recorded its
 * paint, and reads it.
 */
export async function probeOncePainted<P extends { paintedAt?: number }>(
  page: Page,
  name: string,
  timeout = 30_000,
): Promise<P> {
  type Probes = Record<string, P | undefined>;
  await page.waitForFunction((name) => (window as unknown as Probes)[name]?.paintedAt !== undefined, name, {
    timeout,
    polling: 50,
  });
  return page.evaluate((name) => (window as unknown as Probes)[name]!, name);
}

/** Waits for the armed probe's paint, and reads it. */
export async function readPaintProbe(page: Page): Promise<PaintTiming> {
  const probe = await probeOncePainted<Probe>(page, '__benchPaint');
  return {
    ms: probe.paintedAt! - probe.clickAt!,
    fromInputMs: probe.paintedAt! - probe.inputAt!,
    longTasks: await longTasksBetween(page, probe.inputAt!, probe.paintedAt!),
  };
}
