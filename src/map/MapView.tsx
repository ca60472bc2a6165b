/**
 * The only module that talks to MapLibre imperatively. Once the label fonts are loaded, it draws
 * the style built from the store's view, keeps the map's sources in step with the view
 * (useOverlaySources.ts) and lights up the selection (useMapHighlights.ts), turns hovers and clicks
 * into selections, moves the camera when the table, search or store asks (the moves are
 * camera-moves.ts's), and marks `map-ready` (User Timing) the first time the map is idle with the
 * data layers drawn.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Map, NavigationControl, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import { ResetViewControl } from './ResetView.tsx';
import { openChapter } from '../tour/chapters.ts';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map-controls.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapUrls } from './basemap-data.ts';
import { loadMapFonts } from './fonts.ts';
import { buildStyle, storyCountries } from './style.ts';
import { overlayBuilder } from './overlay.ts';
import { keepLoadedBasemap } from './keep-basemap.ts';
import { useValueAt } from '../ui/useValueAt.ts';
import { addressFrame, cameraChosenHere, openingCamera } from './camera.ts';
import {
  bringSelectionIntoSight,
  keepInSightOnResize,
  flyToSelection,
  keepClickInSight,
  letPaddingGo,
  meetCameraRequest,
  openOnChapter,
} from './camera-moves.ts';
import type { Theme } from './theme.ts';
import { FLOW_CORE_LAYER_IDS, FLOW_LAYER_IDS } from './layers/flows.ts';
import { MARKER_GRIP, pickFeature, REACH } from './pick.ts';
import { focusOf } from './focus.ts';
import { namedPlacesOf } from './named-places.ts';
import { namedCountriesOf } from './named-countries.ts';
import { PLACE_LAYER_IDS } from './layers/places.ts';
import { eventMarkerTitle } from './layers/event-groups.ts';
import { ROUTE_LAYER_IDS } from './layers/routes.ts';
import { provideMapImages } from './map-images.ts';
import { hideLabelsCutByEdge } from './edge-labels.ts';
import { paintPageFirst } from './paint-page-first.ts';
import { mapAttribution } from './attribution.ts';
import { drawWhenLoaded } from './pause-drawing.ts';
import { mapLib } from './map-engine.ts';
import { noteMapTheme, setSnapshotMap } from './snapshot.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { visibleEntries } from '../data/visible.ts';
import { widthScalesOf } from '../scales/cache.ts';
import { BASEMAP_SOURCES } from './layers/basemap.ts';
import { useOverlaySources } from './useOverlaySources.ts';
import { useMapHighlights } from './useMapHighlights.ts';
import { MapLoadingMessage } from './MapLoadingMessage.tsx';
import { useShallow } from 'zustand/react/shallow';
import { prefersReducedMotion } from '../ui/motion.ts';

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

/** What a click chooses before a country's shape, even a little off it (pick.ts): markers, ties and routes. */
const FLOW_MARKS = [...FLOW_LAYER_IDS, ...FLOW_CORE_LAYER_IDS];
const MARK_LAYERS = [...PLACE_LAYER_IDS, ...FLOW_MARKS, ...ROUTE_LAYER_IDS];
/** Clickable layers, most specific first: a marker wins over a flow, a flow over a country. */
const INTERACTIVE_LAYERS = [...MARK_LAYERS, 'country-fill'];

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
    const { camera, chapter, projection } = useAppStore.getState();
    return openingCamera(camera, chapter !== null, window.innerWidth, window.innerHeight, projection);
  });

  // The scale the markers are drawn at, as of the last move: overlapping ones are drawn as one (event-groups.ts).
  const [markerCamera, setMarkerCamera] = useState(() => ({
    zoom: initialCamera.zoom,
    latitude: initialCamera.latitude,
  }));
  const markers = useMemo(() => ({ ...markerCamera, projection, theme }), [markerCamera, projection, theme]);

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
  const chapterShown = openChapter({ chapter, dataset }) ?? null;
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
            markers,
            selection,
          })
        : null,
    [
      overlayOf,
      dataset,
      layers,
      mapTime,
      scales,
      drawnLines,
      selectedRoute,
      focus,
      namedPlaces,
      namedCountries,
      markers,
      selection,
    ],
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

  const [sourcesReady, setSourcesReady] = useState(false);
  useOverlaySources(mapRef, { sourcesReady, overlay, styleOverlay, theme, story, drawnOnce });
  const pointedAt = useAppStore((s) => s.pointedAt);
  useMapHighlights(mapRef, { sourcesReady, overlay, selection, hovered, pointedAt, style });

  // Fly to the selection when the table or search asks for it.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const { selection: target } = useAppStore.getState();
    if (!map || !target || flyRequest === 0) return;
    flyToSelection(map, target);
  }, [flyRequest]);

  // Closed, the details leave the whole map to the globe fitted beside them.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && !selection) letPaddingGo(map);
  }, [selection]);

  // Move to a camera the tour or the history asks for; a request made before the map exists is met on load.
  const metRequest = useRef(0);
  // True while the map jumps to the camera of an address reached by Back or Forward: the moves
  // ending then are not written back to the address (onMoveEnd).
  const showingAddress = useRef(false);

  useEffect(() => {
    const drawnMap = () => (drawnOnce.current ? (mapRef.current?.getMap() ?? null) : null);
    return keepInSightOnResize(drawnMap, useAppStore.getState().camera, showingAddress);
  }, []);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map) meetCameraRequest(map, metRequest, showingAddress);
  }, [cameraRequest]);

  if (!style) return <MapLoadingMessage />;

  const onHover = (e: MapLayerMouseEvent) => {
    const feature = pickAt(e);
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
        // fingers move the map. Read once, at creation (embed never changes within a page). So does
        // a page framing the full map (an editor pasting its address, not `embed=1`): its wheel
        // zoomed the map, and the article stopped scrolling over it.
        cooperativeGestures={embed || window.top !== window}
        minZoom={0.8}
        maxZoom={8}
        // Labels appear at once instead of fading in: each fade costs the map four to six more
        // frames, a second in software WebGL (a school laptop's), after every change of year.
        fadeDuration={0}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hovered ? 'pointer' : 'grab'}
        attributionControl={{ compact: true, customAttribution: mapAttribution(embed, window.location.href) }}
        locale={{ 'Map.Title': mapTitle(embed) }}
        onMouseMove={onHover}
        onMouseLeave={() => {
          setHovered(null);
          setTooltip(null);
        }}
        onClick={(e) => {
          const feature = pickAt(e);
          // After a tap the browser's emulated mouse move left the tooltip up, over the details,
          // and the country under the finger outlined as hovered, as if part of what was tapped.
          setTooltip(null);
          if (touched(e)) setHovered(null);
          if (feature && zoomInOnGroup(e.target, feature, e.originalEvent)) return;
          select(feature ? selectionOf(feature) : null);
          paintPageFirst(e.target);
          if (feature) keepClickInSight(e.target, e.point);
        }}
        onMoveEnd={(e) => {
          const { longitude, latitude, zoom } = e.viewState;
          setMarkerCamera((c) => (c.zoom === zoom && c.latitude === latitude ? c : { zoom, latitude }));
          if (showingAddress.current) return;
          // An embed's camera is the editor's until the reader moves the map: the one a phone's
          // column fitted to its tie opened the full map (EmbedLink) zoomed out to the world.
          if (!e.originalEvent && (embed || (!useAppStore.getState().camera && flyRequest === 0))) return;
          setCamera({ longitude, latitude, zoom, frame: addressFrame(window.innerWidth, window.innerHeight) });
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
            const chosenHere = cameraChosenHere(useAppStore.getState().camera, window.innerWidth, window.innerHeight);
            bringSelectionIntoSight(e.target, { whole: !chosenHere });
          }
        }}
        onError={(e) => setError(`Part of the map could not be drawn: ${e.error?.message ?? 'unknown error'}`)}
        style={{ position: 'absolute', inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ResetViewControl />
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

/** What a click, tap or pointer is on, a finger reaching further than a mouse (pick.ts). */
function pickAt(e: MapLayerMouseEvent): MapGeoJSONFeature | undefined {
  const finger = touched(e);
  return pickFeature(e.target, e.point, e.features ?? [], {
    reach: finger ? REACH.touch : REACH.mouse,
    grip: finger ? MARKER_GRIP : 0,
    marks: MARK_LAYERS,
    area: 'country-fill',
  });
}

/** Whether a click came from a finger (its pointer event says so; a mouse move never does). */
function touched(e: MapLayerMouseEvent): boolean {
  return (e.originalEvent as Partial<PointerEvent>).pointerType === 'touch';
}

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
  const layer = feature.layer.id;
  const id = String(feature.properties.id ?? feature.properties.iso3 ?? '');
  if (PLACE_LAYER_IDS.includes(layer)) return { kind: 'place', id };
  if (FLOW_MARKS.includes(layer)) return { kind: 'relation', id };
  if (ROUTE_LAYER_IDS.includes(layer)) return { kind: 'route', id };
  if (layer === 'country-fill') return { kind: 'country', id: String(feature.properties.iso3) };
  return null;
}

/**
 * A click on markers drawn as one (event-groups.ts) zooms in to where they part. Whether it was
 * one. The move carries the click, as the reader's own: the address keeps the camera (onMoveEnd).
 */
function zoomInOnGroup(map: MapLibreMap, feature: MapGeoJSONFeature, click: MouseEvent): boolean {
  const { grouped, partsAtZoom } = feature.properties;
  if (!grouped || feature.geometry.type !== 'Point') return false;
  const [lng, lat] = feature.geometry.coordinates;
  const duration = prefersReducedMotion() ? 0 : 800;
  map.easeTo({ center: [lng, lat], zoom: Number(partsAtZoom), duration }, { originalEvent: click });
  return true;
}

function tooltipText(feature: MapGeoJSONFeature): string {
  const p = feature.properties;
  if (feature.layer.id === 'place-marker' && p.role === 'event')
    return `${eventMarkerTitle(p)}${p.grouped ? ' (click to zoom in)' : ''}`;
  return String(p.title ?? p.name ?? '');
}

/**
 * The canvas's name, which a screen reader says on reaching it with Tab (MapLibre's own is "Map"):
 * what it shows, its keys, and where its entries are listed as text (an embed has no side panel).
 */
function mapTitle(embed: boolean): string {
  const keys = 'Map of Russia’s relationships in Asia. Arrow keys move it, plus and minus zoom.';
  return embed ? keys : `${keys} “On the map now”, in the side panel, lists what it shows.`;
}
