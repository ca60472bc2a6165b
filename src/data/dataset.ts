/**
 * The dataset as the app holds it: the validated files (prepared by scripts/build-data.ts)
 * plus lookup tables by id. Loaded once from the app's own origin, in two files: the entries
 * without their quotes (generated/dataset.json, all the map and the first view need) and the
 * quotes (generated/citations.json, loaded once the map is drawn, or when a part that shows
 * them is wanted: the details, the table, the Sources view, the downloads).
 */
import type {
  Actor,
  Citation,
  CitedMapEvent,
  CitedRelation,
  CitedRouteFeature,
  DatasetVersion,
  Layer,
  LayerId,
  MapEvent,
  PlaceCollection,
  PlaceFeature,
  Relation,
  RouteFeature,
  SeedEntry,
  TourChapter,
} from './schema.ts';
import { fetchJson, loadOnce } from './fetch-json.ts';
import { yearSpanOf } from './time.ts';

/** The three kinds of entry, without their quotes or with them. */
export type Entries = { relation: Relation; event: MapEvent; route: RouteFeature };
export type CitedEntries = { relation: CitedRelation; event: CitedMapEvent; route: CitedRouteFeature };

export type Dataset<E extends Entries = Entries> = {
  version: DatasetVersion;
  /** Names the citations.json written with this file: the quotes of another build are refused. */
  citationsKey: string;
  layers: Layer[];
  actors: Actor[];
  places: PlaceCollection;
  routes: { type: 'FeatureCollection'; features: E['route'][] };
  relations: E['relation'][];
  events: E['event'][];
  seeds: SeedEntry[];
  /** The guided tour's chapters, in order (data/tour.json). */
  tour: TourChapter[];
};
export type CitedDataset = Dataset<CitedEntries>;

/** generated/citations.json: each entry's quotes by its id, for each kind of entry. */
export type CitationsFile = {
  key: string;
  relations: Record<string, Citation[]>;
  events: Record<string, Citation[]>;
  routes: Record<string, Citation[]>;
};

/** Seed id → the document's full text. */
export type SourceTexts = Record<string, string>;

export type IndexedDataset<E extends Entries = Entries> = Dataset<E> & {
  layerById: Map<LayerId, Layer>;
  actorById: Map<string, Actor>;
  placeById: Map<string, PlaceFeature>;
  routeById: Map<string, E['route']>;
  relationById: Map<string, E['relation']>;
  eventById: Map<string, E['event']>;
  seedById: Map<string, SeedEntry>;
  /** Years the data spans, for the timeline. */
  years: { first: number; last: number };
};
/** The dataset with every entry's quotes: what the details, the table, the sources and the downloads read. */
export type CitedIndexedDataset = IndexedDataset<CitedEntries>;

export function indexDataset<E extends Entries>(d: Dataset<E>): IndexedDataset<E> {
  const byId = <T extends { id: string | number }>(items: T[]) => new Map(items.map((x) => [String(x.id), x]));
  return {
    ...d,
    layerById: new Map(d.layers.map((l) => [l.id, l])),
    actorById: byId(d.actors),
    placeById: byId(d.places.features),
    routeById: byId(d.routes.features),
    relationById: byId(d.relations),
    eventById: byId(d.events),
    seedById: byId(d.seeds),
    years: yearSpan(d),
  };
}

/** The timeline's span; a valid dataset always has a dated entry. */
function yearSpan(d: Dataset) {
  const [first, last] = yearSpanOf(d.relations, d.events, d.routes.features) ?? [Infinity, -Infinity];
  return { first, last };
}

/**
 * Gives each entry of `d` its quotes, in place, and returns `d` as the dataset with quotes: the
 * same entries, so a selection or a list read from the first view's dataset finds its quotes. A
 * file of another build, or one that misses an entry, is refused: no entry shows another's quotes.
 */
export function attachCitations(d: IndexedDataset, c: CitationsFile): CitedIndexedDataset {
  if (c.key !== d.citationsKey)
    throw new Error('the quotes (citations.json) are from another version of the data than the map; reload the page.');
  const give = (kind: 'relations' | 'events' | 'routes', id: string | number, to: object) => {
    const quotes = c[kind]?.[String(id)];
    if (!Array.isArray(quotes) || quotes.length === 0)
      throw new Error(`citations.json has no quotes for ${kind} "${id}".`);
    Object.assign(to, { citations: quotes });
  };
  d.relations.forEach((r) => give('relations', r.id, r));
  d.events.forEach((e) => give('events', e.id, e));
  d.routes.features.forEach((r) => give('routes', r.id, r.properties));
  return d as CitedIndexedDataset;
}

export const fetchDataset = loadOnce(() => fetchJson<Dataset>('generated/dataset.json').then(indexDataset));

/** The dataset with its quotes; the same object as fetchDataset's once they are in. */
export const fetchCitedDataset = loadOnce(async () => {
  const [dataset, citations] = await Promise.all([
    fetchDataset(),
    fetchJson<CitationsFile>('generated/citations.json'),
  ]);
  return attachCitations(dataset, citations);
});

export const fetchSourceTexts = loadOnce(() => fetchJson<SourceTexts>('generated/sources.json'));
