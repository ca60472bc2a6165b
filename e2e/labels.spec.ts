/**
 * Names and markers as a cartographer would have them: every marker is drawn, no country, route
 * or place name is drawn over one (names move aside instead), the countries the story is about
 * are named where there is room, none over another country, and no name is cut by the map's edge,
 * nor a country's shown out past the globe's rim. At the opening view on a phone, a laptop and a
 * projector, with the default layers and with every layer on: one page load each.
 */
import { readFileSync } from 'node:fs';
import {
  test,
  expect,
  waitForMapReady,
  drawnMarkers,
  namesAt,
  renderedCountryNames,
  renderedLabels,
  pointOnFlow,
  renderedPlaceNames,
  namedPlaces,
  renderedRouteNames,
  storyNamesOverOtherCountries,
  waitForIdle,
  type Page,
} from './driver.ts';
import {
  COUNTRY_LABEL_LAYERS,
  COUNTRY_LABEL_ROOMS,
  NAMED_COUNTRY_LABEL,
  STORY_COUNTRY_LABEL,
} from '../src/map/layers/basemap.ts';
import { PLACE_LABEL_LAYERS, PLACE_LABEL_PADDING } from '../src/map/layers/places.ts';
import { coverOfCard } from '../src/map/covered-by-card.ts';
import { coverOfPanel } from '../src/map/covered-by-details.ts';
import { edgeStrips } from '../src/map/edge-labels.ts';
import { pastDisk, RIM_GAP } from '../src/map/globe-rim.ts';
import { ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING } from '../src/map/layers/routes.ts';
import { ALL_LAYERS } from '../src/state/url.ts';

const tour = JSON.parse(readFileSync('data/tour.json', 'utf8')) as { id: string }[];

const SCREENS = [
  { name: 'phone', width: 390, height: 844, present: false },
  { name: 'laptop', width: 1366, height: 768, present: false },
  { name: 'projector', width: 1920, height: 1080, present: false },
  // Present's larger type at a classroom projector's common size.
  { name: '1280 × 800 projector in Present', width: 1280, height: 800, present: true },
];
const VIEWS = [
  { name: 'the default layers', query: './' },
  { name: 'every layer', query: `./?layers=${ALL_LAYERS.join(',')}` },
];
const LABEL_LAYERS = [...COUNTRY_LABEL_LAYERS, ...ROUTE_LABEL_LAYERS, ...PLACE_LABEL_LAYERS];
const STORY_COUNTRIES = [
  'Russia',
  'China',
  'India',
  'Myanmar',
  'Vietnam',
  'Kazakhstan',
  'Mongolia',
  'Japan',
  'North Korea',
  'South Korea',
  'Indonesia',
];
/**
 * Story countries with no room at one screen and view. A name moves off its point only where it
 * still names its country (scripts/basemap/label-spots.ts). At these zooms the Koreas' land is
 * taken by the markers of Pyongyang, Seoul and the Khasan crossing, and a name offshore lay nearer
 * China or Japan (NORTH KOREA was drawn over China's north-east). On a phone, Astana's marker
 * takes Kazakhstan's only spots (KAZAKHSTAN was drawn over Russia). Vietnam, once taken by Hanoi's
 * marker, is named on its Central Highlands; Myanmar's room, once taken by CHINA (pushed south by
 * Xi'an's marker), is free since China's name is set on its plateau (LABEL_POINTS in
 * scripts/basemap/label-anchor.ts).
 */
const TAKEN = ['North Korea', 'South Korea'];
const NO_ROOM: Record<string, string[]> = {
  'phone, the default layers': [...TAKEN, 'Kazakhstan'],
  'phone, every layer': [...TAKEN, 'Kazakhstan'],
  'laptop, the default layers': TAKEN,
  'laptop, every layer': TAKEN,
  'projector, the default layers': TAKEN,
  'projector, every layer': TAKEN,
  // Present's larger names of the routes to Europe lie over Kazakhstan's and Mongolia's land.
  '1280 × 800 projector in Present, the default layers': [...TAKEN, 'Kazakhstan', 'Mongolia'],
  '1280 × 800 projector in Present, every layer': [...TAKEN, 'Kazakhstan', 'Mongolia'],
};

