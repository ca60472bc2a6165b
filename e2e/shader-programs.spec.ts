/**
 * In software WebGL (a school laptop without a GPU driver) each shader program MapLibre compiles
 * costs 100–200 ms before the first frame that draws with it. Layers bind their paint alike so
 * that they share programs (src/map/layers/per-feature.ts): a layer that binds one property
 * differently adds a program, and a first view slower by its compiling, without any test timing it.
 */
import { test, expect, waitForMapReady } from './driver.ts';

/** What the first view compiles today. A change that needs more says here why it is worth the wait. */
const FIRST_VIEW_PROGRAMS = 10;

test(`the first view's map compiles no more than ${FIRST_VIEW_PROGRAMS} shader programs`, async ({ page }) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { linkedPrograms: number };
    counted.linkedPrograms = 0;
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const link = context.prototype.linkProgram;
      context.prototype.linkProgram = function (program) {
        counted.linkedPrograms++;
        link.call(this, program);
      };
    }
  });
  await page.goto('./');
  await waitForMapReady(page);
  const linked = await page.evaluate(() => (window as unknown as { linkedPrograms: number }).linkedPrograms);
  expect(linked, 'programs linked (none means the count missed the map’s context)').toBeGreaterThan(0);
  expect(linked).toBeLessThanOrEqual(FIRST_VIEW_PROGRAMS);
});
