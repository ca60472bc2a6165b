/**
 * Keeps the map's overlay sources, feature-states and country-name filters in step with the
 * overlay MapView builds from the store's view, without restyling the map. Part of MapView: only
 * it calls this, with its map.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { OVERLAY_SOURCES, type Overlay } from './style.ts';
import type { Theme } from './theme.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { holdFrames } from './hold-frames.ts';
import { skipNextDraw } from './pause-drawing.ts';
import { syncFeatureValues } from './highlight.ts';
import { LINE_SOURCE } from './layers/lines.ts';
import { HIDDEN_STATE } from './hidden.ts';
import { ROUTE_LABEL_SOURCE, ROUTE_NAME_FADED_STATE } from './layers/routes.ts';
import { INVOLVEMENT_STATE, involvementClasses } from './layers/countries.ts';
import { BASEMAP_SOURCES, countryLabelFilters, NAMED_COUNTRY_LABEL, STORY_COUNTRY_LABEL } from './layers/basemap.ts';

export type OverlaySourcesInput = {
  /** Whether the style's sources exist: feature-state set before has nothing to go on. */
  sourcesReady: boolean;
  overlay: Overlay | null;
  /** The overlay the style was built with (the sources' data as the style gave them). */
  styleOverlay: Overlay | null;
  theme: Theme;
  /** The story's countries (style.ts). */
  story: readonly string[];
  /** Whether the map has drawn its first frame. */
  drawnOnce: RefObject<boolean>;
};

export function useOverlaySources(
  mapRef: RefObject<MapRef | null>,
  { sourcesReady, overlay, styleOverlay, theme, story, drawnOnce }: OverlaySourcesInput,
): void {
  // A change of layers or year sets the data of the sources that changed. What the year shows
  // without new data is feature-state: the shading of countries and the hiding of other years'
  // flows and routes, so a step of the timeline re-tiles neither the basemap nor the lines. The
  // states wait for the new data to load, so the new year is drawn in one frame, not in one with
  // this year's lines over last year's markers and in another with the rest; the map draws no
  // frame meanwhile (hold-frames.ts).
  const sourcesShown = useRef<{ style: Overlay | null; data: Overlay | null }>({ style: null, data: null });
  const shaded = useRef(new globalThis.Map<string, number>());
  const hidden = useRef<Overlay['hidden']>(new globalThis.Map());
  const fadedNames = useRef<Overlay['fadedRouteNames']>(new globalThis.Map());
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay) return;
    const shown = sourcesShown.current.style === styleOverlay ? sourcesShown.current.data : styleOverlay;
    const reloading = showOverlay(map, shown, overlay);
    sourcesShown.current = { style: styleOverlay, data: overlay };
    const applyStates = () => {
      const classes = involvementClasses(overlay.involvement, theme.involvement.length);
      shaded.current = syncFeatureValues(map, BASEMAP_SOURCES.countries, INVOLVEMENT_STATE, shaded.current, classes);
      hidden.current = syncFeatureValues(map, LINE_SOURCE, HIDDEN_STATE, hidden.current, overlay.hidden);
      fadedNames.current = syncFeatureValues(
        map,
        ROUTE_LABEL_SOURCE,
        ROUTE_NAME_FADED_STATE,
        fadedNames.current,
        overlay.fadedRouteNames,
      );
    };
    // With nothing to load (a new selection fading the other lines, a year of the same places),
    // the page paints first and the map a frame later, as for the highlights below. Not before
    // the map's first frame, which the states must be in.
    if (reloading.length === 0 && drawnOnce.current) return afterNextPaint(applyStates);
    // New lines (a change of layers) take their states at once: a state set before a feature
    // arrives waits for it, so a line of another year never shows while its tiles come in.
    const linesReloading = reloading.includes(LINE_SOURCE);
    if (linesReloading) applyStates();
    const release = reloading.length > 0 ? holdFrames(map) : () => undefined;
    const cancel = whenSourcesLoaded(map, reloading, () => {
      if (!linesReloading) applyStates();
      // New labels (places, flows' arrows) are placed twice by MapLibre: only the second frame draws.
      if (reloading.length > 0) skipNextDraw(map);
      release();
    });
    return () => {
      cancel();
      release();
    };
  }, [mapRef, drawnOnce, sourcesReady, overlay, styleOverlay, theme]);

  // The countries named first are the filters of the country names' layers (named-countries.ts):
  // set when they change, as the sources' data are, rather than by a restyle. After the page's
  // next paint, as the highlights: the details come first.
  const countriesShown = useRef<{ style: Overlay | null; named: readonly string[] }>({ style: null, named: [] });
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay || !styleOverlay) return;
    const { style: shownStyle, named: shownNamed } = countriesShown.current;
    const shown = shownStyle === styleOverlay ? shownNamed : styleOverlay.namedCountries;
    const named = overlay.namedCountries;
    if (shown === named) return void (countriesShown.current = { style: styleOverlay, named });
    const filters = countryLabelFilters(story, named);
    return afterNextPaint(() => {
      for (const layer of [STORY_COUNTRY_LABEL, NAMED_COUNTRY_LABEL]) map.setFilter(layer, filters[layer]);
      countriesShown.current = { style: styleOverlay, named };
    });
  }, [mapRef, sourcesReady, overlay, styleOverlay, story]);
}

/**
 * Sets the data of each overlay source whose features changed since `shown`, the overlay the map
 * holds (buildOverlay keeps unchanged ones as the same object). Returns the ids of those sources.
 */
function showOverlay(map: MapLibreMap, shown: Overlay | null, overlay: Overlay): string[] {
  const changed = OVERLAY_SOURCES.filter(([, key]) => shown && shown[key] !== overlay[key]);
  for (const [sourceId, key] of changed) map.getSource<GeoJSONSource>(sourceId)?.setData(overlay[key]);
  return changed.map(([sourceId]) => sourceId);
}

/**
 * Runs `task` once the given sources have loaded their new data, in the same task as the last
 * tile's arrival so that MapLibre draws both in one frame (at once if none is loading; at the
 * latest when the map is next idle). Returns a cancel function.
 */
function whenSourcesLoaded(map: MapLibreMap, sourceIds: string[], task: () => void): () => void {
  const waiting = new Set(sourceIds);
  const finish = () => {
    map.off('sourcedata', onData);
    map.off('idle', finish);
    task();
  };
  const onData = (e: MapSourceDataEvent) => {
    // The first event only says the worker has the data; the tiles' events follow.
    if (e.sourceDataType !== 'metadata' && e.isSourceLoaded) waiting.delete(e.sourceId);
    if (waiting.size === 0) finish();
  };
  if (waiting.size === 0) {
    task();
    return () => undefined;
  }
  map.on('sourcedata', onData);
  map.on('idle', finish);
  return () => {
    map.off('sourcedata', onData);
    map.off('idle', finish);
  };
}