/** Each name drawn over a marker, as "name over marker", probed at each marker's centre and four points just inside its rim. */
async function namesOverMarkers(page: Page): Promise<string[]> {
  const markers = await drawnMarkers(page);
  expect(markers.length).toBeGreaterThan(5);
  const probes = markers.flatMap((m) => {
    const r = 0.8 * m.radius;
    return [
      [0, 0],
      [r, 0],
      [-r, 0],
      [0, r],
      [0, -r],
    ].map(([dx, dy]) => ({ marker: m.name, x: m.x + dx, y: m.y + dy }));
  });
  const names = await namesAt(page, probes, LABEL_LAYERS);
  return [...new Set(probes.flatMap((p, i) => names[i].map((name) => `${name} over ${p.marker}`)))];
}

for (const screen of SCREENS) {
  for (const view of VIEWS) {
    test(`on a ${screen.name} with ${view.name}, no name is drawn over a marker or cut by the edge, and the story's countries are named, none over another`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      await page.goto(screen.present ? `${view.query}${view.query.includes('?') ? '&' : '?'}present=1` : view.query);
      await waitForMapReady(page);
      expect(await namesOverMarkers(page)).toEqual([]);

      const countries = await renderedCountryNames(page);
      const noRoom = NO_ROOM[`${screen.name}, ${view.name}`] ?? [];
      const unnamed = STORY_COUNTRIES.filter((c) => !countries.includes(c) && !noRoom.includes(c));
      expect(unnamed, 'story countries left unnamed').toEqual([]);
      expect(await storyNamesOverOtherCountries(page), 'story countries named over another').toEqual([]);
      expect(await namesCutByEdge(page), 'country names cut by the edge').toEqual([]);
    });
  }
}

// The after-2022 chapter, about the Kyrgyz–Tajik border clashes, drew KYRGYZSTAN over Tajikistan
// and TAJIKISTAN off its land on a 1280 × 800 projector; on a laptop every chapter named some
// story country over its neighbour (NORTH KOREA over China, VIETNAM over Laos).
for (const [screen, width, height, query] of [
  ['a laptop', 1366, 768, ''],
  ['a 1280 × 800 projector', 1280, 800, '&present=1'],
] as const) {
  tour.forEach((chapter, index) => {
    test(`in tour chapter ${index + 1} (${chapter.id}) on ${screen}, no story country is named over another, no name is cut or under a button`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?tour=${index + 1}${query}`);
      await waitForMapReady(page);
      await expect.poll(() => page.evaluate(() => window.pivotMap!.isMoving())).toBe(false);
      await waitForIdle(page);
      // Some of the story's countries are named, so there are names to check.
      const storyNames = [STORY_COUNTRY_LABEL, NAMED_COUNTRY_LABEL].map((layer) => renderedLabels(page, layer));
      expect((await Promise.all(storyNames)).flat().length).toBeGreaterThan(0);
      expect(await storyNamesOverOtherCountries(page)).toEqual([]);
      expect(await namesCutByEdge(page)).toEqual([]);
    });
  });
}

// Names of places came before names of countries: in the chapter on the Koreas, Pyongyang's name
// took NORTH KOREA's room on a laptop and a projector. The selection's countries now come first,
// and the place's name moves to another side of its marker. Presenting, on the smaller
// projectors, NORTH KOREA found room beside Pyongyang's marker only once the selection's
// countries kept no room past their text (NAMED_COUNTRY_LABEL_PADDING).
for (const [screen, width, height, mode] of [
  ['a laptop', 1280, 800, ''],
  ['a 1920 × 1080 projector', 1920, 1080, ''],
  ['a 1280 × 720 projector, presenting,', 1280, 720, '&present=1'],
  ['a 1366 × 768 projector, presenting,', 1366, 768, '&present=1'],
] as const) {
  test(`on ${screen} the Koreas chapter names North Korea, the country its tie is about, and Pyongyang`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./?tour=${tour.findIndex((c) => c.id === 'koreas-japan') + 1}${mode}`);
    await waitForMapReady(page);
    await expect.poll(() => renderedCountryNames(page)).toContain('North Korea');
    await expect.poll(() => renderedPlaceNames(page)).toContain('Pyongyang');
    expect(await namesOverMarkers(page)).toEqual([]);
    expect(await namesCutByEdge(page)).toEqual([]);
  });
}

