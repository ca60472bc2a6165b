/**
 * The dataset's contract: zod schemas for every file in `data/` and `seeds/catalog.json`.
 * The app's TypeScript types are inferred from here, so this file is the one source of truth.
 * Cross-file rules (references resolve, quotes are verbatim, numbers appear in quotes) live in
 * `validate.ts` and its modules in `validation/`; this file checks only the shape of each file on its own.
 */
import { z } from 'zod';
import { CERTAINTIES, LAYER_IDS } from './enums.ts';

/** A date as precise as the source gives it: `2021`, `2021-03` or `2021-03-27`. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const precision = z.enum(['day', 'month', 'year']);

/** Either end may be open (null): "since 2014", "until 2018". */
export const period = z.object({
  start: partialDate.nullable(),
  end: partialDate.nullable(),
});

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "rus-mmr-arms"');

export const layerId = z.enum(LAYER_IDS);

/** How the source holds a claim. */
export const certainty = z.enum(CERTAINTIES);

export const citation = z.object({
  seed: z.string().min(1),
  quote: z.string().min(20, 'a quote must stand alone: copy at least a clause'),
});

/** A figure as the source gives it; `amount` must appear in one of the entry's quotes. */
export const figure = z.object({
  amount: z.number().finite(),
  unit: z.enum(['USD', 'percent', 'count', 'km', 'days', 'years']),
  /** The source hedges: "around", "roughly", "over", "slightly behind". */
  qualifier: z.enum(['about', 'over', 'under']).optional(),
  /** What the number measures, in a few words: "share of Myanmar's arms imports". */
  label: z.string().min(3),
  /** The period the figure refers to, when it differs from the entry's own. */
  period: period.optional(),
  /** Who gives this figure, when the source attributes it (needed for disputed figures). */
  claimedBy: z.string().optional(),
});

const entryBase = {
  id,
  layer: layerId,
  certainty,
  /** One sentence in the curator's own words. */
  summary: z.string().min(20),
  citations: z.array(citation).min(1),
  /** The headline figure; flows are scaled by it. */
  value: figure.optional(),
  /** Further figures: competing claims of a disputed entry, or other numbers the quote gives. */
  figures: z.array(figure).optional(),
};

export const relation = z.object({
  ...entryBase,
  from: z.string().min(1),
  to: z.string().min(1),
  /**
   * What the tie is about, in a few words, when another relation joins the same actors with the
   * same kind: the title shows it instead of the kind ("Russia → India: diversification attempts").
   */
  topic: z.string().min(3).max(40).optional(),
  kind: z.enum([
    'arms-supply',
    'arms-deal',
    'energy-supply',
    'trade',
    'technology',
    'currency',
    'investment',
    'rail-project',
    'infrastructure-project',
    'labour',
    'base',
    'membership',
    'alliance',
    'border-conflict',
    'joint-patrol',
    'military-cooperation',
    'training',
    'political-support',
    'criticism',
    'sanctions',
    'partnership',
    'dependence',
    'rivalry',
    'policy',
  ]),
  period,
});

export const event = z.object({
  ...entryBase,
  title: z.string().min(5).max(90),
  date: partialDate,
  precision,
  /** A place id from places.geojson where the event happened (or is best shown). */
  place: z.string().min(1),
  actors: z.array(z.string().min(1)).min(1),
  kind: z.enum([
    'visit',
    'summit',
    'vote',
    'agreement',
    'coup',
    'protest',
    'clash',
    'announcement',
    'statement',
    'election',
    'parade',
    'report',
    'invasion',
    'annexation',
    'designation',
    'approval',
    'congress',
  ]),
});

export const actor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['country', 'organisation', 'group', 'region']),
  /** ISO 3166-1 alpha-3 for countries: ids of countries are their ISO code, e.g. "RUS". */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Place id where flows to and from this actor are drawn (a capital, a seat, a summit venue). */
  anchor: z.string().min(1),
  description: z.string().optional(),
  /** Other names it goes by ("DPRK"): the search box finds it by them as by its name. */
  aliases: z.array(z.string().min(1)).optional(),
});

export const layer = z.object({
  id: layerId,
  name: z.string().min(3),
  description: z.string().min(20),
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const placeFeature = z.object({
  type: z.literal('Feature'),
  id,
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
  properties: z.object({
    name: z.string().min(1),
    kind: z.enum(['capital', 'city', 'port', 'base', 'venue', 'crossing', 'waypoint', 'region']),
    country: z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3, e.g. "RUS"'),
    /** Shown in the details panel; geography only, no claims. */
    note: z.string().optional(),
    /** Other spellings ("Naypyitaw"): the search box finds it by them as by its name. */
    aliases: z.array(z.string().min(1)).optional(),
  }),
});

export const placeCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeature).min(1),
});

