/**
 * The static map (drawn at build time for browsers without WebGL) places things where the live
 * globe does: for the live map's camera and size, the static map's projection (globe.ts) puts
 * every place on the same pixel as MapLibre's `project`.
 */
import { test, expect, waitForMapReady, waitForIdle } from './driver.ts';
import { globeProjection } from '../src/fallback/static-map/globe.ts';

const PLACES: [string, [number, number]][] = [
  ['Moscow', [37.6, 55.8]],
  ['Beijing', [116.4, 39.9]],
  ['Naypyidaw', [96.1, 19.7]],
  ['New Delhi', [77.2, 28.6]],
  ['Tokyo', [139.7, 35.7]],
  ['Jakarta', [106.8, -6.2]],
];

for (const { name, address, viewport } of [
  {
    name: 'a chapter-like camera on a laptop',
    address: './?cam=105.00,35.00,2.50',
    viewport: { width: 1366, height: 768 },
  },
  { name: 'the opening view on a projector', address: './', viewport: { width: 1920, height: 1080 } },
]) {
  test(`the static map’s globe puts places where the live globe does: ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(address);
    await waitForMapReady(page);
    await waitForIdle(page);
    const live = await page.evaluate((places) => {
      const map = window.pivotMap!;
      const canvas = map.getCanvas();
      const { lng, lat } = map.getCenter();
      return {
        camera: { longitude: lng, latitude: lat, zoom: map.getZoom() },
        size: { width: canvas.clientWidth, height: canvas.clientHeight },
        points: places.map(([, lngLat]) => map.project(lngLat)),
      };
    }, PLACES);
    const projection = globeProjection(live.camera, live.size);
    PLACES.forEach(([place, lngLat], i) => {
      const [x, y] = projection(lngLat)!;
      expect(Math.hypot(x - live.points[i].x, y - live.points[i].y), place).toBeLessThan(1);
    });
  });
}