test('on a projector, clicking a tie names first the countries at its ends, and closing it lets go', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?layers=diplomacy');
  await waitForMapReady(page);
  await waitForIdle(page);
  expect(await renderedCountryNames(page)).not.toContain('North Korea');
  const { x, y } = await pointOnFlow(page, 'rus-prk-political-support');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=relation:rus-prk-political-support/);
  await expect.poll(() => renderedCountryNames(page)).toContain('North Korea');
  await expect.poll(() => renderedPlaceNames(page)).toContain('Pyongyang');
  // Closed, no country comes first. (MapLibre keeps a name where it last stood while it fits:
  // Pyongyang's stays on its other side, and NORTH KOREA with it.)
  const namedFirst = () =>
    page.evaluate((layer) => JSON.stringify(window.pivotMap!.getFilter(layer)), NAMED_COUNTRY_LABEL);
  expect(await namedFirst()).toContain('"PRK"');
  await page.locator('.details-panel').getByRole('button', { name: 'Close details' }).click();
  await expect.poll(namedFirst).not.toContain('"PRK"');
  expect(await namedFirst()).not.toContain('"RUS"');
});

test('zoomed in, a place with many events keeps its name beside its marker', async ({ page }) => {
  // Samarkand (three events) and Naypyidaw (four): their markers are the largest.
  for (const [camera, name] of [
    ['67.00,40.00,5.00', 'Samarkand'],
    ['96.20,18.30,5.00', 'Naypyidaw'],
  ]) {
    await page.goto(`./?cam=${camera}&layers=${ALL_LAYERS.join(',')}`);
    await waitForMapReady(page);
    expect(await renderedLabels(page, 'place-label'), name).toContain(name);
  }
});

// Place names wait for zoom 2.5, and a laptop opens at about 2: the opening globe named no place,
// and a reader who clicked a tie there saw its two ends' markers unnamed. The hubs (the ends of a
// third of the ties shown or more) and the places a selection is about are named at any zoom.
test('on a laptop’s opening view, Moscow and Beijing are named, and clicking a tie names the places at its two ends', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapReady(page);
  const placeNames = async () => (await renderedPlaceNames(page)).sort();
  await expect.poll(placeNames).toEqual(['Beijing', 'Moscow']);
  const { x, y } = await pointOnFlow(page, 'rus-vnm-arms-supply');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/sel=relation:rus-vnm-arms-supply/);
  await expect.poll(placeNames).toEqual(expect.arrayContaining(['Moscow', 'Hanoi']));
  // Closed, the selection names Hanoi no longer.
  await page.locator('.details-panel').getByRole('button', { name: 'Close details' }).click();
  await expect.poll(placeNames).toEqual(['Beijing', 'Moscow']);
  // With the arms layer alone, Beijing ends too few of the ties shown; Naypyidaw, three of seven.
  await page.getByRole('button', { name: 'Hide all' }).click();
  await page.getByRole('checkbox', { name: /^Arms/ }).check();
  await expect.poll(placeNames).toEqual(['Moscow', 'Naypyidaw']);
});

// The embed's legend lies over the map's corner: a 700 × 450 embed of a selected tie drew "Moscow"
// under it, seen through its card; then hid it there, unnamed. The tie is framed below the legend.
// In 600 and 700 px wide embeds the legend took two or three rows beside the details, leaving too
// little frame below it: it is now its button alone there, and the tie is framed below that.
for (const [width, height] of [
  [600, 400],
  [700, 400],
  [700, 450],
] as const) {
  test(`in a ${width} × ${height} embed with a tie selected, both its ends are named and no name is under the legend or cut`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&sel=relation:rus-mmr-arms-supply');
    await waitForMapReady(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(page.getByRole('button', { name: 'Full legend' })).toBeVisible();
    await expect(legend.getByText('Russia’s ties')).toBeHidden();
    await expect.poll(() => namedPlaces(page)).toEqual(expect.arrayContaining(['Moscow', 'Naypyidaw']));
    await waitForIdle(page);
    expect(await namesCutByEdge(page)).toEqual([]);

    // Without the details, the colour key is back in the legend.
    await page.keyboard.press('Escape');
    await expect(legend.getByText('Russia’s ties')).toBeVisible();
  });
}

