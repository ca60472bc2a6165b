import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap, simplifyTopology, withRealRings } from './build-basemap.ts';
import type { Polygon, Position } from './basemap/antimeridian.ts';
import { countryLocator } from './basemap/label-spots.ts';

const triangle: Position[] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [0, 0],
];
const collapsed: Position[] = [
  [5, 5],
  [5, 5.001],
  [5, 5],
];

describe('withRealRings', () => {
  it('keeps a polygon, without the holes that collapsed', () => {
    expect(withRealRings([triangle, collapsed, triangle])).toEqual([[triangle, triangle]]);
  });

  it('drops a polygon whose outer ring collapsed', () => {
    expect(withRealRings([collapsed, triangle])).toEqual([]);
  });
});

describe('the basemap built from Natural Earth', () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const { countries, labels } = buildBasemap(simplifyTopology(topology));

  it('has only rings of at least four positions, as GeoJSON asks', () => {
    const short = countries.features.flatMap((f) =>
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.flatMap((polygon) => polygon.filter((ring) => ring.length < 4))
        : [],
    );
    expect(short).toEqual([]);
  });

  it('still draws the countries of Russia’s Asia', () => {
    const drawn = countries.features.filter(
      (f) => f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length > 0,
    );
    const iso3 = new Set(drawn.map((f) => (f.properties as { iso3?: string }).iso3));
    for (const code of ['RUS', 'CHN', 'IND', 'MMR', 'VNM', 'IDN', 'KAZ', 'JPN', 'PRK', 'KOR', 'MNG'])
      expect(iso3, code).toContain(code);
  });

  const countryAt = countryLocator(
    countries.features.flatMap((f) =>
      f.geometry.type === 'MultiPolygon'
        ? [{ iso3: (f.properties as { iso3: string }).iso3, parts: f.geometry.coordinates as Polygon[] }]
        : [],
    ),
  );

  // Polylabel's points lie inside by construction; the hand-set ones (LABEL_POINTS) are checked here.
  it("puts every country's label on its own land", () => {
    // Micro-states' outlines collapse when rounded for the map; their labels come from the full shape.
    const elsewhere = labels.features
      .filter((f) => f.properties.area >= 1)
      .filter((f) => countryAt(f.geometry.coordinates as Position) !== f.properties.iso3)
      .map((f) => f.properties.name);
    expect(elsewhere).toEqual([]);
    expect(labels.features.filter((f) => f.properties.area >= 1).length).toBeGreaterThan(150);
  });

  // Natural Earth 4.1 draws it inside Russia (scripts/basemap/crimea.ts).
  it('draws Crimea as part of Ukraine, with no border across the isthmus', () => {
    const crimea: Position[] = [
      [34.1, 44.95], // Simferopol
      [33.52, 44.6], // Sevastopol
      [36.47, 45.36], // Kerch
    ];
    expect(crimea.map(countryAt)).toEqual(['UKR', 'UKR', 'UKR']);
    expect(countryAt([37.62, 55.75]), 'Moscow').toBe('RUS');
    // The isthmus of Perekop, between the peninsula and the mainland, at 46.1°N.
    const borders = countries.features.find((f) => f.geometry.type === 'MultiLineString')!;
    const acrossPerekop = (borders.geometry.coordinates as Position[][])
      .flat()
      .filter(([lon, lat]) => lon > 33.3 && lon < 34.2 && lat > 45.9 && lat < 46.3);
    expect(acrossPerekop).toEqual([]);
  });
});
