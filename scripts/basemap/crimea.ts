/**
 * Natural Earth 4.1, which world-atlas ships, draws Crimea inside Russia's outline: its default
 * view follows who holds a place. This map draws it as Ukraine's, as the UN General Assembly holds
 * (resolution 68/262) and as the dataset records it (the place `crimea`, in Ukraine, and Russia's
 * annexation of it in 2014). On a map of Russia's reach, the peninsula shaded as Russia's land
 * contradicted the map's own entries.
 *
 * The peninsula is one polygon of Russia's multipolygon. It moves to Ukraine's, arcs and all, so
 * the border drawn across the isthmus of Perekop becomes a line inside one country and is not drawn
 * (borders are the arcs between two countries, build-basemap.ts).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';

const RUSSIA = '643';
const UKRAINE = '804';
/** Around the peninsula: no other part of Russia's outline lies wholly inside. */
const CRIMEA = { west: 32, south: 44, east: 37, north: 46.5 };

/** A copy of the topology in which Crimea is part of Ukraine, not of Russia. */
export function withCrimeaInUkraine(topology: Topology): Topology {
  const countries = topology.objects.countries as GeometryCollection;
  const byId = (id: string) => countries.geometries.find((g) => String(g.id) === id);
  const [russia, ukraine] = [byId(RUSSIA), byId(UKRAINE)];
  if (russia?.type !== 'MultiPolygon' || ukraine?.type !== 'MultiPolygon') {
    throw new Error('world-atlas: Russia or Ukraine is not a multipolygon; check scripts/basemap/crimea.ts');
  }
  const parts = (feature(topology, russia).geometry as MultiPolygon).coordinates;
  const crimea = parts.findIndex(([outer]) =>
    outer.every(([lon, lat]) => lon >= CRIMEA.west && lon <= CRIMEA.east && lat >= CRIMEA.south && lat <= CRIMEA.north),
  );
  if (crimea < 0) return topology; // A later Natural Earth that draws it in Ukraine already.
  const moved = (g: TopoMultiPolygon): TopoMultiPolygon =>
    g === russia
      ? { ...g, arcs: g.arcs.filter((_, i) => i !== crimea) }
      : { ...g, arcs: [...g.arcs, russia.arcs[crimea]] };
  const geometries = countries.geometries.map((g) => (g === russia || g === ukraine ? moved(g) : g));
  return { ...topology, objects: { ...topology.objects, countries: { ...countries, geometries } } };
}