test('moved, the map shows whole the country names it hid at its edge, and hides those it now cuts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapReady(page);
  // On a phone the globe is wider than the screen: names at its left edge were drawn cut.
  const hidden = await page.evaluate(
    (layers) => window.pivotMap!.queryRenderedFeatures({ layers }).filter((f) => f.state?.cut === true).length,
    COUNTRY_LABEL_LAYERS,
  );
  expect(hidden).toBeGreaterThan(0);
  await page.evaluate(() => window.pivotMap!.panBy([120, 40], { animate: false }));
  await waitForIdle(page);
  expect(await namesCutByEdge(page)).toEqual([]);
  // Not every name hidden: eight are drawn (twelve while names could move onto a neighbour's land).
  expect((await renderedCountryNames(page)).length).toBeGreaterThan(6);
});

test('on a laptop, the selected route is named on the map, by a link and in the rail chapter', async ({ page }) => {
  // Its line runs among Central Asia's markers and names: unselected, it gives way to them.
  const route = 'China–Kyrgyzstan–Uzbekistan railway projects';
  await page.goto('./?sel=route:china-kyrgyzstan-uzbekistan-rail');
  await waitForMapReady(page);
  await expect.poll(() => renderedRouteNames(page)).toContain(route);
  // It gives way to the markers, as every name does.
  expect(await namesOverMarkers(page)).toEqual([]);
  // On a laptop there is room for both: the story's countries around it move aside, none is left
  // out but those with no room at the opening view. Japan lies under the details panel, its name
  // hidden rather than cut by the panel's edge.
  const countries = await renderedCountryNames(page);
  expect(STORY_COUNTRIES.filter((c) => !countries.includes(c)).sort()).toEqual(['Japan', ...TAKEN].sort());

  await page.goto(`./?tour=${tour.findIndex((c) => c.id === 'central-asian-rail') + 1}`);
  await waitForMapReady(page);
  await expect.poll(() => renderedRouteNames(page)).toContain(route);
});

// Zoomed further in, Kashgar's, Bishkek's and Samarkand's markers and names took every spot within
// reach of its point: the chapter's subject went unnamed. Its highlighted line lets its name sit
// further off. Presenting, at the projector's larger type, the places' names still took every spot:
// the selected route's name is placed before them (style.ts).
for (const presenting of [false, true]) {
  test(`on a 1920 × 1080 projector${presenting ? ', presenting,' : ''} the rail chapter names the route it is about`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const chapter = tour.findIndex((c) => c.id === 'central-asian-rail') + 1;
    await page.goto(`./?tour=${chapter}${presenting ? '&present=1' : ''}`);
    await waitForMapReady(page);
    await expect.poll(() => renderedRouteNames(page)).toContain('China–Kyrgyzstan–Uzbekistan railway projects');
    await waitForIdle(page);
    expect(await namesOverMarkers(page)).toEqual([]);
    expect(await namesCutByEdge(page)).toEqual([]);
  });
}

