import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap, simplifyTopology } from '../../scripts/build-basemap.ts';
import { countryFrame, countryOutline } from './country-frame.ts';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

describe('countryFrame', () => {
  it('frames the parts that matter, not a small island far off', () => {
    const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 10), square(60, 5, 1)] };
    expect(countryFrame(shape)).toEqual([
      [0, 0],
      [10, 10],
    ]);
  });

  it('keeps a part a third the size of the largest', () => {
    const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 10), square(20, 0, 6)] };
    expect(countryFrame(shape)).toEqual([
      [0, 0],
      [26, 10],
    ]);
  });

  it('goes past 180° for a country cut at the antimeridian', () => {
    const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(170, 60, 10), square(-180, 60, 8)] };
    expect(countryFrame(shape)).toEqual([
      [170, 60],
      [188, 70],
    ]);
  });

  it('has nothing to frame in an empty shape', () => {
    expect(countryFrame({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});

describe('countryOutline', () => {
  it('is the outline of the parts the frame counts, taken past 180° with it', () => {
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(170, 60, 10), square(-180, 60, 8), square(100, 0, 1)],
    };
    const outline = countryOutline(shape);
    expect(outline).toContainEqual([188, 68]);
    expect(outline).toContainEqual([170, 60]);
    expect(outline.some(([lon]) => lon < 170)).toBe(false);
  });
});

describe('the frames of the basemap’s countries', () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const shapes = new Map(
    buildBasemap(simplifyTopology(topology)).countries.features.map((f) => [
      (f.properties as { iso3: string }).iso3,
      f.geometry as MultiPolygon,
    ]),
  );
  const frame = (iso3: string) => countryFrame(shapes.get(iso3)!)!;
  const contains = ([[w, s], [e, n]]: ReturnType<typeof frame>, [lon, lat]: [number, number]) =>
    lon >= w && lon <= e && lat >= s && lat <= n;

  it('frames Russia from St Petersburg to Kamchatka, without Kaliningrad', () => {
    const russia = frame('RUS');
    expect(contains(russia, [30.3, 59.9])).toBe(true);
    expect(contains(russia, [158.6, 53.0])).toBe(true);
    expect(contains(russia, [20.5, 54.7])).toBe(false);
  });

  it('frames Indonesia from Sumatra to New Guinea', () => {
    const indonesia = frame('IDN');
    expect(contains(indonesia, [95.3, 5.5])).toBe(true);
    expect(contains(indonesia, [140.7, -2.5])).toBe(true);
  });

  it('frames China from Kashgar to Harbin and Xishuangbanna', () => {
    const china = frame('CHN');
    for (const town of [
      [76.0, 39.5],
      [126.6, 45.8],
      [100.8, 22.0],
    ] as [number, number][])
      expect(contains(china, town)).toBe(true);
  });
});
