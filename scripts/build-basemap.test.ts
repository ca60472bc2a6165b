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

  // Polylabel's points lie inside by construction; the hand-set ones (LABEL_POINTS) are checked here.
  it("puts every country's label on its own land", () => {
    const countryAt = countryLocator(
      countries.features.flatMap((f) =>
        f.geometry.type === 'MultiPolygon'
          ? [{ iso3: (f.properties as { iso3: string }).iso3, parts: f.geometry.coordinates as Polygon[] }]
          : [],
      ),
    );
    // Micro-states' outlines collapse when rounded for the map; their labels come from the full shape.
    const elsewhere = labels.features
      .filter((f) => f.properties.area >= 1)
      .filter((f) => countryAt(f.geometry.coordinates as Position) !== f.properties.iso3)
      .map((f) => f.properties.name);
    expect(elsewhere).toEqual([]);
    expect(labels.features.filter((f) => f.properties.area >= 1).length).toBeGreaterThan(150);
  });
});