test('on a phone, folding the tour’s card checks its names again: none is cut by the details that come', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?tour=${tour.findIndex((c) => c.id === 'far-east') + 1}`);
  await waitForMapReady(page);
  await expect(page.locator('.tour-card')).toBeVisible();
  await waitForIdle(page);
  // The map stays where it is (tour.spec.ts): the names are checked when the card and the details
  // change size, not only when the map comes to rest.
  await page.getByRole('button', { name: 'Hide text' }).click();
  await expect(page.locator('.details-panel')).toBeVisible();
  await expect.poll(() => namesCutByEdge(page)).toEqual([]);
});

/**
 * Views where names were drawn cut by the map's edge, the details panel's or the card's, each opened at rest
 * (the camera jumps), with what was cut.
 */
const CUT_BEFORE = [
  {
    // The map framed above the details sheet reaches past both sides of the screen: the southern
    // link's name was drawn "ntial southern link" at the left edge, China's route's at the right.
    title: 'on a phone, a link to an entry cuts no route name at the map’s edge',
    screen: { width: 390, height: 844 },
    query: './?sel=relation:rus-mmr-arms-supply',
  },
  {
    // The Khasan–Tumangang crossing's name ran under the details panel: "Khasan–Tum".
    title: 'on a projector, the rail chapter cuts no name at the edge of the details panel',
    screen: { width: 1920, height: 1080 },
    query: './?tour=6&present=1',
  },
  {
    // Moscow, where its ties start, lies at the map's top left: its name was drawn "oscow".
    title: 'in the Far East chapter on a laptop, no place name is cut at the map’s edge',
    screen: { width: 1366, height: 768 },
    query: './?tour=2',
  },
  {
    // A country's name moves off its point to find room: SOUTH KOREA and NORTH KOREA were named
    // east of Japan, out past the globe's rim; PHILIPPINES hung off it.
    title: 'on a projector, the India chapter names no country out past the globe’s rim',
    screen: { width: 1920, height: 1080 },
    query: `./?tour=${tour.findIndex((c) => c.id === 'india') + 1}&present=1`,
  },
  {
    // The tour's card lies over the map's bottom: CHINA was drawn cut by its top edge.
    title: 'in the Far East chapter on a phone, no name is cut at the edge of the tour’s card',
    screen: { width: 390, height: 844 },
    query: './?tour=2',
    shows: '.tour-card',
  },
];

for (const { title, screen, query, shows = '.details-panel' } of CUT_BEFORE) {
  test(title, async ({ page }) => {
    await page.setViewportSize(screen);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(query);
    await waitForMapReady(page);
    await expect(page.locator(shows)).toBeVisible();
    await expect.poll(() => page.evaluate(() => !window.pivotMap!.isMoving())).toBe(true);
    await waitForIdle(page);
    expect(await namesCutByEdge(page)).toEqual([]);
  });
}

/**
 * Country, place and route names drawn across the map's edge or the details panel's, cut by it:
 * placed with their box past the edge by more than their padding (MapLibre places labels up to
 * 100 px past it), and not made transparent.
 */
async function namesCutByEdge(page: Page): Promise<string[]> {
  const countries: string[] = [];
  for (const { layers, padding } of COUNTRY_LABEL_ROOMS)
    countries.push(...(await namesPastEdge(page, layers, padding)));
  return [
    ...countries,
    ...(await namesPastEdge(page, PLACE_LABEL_LAYERS, PLACE_LABEL_PADDING)),
    ...(await namesPastEdge(page, ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING)),
    ...(await countryNamesPastRim(page)),
    ...(await namesUnderControls(page)),
  ];
}

/** Names shown under the map's buttons (zoom, attribution) or the embed's legend, one pixel in from each side past the label's padding. */
async function namesUnderControls(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const [layers, padding] of [
    ...COUNTRY_LABEL_ROOMS.map(({ layers, padding }) => [layers, padding] as const),
    [PLACE_LABEL_LAYERS, PLACE_LABEL_PADDING],
    [ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING],
  ] as const) {
    const inset = padding + 1;
    const controls = await page.locator('.maplibregl-ctrl, .embed-legend').evaluateAll((elements, inset) => {
      const map = window.pivotMap!.getCanvas().getBoundingClientRect();
      return elements.map((element) => {
        const r = element.getBoundingClientRect();
        return [
          [r.left - map.left + inset, r.top - map.top + inset],
          [r.right - map.left - inset, r.bottom - map.top - inset],
        ] as [[number, number], [number, number]];
      });
    }, inset);
    const under = await namesShownIn(page, controls, [...layers]);
    names.push(...under.map((name) => `${name} under the map's buttons or legend`));
  }
  return names;
}

