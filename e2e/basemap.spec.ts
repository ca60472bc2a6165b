import {
  test,
  expect,
  waitForMapReady,
  waitForIdle,
  renderedValues,
  renderedCountryNames,
  saveScreenshot,
  countAtmosphereShaders,
  type Page,
} from './driver.ts';

const MUST_SHOW = ['RUS', 'CHN', 'MMR', 'VNM', 'KAZ', 'KGZ', 'UZB', 'PRK', 'JPN'];

/** The countries the map draws at a place: each one's code and its shading (the involvement state). */
function countriesAt(page: Page, lngLat: [number, number]) {
  return page.evaluate((at) => {
    const map = window.pivotMap!;
    return map
      .queryRenderedFeatures(map.project(at), { layers: ['country-fill'] })
      .map((f) => ({ iso3: f.properties.iso3 as string, shading: f.state.involvement as number | undefined }));
  }, lngLat);
}
const codesAt = async (page: Page, lngLat: [number, number]) => (await countriesAt(page, lngLat)).map((c) => c.iso3);

test('the default view shows the countries of Russia’s Asia, each labelled once', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);

  const countries = new Set(await renderedValues(page, ['country-fill'], 'iso3'));
  for (const iso3 of MUST_SHOW) expect(countries, `country ${iso3} on the map`).toContain(iso3);

  const labels = await renderedCountryNames(page);
  expect(labels.length).toBeGreaterThan(10);
  expect(labels).toContain('Russia');
  expect(labels).toContain('China');
  expect(labels).toContain('Kazakhstan');
  expect(labels.length, `labels drawn twice: ${labels}`).toBe(new Set(labels).size);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pivot to Asia/);
});

test('the globe and the flat map both draw Russia whole, with no band across the map', async ({ page }) => {
  await page.goto('./');
  await waitForMapReady(page);
  expect(await page.evaluate(() => window.pivotMap!.getProjection()?.type)).toBe('globe');

  await page.getByRole('button', { name: 'Flat map' }).click();
  await expect(page.getByRole('button', { name: 'Flat map' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getProjection()?.type ?? 'mercator')).toBe('mercator');
  await waitForIdle(page);

  // Zoom out to the whole world: a Russia wrongly joined across 180° would cover the
  // Norwegian Sea and the North Atlantic at Chukotka's latitude.
  await page.evaluate(() => window.pivotMap!.jumpTo({ center: [20, 50], zoom: 0.9 }));
  await waitForIdle(page);
  const seas: [number, number][] = [
    [-2, 68],
    [-30, 66],
    [-140, 68.5],
    [160, 40],
  ];
  const atSea = (await Promise.all(seas.map((lngLat) => codesAt(page, lngLat)))).flat();
  expect(atSea.filter((iso3) => iso3 === 'RUS')).toEqual([]);
  expect(await codesAt(page, [175, 66]), 'Chukotka').toContain('RUS');

  await page.getByRole('button', { name: 'Globe' }).click();
  await expect.poll(() => page.evaluate(() => window.pivotMap!.getProjection()?.type)).toBe('globe');
});

// Natural Earth draws Crimea inside Russia; the map draws it as Ukraine's, as its entries record
// it (scripts/basemap/crimea.ts). Before, the annexation's marker stood on unshaded Russian land.
test('Crimea is drawn as part of Ukraine, shaded with it where Ukraine is in the story', async ({ page }) => {
  await page.goto('./?sel=event:crimea-annexation-2014&cam=34,47,4.5');
  await waitForMapReady(page);
  const mainland = await countriesAt(page, [31, 49]);
  expect(mainland).toEqual([{ iso3: 'UKR', shading: expect.any(Number) }]);
  expect(mainland[0].shading).toBeGreaterThan(0);
  for (const [town, at] of [
    ['Simferopol', [34.1, 44.95]],
    ['Sevastopol', [33.52, 44.6]],
  ] as const) {
    expect(await countriesAt(page, [...at]), town).toEqual(mainland);
  }
});

test('the globe is drawn without building the sky and atmosphere shaders its style never shows', async ({ page }) => {
  const atmosphereShaders = await countAtmosphereShaders(page);
  await page.goto('./');
  await waitForMapReady(page);
  await waitForIdle(page);
  expect(await page.evaluate(() => window.pivotMap!.getProjection()?.type)).toBe('globe');
  expect(await renderedValues(page, ['country-fill'], 'iso3')).toContain('RUS');
  expect(await atmosphereShaders()).toBe(0);
});

for (const [name, width, height] of [
  ['phone', 390, 844],
  ['laptop', 1366, 768],
  ['projector', 1920, 1080],
] as const) {
  test(`screenshot of the basemap on a ${name} (${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await waitForMapReady(page);
    await saveScreenshot(page, `basemap-globe-${name}`);
    await page.getByRole('button', { name: 'Flat map' }).click();
    await waitForIdle(page);
    await saveScreenshot(page, `basemap-flat-${name}`);
    const countries = new Set(await renderedValues(page, ['country-fill'], 'iso3'));
    expect(countries).toContain('RUS');
  });
}
