/**
 * Prepares the offline basemap from Natural Earth (world-atlas, 1:50m) at build time:
 * countries cut at the antimeridian and wound as RFC 7946 asks, land borders as lines (the
 * style draws coastlines from the country outlines, so they are not shipped twice), and one
 * label point per country. Writes one GeoJSON file per map source to public/generated/basemap/
 * (countries, with the borders as one more feature, and labels): the map's worker fetches and
 * parses them off the main thread. The borders share the countries' source because MapLibre
 * draws a stencil mask of every tile each time the layers it draws move to another source: on
 * the globe, in software WebGL, one source fewer took a fifth off every frame.
 * Editorial decisions are recorded in scripts/basemap/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection, Objects } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon as GeoPolygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { presimplify, simplify } from 'topojson-simplify';
import {
  cutPolygonAtAntimeridian,
  splitLineAtAntimeridian,
  type Polygon,
  type Position,
} from './basemap/antimeridian.ts';
import { rewindPolygon } from './basemap/winding.ts';
import { withCrimeaInUkraine } from './basemap/crimea.ts';
import {
  BORDER_PROPERTY,
  splitCountriesFile,
  type BorderProps,
  type CountriesFile,
  type CountryProps,
} from '../src/map/basemap-file.ts';
import { labelAnchor } from './basemap/label-anchor.ts';
import { countryLocator, spotsClearOfNeighbours, WIDE_COUNTRY } from './basemap/label-spots.ts';
import { approximateArea } from '../src/map/polygon-area.ts';

const require = createRequire(import.meta.url);
const OUT_DIR = new URL('../public/generated/basemap/', import.meta.url);
/** Antarctica circles the pole and lies far outside the map's frame. */
const EXCLUDED = new Set(['010']);
/** Natural Earth areas without an ISO numeric code: given user-assigned codes so ids stay unique. */
const NO_ISO_CODE: Record<string, string> = {
  Kosovo: 'XKX',
  Somaliland: 'XSL',
  'N. Cyprus': 'XNC',
  'Indian Ocean Ter.': 'XIO',
  'Siachen Glacier': 'XSG',
};
/** A country's label: its name, its area, and where the name may move (label-spots.ts). */
type LabelProps = CountryProps & { area: number; spots: (string | number[])[]; storySpots: (string | number[])[] };

/** Areas drawn but not labelled (disputed slivers too small to name at this scale). */
const UNLABELLED = new Set(['XSG', 'XIO']);
/**
 * Visvalingam simplification thresholds (triangle area in square degrees): fine in the map's
 * frame, where readers zoom in, coarse elsewhere, where only the globe's rim shows it.
 * Shared borders stay shared because simplification works on the topology's arcs.
 */
const FRAME = { west: 15, east: 195, south: -25, north: 85 };
const MIN_WEIGHT_IN_FRAME = 0.002;
const MIN_WEIGHT_ELSEWHERE = 0.03;
/** Coordinates rounded to about 100 m: finer than the 1:50m source, much smaller to ship. */
const DECIMALS = 3;

/** Simplifies a copy of the topology, more outside the frame than inside it. */
export function simplifyTopology(topology: Topology): Topology {
  const weighted = presimplify(structuredClone(topology) as Topology<Objects<object>>);
  const inFrame = (lon: number, lat: number) =>
    (lon >= FRAME.west || lon + 360 <= FRAME.east) && lat >= FRAME.south && lat <= FRAME.north;
  for (const arc of weighted.arcs as number[][][]) {
    for (const point of arc) {
      if (!inFrame(point[0], point[1]) && point[2] < MIN_WEIGHT_ELSEWHERE) point[2] = 0;
    }
  }
  return simplify(weighted, MIN_WEIGHT_IN_FRAME);
}