/** Country names shown reaching past the globe's rim, out in space. */
async function countryNamesPastRim(page: Page): Promise<string[]> {
  const disk = await page.evaluate(() => {
    const map = window.pivotMap!;
    if (map.getProjection()?.type !== 'globe') return null;
    // A point off the globe unprojects to the rim's nearest point: the rim left, right, above and below.
    const centre = map.project(map.getCenter());
    const rim = (x: number, y: number) => map.project(map.unproject([x, y]));
    const [left, right] = [rim(-1e5, centre.y), rim(1e5, centre.y)];
    const x = (left.x + right.x) / 2;
    const [top, bottom] = [rim(x, -1e5), rim(x, 1e5)];
    return { x, y: (top.y + bottom.y) / 2, r: (right.x - left.x) / 2 };
  });
  if (!disk) return [];
  const [left, right, bottom] = await sightOf(page);
  // The space past the rim (globe-rim.ts, unit-tested), one pixel beyond the label's padding; a
  // name may reach past it by the few pixels boxes cannot follow the rim by.
  const names: string[] = [];
  for (const { layers, padding } of COUNTRY_LABEL_ROOMS) {
    const space = pastDisk(
      disk,
      [
        [left, 0],
        [right, bottom],
      ],
      padding + 1,
      RIM_GAP,
    );
    names.push(...(await namesShownIn(page, space, layers)));
  }
  return [...new Set(names)].map((name) => `${name} past the globe's rim`);
}

/** The part of the map in sight, in map pixels: its left, right and bottom. */
async function sightOf(page: Page): Promise<[number, number, number]> {
  // The details panel lies over the map, beside it or (a phone) below; the tour's card at its
  // bottom (a phone, an embed) or at its left (a tablet on its side).
  const { map, panel, card } = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON();
    return {
      map: window.pivotMap!.getCanvas().getBoundingClientRect().toJSON(),
      panel: box('.details-panel'),
      card: box('.tour-card'),
    };
  });
  // The panel and the card cover the map as the app reckons it: a column may take over half a
  // small embed, and one not shown (the details waiting for a phone's card to fold) covers nothing.
  const details = panel ? coverOfPanel(map, panel) : { right: 0, bottom: 0 };
  const tourCard = card ? coverOfCard(map, card) : { left: 0, bottom: 0 };
  const sight: [number, number, number] = [
    tourCard.left,
    map.width - details.right,
    map.height - Math.max(details.bottom, tourCard.bottom),
  ];
  // That reckoning is the app's own, so it is read against the page here: a panel or card over the
  // map's whole width at its bottom, or its whole height at a side, leaves in sight only what lies
  // outside it. (Were the reckoning to cover nothing, the names under its edge would go unchecked.)
  for (const cover of [panel, card]) {
    if (!cover || cover.width === 0 || cover.right <= map.left || cover.left >= map.right) continue;
    const wholeWidth = cover.left <= map.left + 1 && cover.right >= map.right - 1;
    const wholeHeight = cover.top <= map.top + 1 && cover.bottom >= map.bottom - 1;
    if (wholeWidth) expect(sight[2], 'the bottom in sight').toBeLessThanOrEqual(cover.top - map.top + 1);
    else if (wholeHeight && cover.right >= map.right - 1)
      expect(sight[1], 'the right in sight').toBeLessThanOrEqual(cover.left - map.left + 1);
    else if (wholeHeight && cover.left <= map.left + 1)
      expect(sight[0], 'the left in sight').toBeGreaterThanOrEqual(cover.right - map.left - 1);
  }
  return sight;
}

async function namesPastEdge(page: Page, layers: string[], padding: number): Promise<string[]> {
  const [left, right, bottom] = await sightOf(page);
  // The strips past each edge (edge-labels.ts, unit-tested), one pixel beyond the label's padding.
  return namesShownIn(page, edgeStrips(right, bottom, padding + 1, left), layers);
}

/** The names of `layers` placed in any of `boxes` (map pixels) and not made transparent. */
function namesShownIn(page: Page, boxes: [[number, number], [number, number]][], layers: string[]): Promise<string[]> {
  return page.evaluate(
    ({ boxes, layers }) =>
      boxes.flatMap((box) =>
        window
          .pivotMap!.queryRenderedFeatures(box, { layers })
          .filter((f) => f.state?.cut !== true)
          .map((f) => String(f.properties.name)),
      ),
    { boxes, layers },
  );
}
