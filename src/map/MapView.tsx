/**
 * The only module that talks to MapLibre imperatively. Once the label fonts are loaded, it draws
 * the style built from the store's view, turns hovers and clicks into selections, moves the camera
 * when the table, search or store asks (the moves are camera-moves.ts's), and marks `map-ready`
 * (User Timing) the first time the map is idle with the data layers drawn.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Map, NavigationControl, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapSourceDataEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapUrls, fetchCountryShapes } from './basemap-data.ts';
import {
  HIGHLIGHT_LAYER,
  HIGHLIGHT_SOURCE,
  highlightShapes,
  isOutlined,
  type CountryShapes,
} from './layers/highlight-shapes.ts';
import { loadMapFonts } from './fonts.ts';
import { buildStyle, OVERLAY_SOURCES, storyCountries, type Overlay } from './style.ts';
import { overlayBuilder } from './overlay.ts';
import { keepLoadedBasemap } from './keep-basemap.ts';
import { useValueAt } from '../ui/useValueAt.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { openingCamera } from './camera.ts';
import {
  bringSelectionIntoSight,
  flyToSelection,
  keepClickInSight,
  meetCameraRequest,
  openOnChapter,
} from './camera-moves.ts';
import type { Theme } from './theme.ts';
import { FLOW_LAYER_IDS } from './layers/flows.ts';
import { LINE_SOURCE } from './layers/lines.ts';
import { HIDDEN_STATE, isShown } from './hidden.ts';
import { focusOf } from './focus.ts';
import { namedPlacesOf } from './named-places.ts';
import { namedCountriesOf } from './named-countries.ts';
import { PLACE_LAYER_IDS } from './layers/places.ts';
import { ROUTE_LABEL_SOURCE, ROUTE_LAYER_IDS, ROUTE_NAME_FADED_STATE } from './layers/routes.ts';
import { provideMapImages } from './map-images.ts';
import { hideLabelsCutByEdge } from './edge-labels.ts';
import { paintPageFirst } from './paint-page-first.ts';
import { holdFrames } from './hold-frames.ts';
import { drawWhenLoaded, skipNextDraw } from './pause-drawing.ts';
import { mapLib } from './map-engine.ts';
import { noteMapTheme, setSnapshotMap } from './snapshot.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { visibleEntries } from '../data/visible.ts';
import { widthScalesOf } from '../scales/cache.ts';
import { applyHighlights, highlightTarget, syncFeatureValues, type HighlightTarget } from './highlight.ts';
import { INVOLVEMENT_STATE, involvementClasses } from './layers/countries.ts';
import { BASEMAP_SOURCES, countryLabelFilters, NAMED_COUNTRY_LABEL, STORY_COUNTRY_LABEL } from './layers/basemap.ts';
import { useShallow } from 'zustand/react/shallow';

declare global {
  interface Window {
    /** The live map, for end-to-end tests and benchmarks that query rendered features. */
    pivotMap?: MapLibreMap;
  }
}

/**
 * MapLibre draws labels only with fonts the page has loaded. Asked for when this module loads,
 * they arrive with the engine, not after the first render; the app shows the map view once they
 * have (App.tsx).
 */
export const mapFonts = loadMapFonts();

/** Clickable layers, most specific first: a marker wins over a flow, a flow over a country. */
const INTERACTIVE_LAYERS = [...PLACE_LAYER_IDS, ...FLOW_LAYER_IDS, ...ROUTE_LAYER_IDS, 'country-fill'];

type Tooltip = { x: number; y: number; text: string };

