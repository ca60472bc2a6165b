/**
 * Long tasks (main-thread tasks over 50 ms) during an interaction, to tell main-thread work from
 * waiting on MapLibre's worker. An init script records every long task from the page's start;
 * `longTasksBetween` sums those that started inside a window of the page's clock.
 */
import type { Page } from '@playwright/test';

export type LongTasks = { count: number; totalMs: number; longestMs: number };
type TaskWindow = Window & { __benchLongTasks?: { start: number; duration: number }[] };

/** Plain JavaScript, injected before the page's own scripts (CSP does not apply to it). */
export const LONG_TASK_RECORDER = `(() => {
  const tasks = (globalThis.__benchLongTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
})();`;

export function longTasksBetween(page: Page, from: number, to: number): Promise<LongTasks> {
  return page.evaluate(
    ({ from, to }) => {
      const tasks = ((window as TaskWindow).__benchLongTasks ?? []).filter((t) => t.start >= from && t.start <= to);
      const durations = tasks.map((t) => t.duration);
      return {
        count: durations.length,
        totalMs: durations.reduce((a, b) => a + b, 0),
        longestMs: Math.max(0, ...durations),
      };
    },
    { from, to },
  );
}
