import { test, expect, waitForMapReady, waitForIdle, renderedFlowIds, countAtmosphereShaders } from './driver.ts';

test('the map restores itself after the browser takes its WebGL context away', async ({ page }) => {
  // The restored map skips the sky and atmosphere too (a new painter, skip-unseen-sky.ts).
  const atmosphereShaders = await countAtmosphereShaders(page);
  await page.goto('./');
  await waitForMapReady(page);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');

  // What a GPU reset or a tab under memory pressure does: lose the context, then get it back.
  const restored = await page.evaluate(async () => {
    const map = window.pivotMap!;
    const back = new Promise<boolean>((resolve) => {
      map.once('webglcontextrestored', () => resolve(true));
      setTimeout(() => resolve(false), 15_000);
    });
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    const ext = gl!.getExtension('WEBGL_lose_context')!;
    const lost = new Promise((resolve) =>
      map.getCanvas().addEventListener('webglcontextlost', resolve, { once: true }),
    );
    ext.loseContext();
    await lost;
    // Restoring is allowed only once the loss has been fully handled, in a later task.
    setTimeout(() => ext.restoreContext(), 0);
    return back;
  });
  expect(restored, 'MapLibre saw the context come back').toBe(true);
  await waitForIdle(page);
  expect(await renderedFlowIds(page)).toContain('rus-mmr-arms-supply');
  expect(await atmosphereShaders()).toBe(0);
  // The page around it kept working.
  await page.getByRole('checkbox', { name: /^Arms/ }).uncheck();
  await waitForIdle(page);
  expect(await renderedFlowIds(page)).not.toContain('rus-mmr-arms-supply');
});