export function MapView({ theme }: { theme: Theme }) {
  const mapRef = useRef<MapRef | null>(null);
  const { projection, dataset, layers, time, selection, hovered, flyRequest, embed, cameraRequest, focus, chapter } =
    useAppStore(
      useShallow((s) => ({
        projection: s.projection,
        dataset: s.dataset,
        layers: s.layers,
        time: s.time,
        selection: s.selection,
        hovered: s.hovered,
        flyRequest: s.flyRequest,
        embed: s.embed,
        cameraRequest: s.cameraRequest,
        // The selection singled out on the map, the lines it is not about drawn faint (focus.ts).
        focus: focusOf(s),
        chapter: s.chapter,
      })),
    );
  const { select, setHovered, setCamera } = useAppStore.getState();
  const [basemap] = useState(() => basemapUrls(document.baseURI));
  const dataFailed = useAppStore((s) => s.loadError !== null);
  const [error, setError] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [drawn, setDrawn] = useState(false);
  // Read by the idle handler, which can run in the frame that loads the map but does not draw it.
  const drawnOnce = useRef(false);
  const [initialCamera] = useState(() => {
    const { camera, chapter } = useAppStore.getState();
    return openingCamera(camera, chapter !== null, window.innerWidth, window.innerHeight);
  });

  const scales = useMemo(() => (dataset ? widthScalesOf(dataset) : {}), [dataset]);
  // A reader holding an arrow key on the timeline steps many years a second; the map redraws
  // for the year it lands on, not for every year passed on the way (React drops stale renders).
  const mapTime = useDeferredValue(time);
  const [overlayOf] = useState(overlayBuilder);
  // Flows and routes of every year are drawn and those of other years hidden (overlay.ts).
  const drawnLines = useMemo(() => dataset && visibleEntries(dataset, layers, null), [dataset, layers]);
  // Its name is placed before all others (layers/routes.ts): selecting a route sets the route labels' data.
  const selectedRoute = selection?.kind === 'route' ? selection.id : null;
  // The places the selection and the tour's chapter are about are named at any zoom (named-places.ts),
  // the countries the selection is about before the places (named-countries.ts).
  const chapterShown = dataset && chapter !== null ? (dataset.tour[chapter - 1] ?? null) : null;
  const namedPlaces = useMemo(
    () => (dataset ? namedPlacesOf(dataset, chapterShown, selection) : undefined),
    [dataset, chapterShown, selection],
  );
  const story = useMemo(() => storyCountries(dataset), [dataset]);
  const namedCountries = useMemo(
    () => (dataset ? namedCountriesOf(dataset, selection, story) : undefined),
    [dataset, selection, story],
  );
  const overlay = useMemo(
    () =>
      dataset && drawnLines
        ? overlayOf(dataset, visibleEntries(dataset, layers, mapTime), scales, {
            drawn: drawnLines,
            yearChosen: mapTime !== null,
            selectedRoute,
            focus,
            namedPlaces,
            namedCountries,
          })
        : null,
    [overlayOf, dataset, layers, mapTime, scales, drawnLines, selectedRoute, focus, namedPlaces, namedCountries],
  );
  const hasOverlay = overlay !== null;
  // The map starts with its data in the first style (the dataset is small and arrives before the
  // engine does): starting bare and restyling would tile everything twice. Later changes of the
  // data go straight to their sources (below): a restyle costs more, and reloads the basemap.
  const styleOverlay = useValueAt(overlay, [dataFailed, basemap, theme, projection, hasOverlay]);
  const style = useMemo(
    () => (hasOverlay || dataFailed ? buildStyle(basemap, theme, projection, styleOverlay) : null),
    [dataFailed, basemap, theme, projection, hasOverlay, styleOverlay],
  );

  // After the map component has passed the style on (its layout effect): an export may wait for it.
  useEffect(() => {
    if (style) noteMapTheme(theme.name);
  }, [style, theme.name]);

  // The data, and with it a linked chapter's view, came after the map was created: it opens there.
  const hasStyle = style !== null;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && hasStyle && !drawnOnce.current) openOnChapter(map);
  }, [hasStyle]);

  // A change of layers or year sets the data of the sources that changed. What the year shows
  // without new data is feature-state: the shading of countries and the hiding of other years'
  // flows and routes, so a step of the timeline re-tiles neither the basemap nor the lines. The
  // states wait for the new data to load, so the new year is drawn in one frame, not in one with
  // this year's lines over last year's markers and in another with the rest; the map draws no
  // frame meanwhile (hold-frames.ts).
  const [sourcesReady, setSourcesReady] = useState(false);
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
  }, [sourcesReady, overlay, styleOverlay, theme]);

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
  }, [sourcesReady, overlay, styleOverlay, story]);

  // What the selection and the hover light up (highlight.ts), worked out once for both ways of
  // drawing it: feature-state and the highlight source's outlines.
  const selectedTarget = useMemo(
    () => overlay && highlightTarget(selection, 'selected', overlay.eventPlaces),
    [overlay, selection],
  );
  const hoveredTarget = useMemo(
    () => overlay && highlightTarget(hovered, 'hovered', overlay.eventPlaces),
    [overlay, hovered],
  );

  // Markers, hovered lines and the selected line are feature-state: one repaint, no restyle.
  // Applied again once the style's sources exist (`sourcesReady`), since a state set before has none.
  const selectedShown = useRef<HighlightTarget[]>([]);
  const hoveredShown = useRef<HighlightTarget[]>([]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay) return;
    // The details panel paints first and the map's highlight a frame later: a map frame costs
    // ten times what the panel does in software WebGL, and the reader is waiting for the text.
    return afterNextPaint(() => {
      selectedShown.current = applyHighlights(map, selectedShown.current, byFeatureState(selectedTarget));
    });
  }, [sourcesReady, overlay, selectedTarget]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay) return;
    hoveredShown.current = applyHighlights(map, hoveredShown.current, byFeatureState(hoveredTarget));
  }, [sourcesReady, overlay, hoveredTarget]);

  // Outlines of the selected flow, route or country and of the hovered country are the highlight
  // source's data (highlight-shapes.ts picks them). Set again after a restyle, which empties the source.
  const highlighted = useMemo(
    () => [selectedTarget, hoveredTarget].filter((t): t is HighlightTarget => t !== null),
    [selectedTarget, hoveredTarget],
  );
  const countryShapes = useCountryShapes(highlighted.some((t) => t.source === BASEMAP_SOURCES.countries));
  const outlinesShown = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay) return;
    const shapes = highlightShapes(highlighted, overlay, countryShapes);
    // Nothing outlined before or now (most steps of the timeline): setting it again would re-tile it.
    if (shapes.features.length === 0 && outlinesShown.current === 0) return;
    return afterNextPaint(() => {
      map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData(shapes);
      map.setLayoutProperty(HIGHLIGHT_LAYER, 'visibility', shapes.features.length > 0 ? 'visible' : 'none');
      outlinesShown.current = shapes.features.length;
    });
  }, [sourcesReady, overlay, highlighted, countryShapes, style]);

  // Fly to the selection when the table or search asks for it.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const { selection: target } = useAppStore.getState();
    if (!map || !target || flyRequest === 0) return;
    flyToSelection(map, target);
  }, [flyRequest]);

  // Move to a camera the tour or the history asks for; a request made before the map exists is met on load.
  const metRequest = useRef(0);
  // True while the map jumps to the camera of an address reached by Back or Forward: the moves
  // ending then are not written back to the address (onMoveEnd).
  const showingAddress = useRef(false);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map) meetCameraRequest(map, metRequest, showingAddress);
  }, [cameraRequest]);

  if (!style) return <p className="map-message">Loading the map…</p>;

  const onHover = (e: MapLayerMouseEvent) => {
    const feature = e.features?.find(isShown);
    const next = feature ? selectionOf(feature) : null;
    const current = useAppStore.getState().hovered;
    if (next?.id !== current?.id || next?.kind !== current?.kind) setHovered(next);
    setTooltip(feature ? { x: e.point.x, y: e.point.y, text: tooltipText(feature) } : null);
  };

  return (
    <>
      <Map
        ref={(ref: MapRef | null) => {
          mapRef.current = ref;
          if (ref && window.pivotMap !== ref.getMap()) {
            window.pivotMap = ref.getMap();
            // The data (and a linked chapter's view) came after initialCamera was taken, but before the map.
            if (!drawnOnce.current) openOnChapter(window.pivotMap);
            drawWhenLoaded(window.pivotMap, () => {
              drawnOnce.current = true;
              setDrawn(true);
            });
            provideMapImages(window.pivotMap);
            hideLabelsCutByEdge(window.pivotMap);
            setSnapshotMap(window.pivotMap);
          }
        }}
        mapLib={mapLib}
        workerUrl={workerUrl}
        mapStyle={style}
        transformStyle={keepLoadedBasemap}
        initialViewState={initialCamera}
        // In an embed the host page keeps the wheel and one-finger drags: Ctrl/⌘ + wheel or two
        // fingers move the map. Read once, at creation (embed never changes within a page).
        cooperativeGestures={embed}
        minZoom={0.8}
        maxZoom={8}
        // Labels appear at once instead of fading in: each fade costs the map four to six more
        // frames, a second in software WebGL (a school laptop's), after every change of year.
        fadeDuration={0}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovered ? 'pointer' : 'grab'}
        attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
        onMouseMove={onHover}
        onMouseLeave={() => {
          setHovered(null);
          setTooltip(null);
        }}
        onClick={(e) => {
          const feature = e.features?.find(isShown);
          select(feature ? selectionOf(feature) : null);
          // After a tap the browser's emulated mouse move left the tooltip up, over the details.
          setTooltip(null);
          paintPageFirst(e.target);
          if (feature) keepClickInSight(e.target, e.point);
        }}
        onMoveEnd={(e) => {
          if (showingAddress.current) return;
          if (!e.originalEvent && !useAppStore.getState().camera && flyRequest === 0) return;
          const { longitude, latitude, zoom } = e.viewState;
          setCamera({ longitude, latitude, zoom });
        }}
        // Feature-state (shading, highlights) can be set as soon as the style's sources exist:
        // set then, it is in the first frame drawn with tiles, not a frame of its own after `load`.
        onStyleData={(e) => {
          if (e.target.getSource(BASEMAP_SOURCES.countries)) setSourcesReady(true);
        }}
        onLoad={(e) => meetCameraRequest(e.target, metRequest, showingAddress)}
        onIdle={(e) => {
          if (overlay && drawnOnce.current && performance.getEntriesByName('map-ready').length === 0) {
            performance.mark('map-ready');
            bringSelectionIntoSight(e.target, { whole: useAppStore.getState().camera === null });
          }
        }}
        onError={(e) => setError(`Part of the map could not be drawn: ${e.error?.message ?? 'unknown error'}`)}
        style={{ position: 'absolute', inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
      </Map>
      {!drawn && <p className="map-message">Drawing the map…</p>}
      {error && (
        <p className="map-message map-error" role="alert">
          {error}
        </p>
      )}
      {tooltip && (
        <div className="map-tooltip" style={{ left: tooltip.x, top: tooltip.y }} aria-hidden="true">
          {tooltip.text}
        </div>
      )}
    </>
  );
}

