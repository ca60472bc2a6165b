/**
 * The engine floor: a bare MapLibre page drawing the app's basemap (the same generated files,
 * layers, theme, label fonts, worker setup and opening camera) and nothing else. It marks
 * `map-ready` on its first idle, as the app does, so the benchmark can set the app's figures
 * against what the engine alone costs. MapLibre is imported dynamically, as in the app, so it is
 * a chunk of its own, loaded beside the fonts; the map is created once both have arrived (labels
 * are drawn only with fonts the page has loaded) and its worker fetches the basemap by URL.
 */
import type { StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapUrls } from '../../../src/map/basemap-data.ts';
import { loadMapFonts } from '../../../src/map/fonts.ts';
import { BASEMAP_SOURCES, basemapLayers } from '../../../src/map/layers/basemap.ts';
import { defaultCamera } from '../../../src/map/camera.ts';
import { THEMES } from '../../../src/map/theme.ts';
import './floor.css';

const urls = basemapUrls(document.baseURI);
const camera = defaultCamera(window.innerWidth, window.innerHeight - 60);
const style: StyleSpecification = {
  version: 8,
  projection: { type: 'globe' },
  sources: {
    [BASEMAP_SOURCES.countries]: { type: 'geojson', data: urls.countries },
    [BASEMAP_SOURCES.labels]: { type: 'geojson', data: urls.labels },
  },
  layers: basemapLayers(THEMES.light),
};

const [{ Map: MapLibreMap, setWorkerUrl }] = await Promise.all([import('maplibre-gl'), loadMapFonts()]);
setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  style,
  center: [camera.longitude, camera.latitude],
  zoom: camera.zoom,
  minZoom: 0.8,
  maxZoom: 8,
});
window.pivotMap = map;
map.once('idle', () => performance.mark('map-ready'));
