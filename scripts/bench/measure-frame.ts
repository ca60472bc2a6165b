/**
 * One map frame: a repaint asked for, to the start of the next animation frame after MapLibre has
 * drawn it. The browser begins that frame only once the page has finished with the drawn one,
 * which in software WebGL is most of the cost (see docs/benchmarks.md). Measured on the floor and
 * on the app in the same default view, it says what a frame of the engine costs and what the
 * app's overlay adds: the unit the interactions are counted in.
 */
import type { Page } from '@playwright/test';
import { median } from './stats.ts';
import { waitForIdle } from './browser.ts';

export async function measureFrame(page: Page, repeats = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const map = window.pivotMap!;
            const start = performance.now();
            map.once('render', () => requestAnimationFrame(() => resolve(performance.now() - start)));
            map.triggerRepaint();
          }),
      ),
    );
  }
  return median(times);
}

/**
 * A frame of the same map with every layer hidden: what any repaint costs in this browser before
 * a single layer is drawn (clearing, compositing, reading the canvas back). Measured on the floor
 * page, last, since it leaves the layers hidden.
 */
export async function measureEmptyFrame(page: Page, repeats = 3): Promise<number> {
  await page.evaluate(() => {
    const map = window.pivotMap!;
    for (const { id } of map.getStyle().layers) map.setLayoutProperty(id, 'visibility', 'none');
  });
  await waitForIdle(page);
  return measureFrame(page, repeats);
}
