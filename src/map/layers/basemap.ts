/**
 * The reference basemap: sea, land, coastlines, land borders and country labels.
 * Reads the `basemap` source built by scripts/build-basemap.ts (properties: iso3, name, area).
 * Calm and low-contrast on purpose, so the data layers stand out above it.
 */
import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import { MAP_FONT_REGULAR } from '../font-names.ts';
import { BORDER_PROPERTY } from '../basemap-file.ts';

/** The countries' source also holds the land borders (basemap-file.ts): one source, one set of tile masks. */
export const BASEMAP_SOURCES = { countries: 'countries', labels: 'country-labels' } as const;
/** The room each country name keeps clear around it, in pixels; read through COUNTRY_LABEL_ROOMS. */
const COUNTRY_LABEL_PADDING = 4;
/**
 * The room kept by the names of the countries the selection is about (NAMED_COUNTRY_LABEL): none
 * past their text, so that a small country's name fits between its places' markers. With 4 px,
 * NORTH KOREA found no room beside Pyongyang's marker in the Koreas chapter, the chapter about
 * Russia and North Korea, on a 1280 × 720, 1280 × 800 or 1366 × 768 projector.
 */
const NAMED_COUNTRY_LABEL_PADDING = 0;
/** The feature-state flag of a name cut by the map's edge (edge-labels.ts). */
export const LABEL_CUT_STATE = 'cut';
/** The opacity of a name hidden while the map's edge would cut it (edge-labels.ts). */
export const unlessCut = (): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', LABEL_CUT_STATE], false],
  0,
  1,
];
const IS_BORDER: ExpressionSpecification = ['has', BORDER_PROPERTY];
const IS_COUNTRY: ExpressionSpecification = ['!', IS_BORDER];

/**
 * Sea, country fill, coastline, borders, and the labels of other countries, of the story's
 * countries, and of the countries named first.
 */
export type BasemapLayers = [
  BackgroundLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
  SymbolLayerSpecification,
  SymbolLayerSpecification,
];

/**
 * The names of the countries the story is about, in a layer of their own: placed before the
 * names of planned routes (style.ts), which give way to them, while other countries' names give
 * way to all routes' names. In one layer placed after the routes' names, NORTH KOREA found room
 * on a laptop only below Seoul, naming the South; in one placed before them, every country's
 * name took the Central Asian routes' room.
 */
export const STORY_COUNTRY_LABEL = 'story-country-label';
export const COUNTRY_LABEL = 'country-label';
/**
 * The names of the story's countries that the selection (the reader's or the tour chapter's) is
 * about (named-countries.ts), taken from the story's layer: placed before the places' names (style.ts).
 */
export const NAMED_COUNTRY_LABEL = 'named-country-label';
/** Every layer of country names. */
export const COUNTRY_LABEL_LAYERS = [COUNTRY_LABEL, STORY_COUNTRY_LABEL, NAMED_COUNTRY_LABEL];
/** The layers of country names by the room their names keep: a name is cut once its box is past an edge by more. */
export const COUNTRY_LABEL_ROOMS = [
  { layers: [COUNTRY_LABEL, STORY_COUNTRY_LABEL], padding: COUNTRY_LABEL_PADDING },
  { layers: [NAMED_COUNTRY_LABEL], padding: NAMED_COUNTRY_LABEL_PADDING },
];
/** Where a country's name wraps (ems); scripts/basemap/label-spots.ts sizes names with it. */
export const COUNTRY_NAME_MAX_WIDTH = 7;
/**
 * A country name's text size (px, before the theme's scale) at the two zooms it is interpolated
 * between: a small country's, and a large one's (`area` from `largeFrom`). label-spots.ts too.
 */
export const COUNTRY_NAME_SIZE = { zooms: [1, 5], small: [10, 13], large: [12, 16], largeFrom: 300 } as const;

/**
 * `storyCountries`: the ISO codes of the countries the story is about (style.ts); `namedCountries`:
 * those of them named first (named-countries.ts).
 */