export function buildBasemap(naturalEarth: Topology) {
  const topology = withCrimeaInUkraine(naturalEarth);
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const source = feature(topology, object) as FeatureCollection<GeoPolygon | MultiPolygon, { name: string }>;
  const countryFeatures: Feature<MultiPolygon, CountryProps>[] = [];
  const shapes: { iso3: string; name: string; parts: Polygon[] }[] = [];

  for (const f of source.features) {
    const code = String(f.id ?? '');
    if (EXCLUDED.has(code) || !f.geometry) continue;
    const iso3 = (code && countries.numericToAlpha3(code)) || NO_ISO_CODE[f.properties.name];
    if (!iso3) throw new Error(`No ISO code for "${f.properties.name}" (${code}): add it to NO_ISO_CODE`);
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Polygon[];
    const parts = polygons.flatMap(cutPolygonAtAntimeridian).map(rewindPolygon);
    const props = { iso3, name: f.properties.name };
    countryFeatures.push({
      type: 'Feature',
      id: countryFeatures.length + 1,
      properties: props,
      geometry: { type: 'MultiPolygon', coordinates: parts.map((p) => p.map(roundRing)).flatMap(withRealRings) },
    });
    shapes.push({ ...props, parts });
  }
  // Where each name may move when its spot is taken (label-spots.ts, which needs every country's
  // shape): a small country's up to one em, or three if the story is about it (the story's layer
  // reads `storySpots`); a wide one's three.
  const countryAt = countryLocator(shapes);
  const labels = shapes
    .filter(({ iso3 }) => !UNLABELLED.has(iso3))
    .map(({ iso3, name, parts }): Feature<Point, LabelProps> => {
      const label = { iso3, name, area: Math.round(parts.reduce((sum, p) => sum + approximateArea(p), 0)) };
      const at = labelAnchor(parts, iso3);
      const wide = label.area >= WIDE_COUNTRY;
      return {
        type: 'Feature',
        properties: {
          ...label,
          spots: spotsClearOfNeighbours({ ...label, at }, wide ? [1, 2, 3] : [0.5, 1], countryAt),
          storySpots: spotsClearOfNeighbours({ ...label, at }, [0.5, 1, 2, 3], countryAt),
        },
        geometry: { type: 'Point', coordinates: at },
      };
    });

  const lines = (filter: (a: { id?: string | number }, b: { id?: string | number }) => boolean) => {
    const m = mesh(topology, object, filter) as MultiLineString;
    const coordinates = (m.coordinates as Position[][]).flatMap(splitLineAtAntimeridian).map(roundLine);
    return {
      type: 'Feature',
      properties: { [BORDER_PROPERTY]: true },
      geometry: { type: 'MultiLineString', coordinates },
    } as Feature<MultiLineString, BorderProps>;
  };
  const kept = (g: { id?: string | number }) => !EXCLUDED.has(String(g.id));

  return {
    countries: {
      type: 'FeatureCollection',
      features: [...countryFeatures, lines((a, b) => a !== b && kept(a) && kept(b))],
    } as CountriesFile,
    // Larger countries first, so MapLibre places their labels before smaller neighbours'.
    labels: { type: 'FeatureCollection', features: labels.sort((a, b) => b.properties.area - a.properties.area) },
  };
}

const factor = 10 ** DECIMALS;
const roundPosition = ([lon, lat]: Position): Position => [
  Math.round(lon * factor) / factor,
  Math.round(lat * factor) / factor,
];
/** Rounds and drops points that became duplicates of their predecessor. */
function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line.map(roundPosition)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
function roundRing(ring: Position[]): Position[] {
  const out = roundLine(ring);
  const [first, last] = [out[0], out[out.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

/**
 * A polygon without the rings that simplifying and rounding shrank below a triangle (fewer than
 * four positions: a small island, a lake), or none if its outer ring is one. Such rings are not
 * valid GeoJSON and draw nothing; about 460 of the 1,500 were shipped.
 */
export function withRealRings(polygon: Position[][]): Position[][][] {
  const real = (ring: Position[]) => ring.length >= 4;
  return real(polygon[0]) ? [polygon.filter(real)] : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const basemap = buildBasemap(simplifyTopology(topology));
  mkdirSync(OUT_DIR, { recursive: true });
  let bytes = 0;
  for (const [name, collection] of Object.entries(basemap)) {
    const json = JSON.stringify(collection);
    bytes += json.length;
    writeFileSync(new URL(`${name}.json`, OUT_DIR), json);
  }
  console.log(
    `basemap: ${splitCountriesFile(basemap.countries).countries.features.length} countries, ${basemap.labels.features.length} labels, ${(bytes / 1024).toFixed(0)} KiB → public/generated/basemap/`,
  );
}
