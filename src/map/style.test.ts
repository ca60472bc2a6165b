/**
 * Every style the app can build must pass MapLibre's own style validator: a paint expression
 * that MapLibre rejects at run time fails here first.
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LINE_TILE_BUFFER, buildStyle, storyCountries } from './style.ts';
import { BASEMAP_SOURCES, NAMED_COUNTRY_LABEL, STORY_COUNTRY_LABEL } from './layers/basemap.ts';
import { LINE_SOURCE, isKind, type LineKind } from './layers/lines.ts';
import { PLACE_SOURCE } from './layers/places.ts';
import { ROUTE_LABEL_LAYERS } from './layers/routes.ts';
import { LABEL_PLATE_IMAGE } from './label-plate.ts';
import { perFeature } from './layers/per-feature.ts';
import { basemapUrls } from './basemap-data.ts';
import { buildOverlay } from './overlay.ts';
import { namedCountriesOf } from './named-countries.ts';
import { THEMES } from './theme.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { flowWidthScales } from '../scales/flow-width.ts';
import { ALL_LAYERS } from '../state/url.ts';

const dataset = projectDataset();
const basemap = basemapUrls('http://localhost/');

describe('buildStyle', () => {
  const overlay = buildOverlay(dataset, visibleEntries(dataset, ALL_LAYERS, null), flowWidthScales(dataset.relations));

  for (const theme of Object.values(THEMES)) {
    it(`passes the style-spec validator (${theme.name} theme, every layer on)`, () => {
      const style = buildStyle(basemap, theme, 'globe', overlay);
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it('carries the projection, so a restyle never resets it', () => {
    expect(buildStyle(basemap, THEMES.light, 'globe', null).projection).toEqual({ type: 'globe' });
    expect(buildStyle(basemap, THEMES.light, 'mercator', null).projection).toEqual({ type: 'mercator' });
  });

  it('has no glyphs URL, so no label font is fetched from a server', () => {
    expect(buildStyle(basemap, THEMES.light, 'mercator', null)).not.toHaveProperty('glyphs');
  });

  it('draws the land, its coastlines and its borders from one source, so their tiles are masked once', () => {
    const basemapLines = buildStyle(basemap, THEMES.light, 'globe', overlay).layers.filter((l) =>
      ['country-fill', 'coastline', 'country-border'].includes(l.id),
    );
    expect(basemapLines).toHaveLength(3);
    expect(new Set(basemapLines.map((l) => 'source' in l && l.source))).toEqual(new Set([BASEMAP_SOURCES.countries]));
  });

  it('draws the flows and the routes from one source, each layer from one kind of line', () => {
    const lineLayers = buildStyle(basemap, THEMES.light, 'globe', overlay).layers.filter(
      (l) => 'source' in l && l.source === LINE_SOURCE,
    );
    const filters = (prefix: string) =>
      lineLayers.filter((l) => l.id.startsWith(prefix)).map((l) => JSON.stringify('filter' in l ? l.filter : null));
    const takes = (kind: LineKind) => (filter: string) => filter.includes(JSON.stringify(isKind(kind)));
    expect(filters('flow-')).toHaveLength(7);
    expect(filters('flow-').every(takes('flow'))).toBe(true);
    expect(filters('route-')).toHaveLength(3);
    expect(filters('route-').every(takes('route'))).toBe(true);
  });

  it('gives the sources drawn as lines and fills a narrow tile buffer, and the points the default', () => {
    const { sources } = buildStyle(basemap, THEMES.light, 'globe', overlay);
    for (const id of [BASEMAP_SOURCES.countries, LINE_SOURCE]) {
      expect(sources[id]).toMatchObject({ buffer: LINE_TILE_BUFFER });
    }
    expect(sources[PLACE_SOURCE]).not.toHaveProperty('buffer');
  });

  it('draws one flow per relation whose ends are anchored at two different places', () => {
    const drawable = dataset.relations.filter((r) => {
      const a = dataset.actorById.get(r.from)?.anchor;
      const b = dataset.actorById.get(r.to)?.anchor;
      return a && b && a !== b;
    });
    expect(overlay.flows.features).toHaveLength(drawable.length);
  });

  for (const theme of Object.values(THEMES)) {
    it(`sets every route's name on a plate of the halo's colour, legible across a flow (${theme.name} theme)`, () => {
      const layers = buildStyle(basemap, theme, 'globe', overlay).layers.filter((l) =>
        ROUTE_LABEL_LAYERS.includes(l.id),
      );
      expect(layers).toHaveLength(ROUTE_LABEL_LAYERS.length);
      for (const layer of layers) {
        expect(layer.layout).toMatchObject({ 'icon-image': LABEL_PLATE_IMAGE, 'icon-text-fit': 'both' });
        expect(layer.paint).toMatchObject({ 'icon-color': perFeature(theme.labelHalo) });
      }
    });
  }
});

describe('the names of the countries a selection is about', () => {
  // China → Turkmenistan: Turkmenistan is in this one entry only, so not among the story's countries.
  const selection = { kind: 'relation', id: 'chn-tkm-southern-link' } as const;
  const named = buildOverlay(
    dataset,
    visibleEntries(dataset, ALL_LAYERS, null),
    flowWidthScales(dataset.relations),
    null,
    {
      namedCountries: namedCountriesOf(dataset, selection, storyCountries(dataset)),
    },
  );
  const style = buildStyle(basemap, THEMES.light, 'globe', named);
  const ids = style.layers.map((l) => l.id);
  const filter = (id: string) => {
    const layer = style.layers.find((l) => l.id === id);
    return JSON.stringify(layer && 'filter' in layer ? layer.filter : null);
  };

  it('are placed after the markers and before the places’ names (later layers are placed first)', () => {
    expect(ids.indexOf(NAMED_COUNTRY_LABEL)).toBe(ids.indexOf('marker-room') - 1);
    expect(ids.indexOf(NAMED_COUNTRY_LABEL)).toBeGreaterThan(ids.indexOf('named-place-label'));
  });
  it('are taken from the story’s countries’ layer, and only the story’s', () => {
    expect(filter(NAMED_COUNTRY_LABEL)).toContain('["literal",["CHN"]]');
    expect(filter(STORY_COUNTRY_LABEL)).toContain('["!",["in",["get","iso3"],["literal",["CHN"]]]]');
    // Turkmenistan's name stays with the other countries', after the routes'.
    expect(filter(NAMED_COUNTRY_LABEL)).not.toContain('TKM');
    expect(filter(STORY_COUNTRY_LABEL)).not.toContain('TKM');
  });
});

describe('storyCountries', () => {
  it('names the countries two or more entries name, not those named once', () => {
    const story = storyCountries(dataset);
    for (const iso3 of ['RUS', 'CHN', 'MMR', 'IND', 'PRK', 'KOR', 'VNM', 'JPN', 'KAZ']) expect(story).toContain(iso3);
    for (const iso3 of ['TKM', 'SYR']) expect(story).not.toContain(iso3);
  });
});
