/**
 * The dataset as the app holds it: the validated files (prepared by scripts/build-data.ts)
 * plus lookup tables by id. Loaded once from the app's own origin.
 */
import type {
  Actor,
  DatasetVersion,
  Layer,
  LayerId,
  MapEvent,
  PlaceCollection,
  PlaceFeature,
  Relation,
  RouteCollection,
  RouteFeature,
  SeedEntry,
  TourChapter,
} from './schema.ts';
import { fetchJson, loadOnce } from './fetch-json.ts';
import { yearSpanOf } from './time.ts';

export type Dataset = {
  version: DatasetVersion;
  layers: Layer[];
  actors: Actor[];
  places: PlaceCollection;
  routes: RouteCollection;
  relations: Relation[];
  events: MapEvent[];
  seeds: SeedEntry[];
  /** The guided tour's chapters, in order (data/tour.json). */
  tour: TourChapter[];
};

/** Seed id → the document's full text. */
export type SourceTexts = Record<string, string>;

export type IndexedDataset = Dataset & {
  layerById: Map<LayerId, Layer>;
  actorById: Map<string, Actor>;
  placeById: Map<string, PlaceFeature>;
  routeById: Map<string, RouteFeature>;
  relationById: Map<string, Relation>;
  eventById: Map<string, MapEvent>;
  seedById: Map<string, SeedEntry>;
  /** Years the data spans, for the timeline. */
  years: { first: number; last: number };
};

export function indexDataset(d: Dataset): IndexedDataset {
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

export const fetchDataset = loadOnce(() => fetchJson<Dataset>('generated/dataset.json').then(indexDataset));

export const fetchSourceTexts = loadOnce(() => fetchJson<SourceTexts>('generated/sources.json'));