export const routeFeature = z.object({
  type: z.literal('Feature'),
  id,
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
  properties: z.object({
    name: z.string().min(3),
    layer: layerId,
    certainty,
    /** Drawn through named places rather than surveyed track. */
    schematic: z.boolean(),
    /** Place ids the line passes through, in order. */
    via: z.array(z.string()).min(2),
    /** Actor ids whose project this is (e.g. "CHN"). */
    actors: z.array(z.string()).min(1),
    summary: z.string().min(20),
    period,
    citations: z.array(citation).min(1),
  }),
});

export const routeCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(routeFeature).min(1),
});

export const seedEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().regex(/^[^/]+\.txt$/),
  title: z.string().min(5),
  /** True where the document states no title and the catalogue gives a descriptive one. */
  titleSupplied: z.boolean().optional(),
  authors: z.array(z.string()),
  outlet: z.string().nullable(),
  kind: z.string(),
  published: partialDate.nullable(),
  /** How a date was inferred, when the document does not state it. */
  note: z.string().optional(),
});

export const seedCatalog = z.array(seedEntry).length(5);

export const datasetVersion = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semantic version, e.g. "1.0.0"'),
  date: partialDate,
});

/**
 * One chapter of the guided tour (data/tour.json): the view it opens on, a short text in the
 * curator's own words, the dataset entries it rests on, and questions for a class.
 */
export const tourChapter = z.object({
  id,
  title: z.string().min(3).max(80),
  /** At most about 80 words (the validator allows 90). */
  body: z.string().min(20),
  camera: z.object({
    longitude: z.number().min(-180).max(180),
    latitude: z.number().min(-85).max(85),
    zoom: z.number().min(0.8).max(8),
    /**
     * The size in pixels, at `zoom`, of what the chapter must show, if not the usual 660 × 270 (a
     * laptop's map above the old card): a tall story's frame lets a tall map zoom in further.
     */
    frame: z
      .object({ width: z.number().int().min(100).max(1600), height: z.number().int().min(100).max(1200) })
      .optional(),
  }),
  layers: z.array(layerId).min(1),
  /** null: everything the sources report. */
  time: z.object({ year: z.number().int(), mode: z.enum(['at', 'upto']) }).nullable(),
  selection: z
    .object({ kind: z.enum(['relation', 'event', 'place', 'route', 'country', 'actor']), id: z.string() })
    .nullable(),
  /** Entries the text rests on: `relation:<id>`, `event:<id>`, `place:<id>`, `route:<id>`. */
  cites: z.array(z.string().regex(/^(relation|event|place|route):[a-z0-9-]+$/)).min(1),
  /** Discussion questions for the printable handout. */
  questions: z.array(z.string().min(10)).min(1).max(4),
});
export const tour = z.array(tourChapter).min(8).max(10);

export const relations = z.array(relation);
export const events = z.array(event);
export const actors = z.array(actor);
export const layers = z.array(layer);

export type PartialDate = z.infer<typeof partialDate>;
export type Period = z.infer<typeof period>;
export type LayerId = z.infer<typeof layerId>;
export type Certainty = z.infer<typeof certainty>;
export type Citation = z.infer<typeof citation>;
export type Figure = z.infer<typeof figure>;
/**
 * The entries as the files hold them, each with its quotes. The app's first view loads them
 * without (below): the quotes come apart, in generated/citations.json (see data/dataset.ts).
 */
export type CitedRelation = z.infer<typeof relation>;
export type CitedMapEvent = z.infer<typeof event>;
export type CitedRouteFeature = z.infer<typeof routeFeature>;
/** An entry as the map and the first view hold it: all but its quotes. */
export type Relation = Omit<CitedRelation, 'citations'>;
export type MapEvent = Omit<CitedMapEvent, 'citations'>;
export type RouteFeature = Omit<CitedRouteFeature, 'properties'> & {
  properties: Omit<CitedRouteFeature['properties'], 'citations'>;
};
export type Actor = z.infer<typeof actor>;
export type Layer = z.infer<typeof layer>;
export type PlaceFeature = z.infer<typeof placeFeature>;
export type PlaceCollection = z.infer<typeof placeCollection>;
export type SeedEntry = z.infer<typeof seedEntry>;
export type DatasetVersion = z.infer<typeof datasetVersion>;
export type TourChapter = z.infer<typeof tourChapter>;
