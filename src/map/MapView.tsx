/**
 * The only module that talks to MapLibre imperatively. It waits for the basemap and the label
 * fonts, then mounts the map; marks `map-ready` (User Timing) the first time the map is idle.
 */
import { useEffect, useMemo, useState } from 'react';
import { Map, NavigationControl, type MapRef } from '@vis.gl/react-maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { fetchBasemap } from './basemap-data.ts';
import { loadMapFonts } from './fonts.ts';
import { buildStyle, type Basemap } from './style.ts';
import { defaultCamera } from './camera.ts';
import type { Theme } from './theme.ts';
import { useAppStore } from '../state/store.ts';

declare global {
  interface Window {
    /** The live map, for end-to-end tests and benchmarks that query rendered features. */
    pivotMap?: MapLibreMap;
  }
}

type Props = { theme: Theme };

export function MapView({ theme }: Props) {
  const projection = useAppStore((s) => s.projection);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([fetchBasemap(), loadMapFonts()])
      .then(([data]) => !cancelled && setBasemap(data))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, []);

  const [initialCamera] = useState(() => defaultCamera(window.innerWidth, window.innerHeight - 60));
  const style = useMemo(() => (basemap ? buildStyle(basemap, theme) : null), [basemap, theme]);

  if (error)
    return (
      <p className="map-message" role="alert">
        {error}
      </p>
    );
  if (!style) return <p className="map-message">Loading the map…</p>;

  return (
    <Map
      ref={(ref: MapRef | null) => {
        if (ref) window.pivotMap = ref.getMap();
      }}
      workerUrl={workerUrl}
      mapStyle={style}
      projection={projection}
      initialViewState={initialCamera}
      minZoom={0.8}
      maxZoom={8}
      attributionControl={{ compact: true, customAttribution: 'Natural Earth' }}
      onIdle={markReadyOnce}
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-right" showCompass={false} />
    </Map>
  );
}

function markReadyOnce() {
  if (performance.getEntriesByName('map-ready').length === 0) performance.mark('map-ready');
}