export function basemapLayers(
  theme: Theme,
  storyCountries: readonly string[] = [],
  namedCountries: readonly string[] = [],
): BasemapLayers {
  const filters = countryLabelFilters(storyCountries, namedCountries);
  const line = (width: number) => width * theme.lineScale;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: 'country-fill',
      type: 'fill',
      source: BASEMAP_SOURCES.countries,
      filter: IS_COUNTRY,
      paint: { 'fill-color': theme.land, 'fill-antialias': false },
    },
    {
      id: 'coastline',
      type: 'line',
      source: BASEMAP_SOURCES.countries,
      filter: IS_COUNTRY,
      paint: {
        'line-color': theme.coastline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, line(0.5), 6, line(1.2)],
      },
    },
    {
      id: 'country-border',
      type: 'line',
      source: BASEMAP_SOURCES.countries,
      filter: IS_BORDER,
      paint: {
        'line-color': theme.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, line(0.6), 6, line(1.4)],
        'line-dasharray': [3, 1.5],
      },
    },
    countryLabelLayer(theme, COUNTRY_LABEL, filters[COUNTRY_LABEL], 'spots'),
    countryLabelLayer(theme, STORY_COUNTRY_LABEL, filters[STORY_COUNTRY_LABEL], 'storySpots'),
    countryLabelLayer(theme, NAMED_COUNTRY_LABEL, filters[NAMED_COUNTRY_LABEL], 'storySpots'),
  ];
}

/**
 * Which names each layer of country names draws: the named countries', the story's other
 * countries', the rest; micro-states only once the reader zooms in (collisions drop the rest,
 * smallest first). MapView sets them again when the named countries change.
 */
export function countryLabelFilters(
  storyCountries: readonly string[],
  namedCountries: readonly string[],
): Record<string, ExpressionSpecification> {
  const among = (countries: readonly string[]): ExpressionSpecification => [
    'in',
    ['get', 'iso3'],
    ['literal', [...countries]],
  ];
  const bigEnough: ExpressionSpecification = ['>=', ['get', 'area'], ['step', ['zoom'], 4, 3, 1, 4.5, 0]];
  const named = among(namedCountries);
  return {
    [COUNTRY_LABEL]: ['all', bigEnough, ['!', among(storyCountries)]],
    [STORY_COUNTRY_LABEL]: ['all', bigEnough, among(storyCountries), ['!', named]],
    [NAMED_COUNTRY_LABEL]: ['all', bigEnough, named],
  };
}

/** The text-size stops: at each of COUNTRY_NAME_SIZE's zooms, a small or a large country's size. */
function nameSizeStops(scale: number): (number | ExpressionSpecification)[] {
  const { zooms, small, large, largeFrom } = COUNTRY_NAME_SIZE;
  return zooms.flatMap((zoom, i) => [zoom, ['*', scale, ['step', ['get', 'area'], small[i], largeFrom, large[i]]]]);
}

/**
 * A label's spots, read from its `property`. Where the value is the tile's string form of the
 * array, the centre alone: queryRenderedFeatures (edge-labels.ts) evaluates each label it finds
 * before MapLibre turns those strings back into arrays, and warned of each name in the console
 * (maplibre-gl-js issue 3502). Placement, in the worker, always reads the array.
 */
function spotsOf(property: 'spots' | 'storySpots'): ExpressionSpecification {
  const value: ExpressionSpecification = ['get', property];
  return ['case', ['==', ['typeof', value], 'string'], ['literal', ['center', [0, 0]]], value];
}

/** `spots`: the label's property listing where its name may go when its point is taken (see scripts/basemap/README.md). */
function countryLabelLayer(
  theme: Theme,
  id: string,
  filter: ExpressionSpecification,
  spots: 'spots' | 'storySpots',
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: BASEMAP_SOURCES.labels,
    filter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': MAP_FONT_REGULAR,
      'text-size': ['interpolate', ['linear'], ['zoom'], ...nameSizeStops(theme.labelScale)],
      'text-max-width': COUNTRY_NAME_MAX_WIDTH,
      'text-letter-spacing': 0.04,
      'text-transform': 'uppercase',
      'symbol-sort-key': ['-', ['get', 'area']],
      'text-padding': COUNTRY_LABEL_ROOMS.find(({ layers }) => layers.includes(id))!.padding,
      // A name whose point is taken by a marker (JAPAN by Tokyo's, KAZAKHSTAN by Astana's,
      // MYANMAR by Naypyidaw's events) moves beside it, clear of the marker, rather than vanish:
      // a small country's one em, three if the story is about it, and only where it stays over
      // its own land or the sea, not a neighbour (each label's spots: scripts/basemap/label-spots.ts).
      'text-variable-anchor-offset': spotsOf(spots),
    },
    paint: {
      'text-color': theme.label,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': theme.labelHaloWidth,
      // A name the map's edge would cut is hidden until it can be read whole (edge-labels.ts).
      'text-opacity': unlessCut(),
    },
  };
}