/**
 * The highlight to set as feature-state: none when the highlight source outlines it, except a
 * selected flow or route, whose state keeps it from being drawn faint (hidden.ts).
 */
function byFeatureState(target: HighlightTarget | null): HighlightTarget[] {
  return target && (!isOutlined(target) || target.source === LINE_SOURCE) ? [target] : [];
}

/** The country shapes, loaded when first `needed` (null until then, or if they cannot be loaded). */
function useCountryShapes(needed: boolean): CountryShapes | null {
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  useEffect(() => {
    if (!needed || shapes) return;
    let cancelled = false;
    // Without them a country is still shaded and named in the details panel: no outline is all that is lost.
    fetchCountryShapes().then(
      (loaded) => !cancelled && setShapes(loaded),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [needed, shapes]);
  return shapes;
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

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
  const layer = feature.layer.id;
  const id = String(feature.properties.id ?? feature.properties.iso3 ?? '');
  if (PLACE_LAYER_IDS.includes(layer)) return { kind: 'place', id };
  if (FLOW_LAYER_IDS.includes(layer)) return { kind: 'relation', id };
  if (ROUTE_LAYER_IDS.includes(layer)) return { kind: 'route', id };
  if (layer === 'country-fill') return { kind: 'country', id: String(feature.properties.iso3) };
  return null;
}

function tooltipText(feature: MapGeoJSONFeature): string {
  const p = feature.properties;
  if (feature.layer.id === 'place-marker' && p.role === 'event')
    return `${p.name}: ${p.events} event${p.events === 1 ? '' : 's'}`;
  return String(p.title ?? p.name ?? '');
}
