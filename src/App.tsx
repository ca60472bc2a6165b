/**
 * The page: a header (title, search, views, projection), a side panel (layers, legend,
 * summary), the map or the table or the sources, the timeline, and the details of the
 * selection. The header's title is index.html's own: the app adds its tools beside it. Loads
 * the dataset once and starts the address-bar sync. Presentation and embed modes (src/modes/)
 * reshape it mostly in CSS, from attributes on <html>.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { ProjectionToggle } from './ui/ProjectionToggle.tsx';
import { ViewTabs } from './ui/ViewTabs.tsx';
import { fetchDataset } from './data/dataset.ts';
import { withCitations } from './state/citations.ts';
import { useAppStore, type AppState } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { SidePanel, PanelToggle } from './panel/SidePanel.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { CoveredYear } from './timeline/CoveredYear.tsx';
import { DetailsSlot } from './details/DetailsSlot.tsx';
import { ContextSlot } from './sources/ContextSlot.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { CiteButton } from './cite/CiteButton.tsx';
import { ShareButton } from './share/ShareButton.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { focusOnArrival } from './ui/focus-on-arrival.ts';
import { lazyPart } from './ui/lazy-part.ts';
import { PartSlot } from './ui/PartSlot.tsx';
import { useAppTheme } from './modes/useAppTheme.ts';
import { useModeAttributes } from './modes/useModeAttributes.ts';
import { isEmbedded, isPresenting } from './modes/modes.ts';
import { PresentSwitch } from './modes/PresentSwitch.tsx';
import { EmbedLink } from './modes/EmbedLink.tsx';
import { EmbedLegend } from './modes/EmbedLegend.tsx';
import { mapViewLoading } from './map/map-view-loading.ts';
import { useLoaded, type Loading } from './ui/loading.ts';
import type { MapView as MapViewComponent } from './map/MapView.tsx';
import type { Theme } from './map/theme.ts';
import { MapLoadingMessage } from './map/MapLoadingMessage.tsx';
import { ViewAnnouncer } from './summary/ViewSummary.tsx';
import { TourButton } from './tour/TourButton.tsx';
import { TourSlot } from './tour/TourSlot.tsx';

// Only browsers without WebGL show it: its code loads then, and never otherwise.
const noWebGL = lazyPart(() => import('./fallback/NoWebGL.tsx'), { whenIdle: false });
// The table and the sources are other views than the opening one: their code loads when first
// shown, with the entries' quotes (the table's sources, the entries each document is quoted in).
const tableView = lazyPart(
  withCitations(() => import('./table/TableView.tsx')),
  { whenIdle: false },
);
const sourcesView = lazyPart(
  withCitations(() => import('./sources/SourcesView.tsx')),
  { whenIdle: false },
);
/**
 * Where such a view lies: "Loading…" while its code comes, or the message that it could not come;
 * after "Try again" its heading takes the focus.
 */
const VIEW_SLOT = {
  placeholder: <p className="view-page">Loading…</p>,
  fallbackClassName: 'view-page',
  onRetry: () => focusOnArrival('.view-page h2'),
};

/** Presentation and embeds show the map: their headers have no view tabs. */
const shownView = (s: AppState) => (isEmbedded(s) || isPresenting(s) ? 'map' : s.view);

/** `header`: index.html's header, whose title is painted before this code runs. */
export function App({ header }: { header: HTMLElement }) {
  const theme = useAppTheme();
  useModeAttributes(theme.name);
  const embedded = useAppStore(isEmbedded);
  const view = useAppStore(shownView);
  const dataset = useAppStore((s) => s.dataset);
  const { error: loadError, retrying, retry: retryLoad } = useDatasetLoader();
  useEffect(() => startUrlSync(), []);

  return (
    <>
      {/* Into the header, after its title: replaced, the title would be painted again, and that
          later paint would be the page's largest (LCP) in place of the first. */}
      {createPortal(
        <>
          <div className="header-tools">
            <ErrorBoundary>
              <SearchBox />
            </ErrorBoundary>
            <ViewTabs />
            {/* Without WebGL the static map is drawn in the globe's perspective only. */}
            {mapViewLoading && <ProjectionToggle />}
            {/* After the views, where a phone's header shows it: Tab follows the rows a reader sees. */}
            <PanelToggle />
            <TourButton />
            <ErrorBoundary>
              <CiteButton />
            </ErrorBoundary>
            <ErrorBoundary>
              <ShareButton />
            </ErrorBoundary>
            <PresentSwitch />
          </div>
          <EmbedLink />
        </>,
        header,
      )}
      <div className="workspace">
        {!embedded && (
          <ErrorBoundary>
            <SidePanel />
          </ErrorBoundary>
        )}
        <main className="stage" id="main">
          <ViewAnnouncer />
          {loadError && (
            <p className="load-error" role="alert">
              {loadError}{' '}
              {/* Kept while the data is asked for again: the focus stays on it, to press again if that fails too. */}
              <button
                type="button"
                className="button"
                aria-disabled={retrying}
                onClick={retrying ? undefined : retryLoad}
              >
                {retrying ? 'Trying again…' : 'Try again'}
              </button>
            </p>
          )}
          {/* Inert while hidden: MapLibre makes its attribution visible, which kept it in the Tab order under the table.
              Not a region of its own: the map's canvas is one, named with its keys, as is the page shown without
              WebGL; a region around them, named alike, had each read twice. */}
          <div className="map-area" hidden={view !== 'map'} inert={view !== 'map'}>
            <ErrorBoundary>
              {mapViewLoading ? (
                <LoadedMapView loading={mapViewLoading} theme={theme} />
              ) : (
                <PartSlot
                  part={noWebGL}
                  render={(m) => <m.NoWebGL theme={theme} />}
                  placeholder={<MapLoadingMessage />}
                  onRetry={() => focusOnArrival('#no-webgl-title')}
                />
              )}
            </ErrorBoundary>
            <CoveredYear />
            {/* Without WebGL the static map carries its own key: the floating one covered the message's heading. */}
            {embedded && mapViewLoading && (
              <ErrorBoundary>
                <EmbedLegend />
              </ErrorBoundary>
            )}
          </div>
          {view === 'table' && dataset && <PartSlot part={tableView} render={(m) => <m.TableView />} {...VIEW_SLOT} />}
          {view === 'sources' && dataset && (
            <PartSlot part={sourcesView} render={(m) => <m.SourcesView />} {...VIEW_SLOT} />
          )}
          <ErrorBoundary>
            <TourSlot />
          </ErrorBoundary>
          {/* The years filter the map and the table; the list of sources is the same in any year. */}
          {view !== 'sources' && (
            <ErrorBoundary>
              <Timeline />
            </ErrorBoundary>
          )}
        </main>
        <ErrorBoundary>
          <DetailsSlot />
        </ErrorBoundary>
      </div>
      <ErrorBoundary>
        <ContextSlot />
      </ErrorBoundary>
    </>
  );
}

/**
 * Loads the dataset once (the store's setDataset drops a selection that names nothing in it). After a
 * failure, `retry` asks again (the connection may be back: a failed load is not kept); the error
 * stays until the data comes.
 */
function useDatasetLoader(): { error: string | null; retrying: boolean; retry: () => void } {
  const setDataset = useAppStore((s) => s.setDataset);
  const [error, setError] = [useAppStore((s) => s.loadError), useAppStore((s) => s.setLoadError)];
  const [attempt, setAttempt] = useState(0);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    fetchDataset()
      .then((dataset) => {
        const state = useAppStore.getState();
        // The "Try again" pressed goes with the message: the focus goes to the view the data fills.
        if (document.activeElement?.closest('.load-error'))
          focusOnArrival(shownView(state) === 'map' ? '.maplibregl-canvas, #no-webgl-title' : '.view-page h2');
        setError(null);
        setDataset(dataset);
      })
      .catch((e: unknown) => setError(`The data could not be loaded: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setRetrying(false));
  }, [setDataset, setError, attempt]);
  const retry = () => {
    setRetrying(true);
    setAttempt((n) => n + 1);
  };
  return { error, retrying, retry };
}

function LoadedMapView({ loading, theme }: { loading: Loading<typeof MapViewComponent>; theme: Theme }) {
  const MapView = useLoaded(loading);
  const exportTheme = useAppStore((s) => s.exportTheme);
  // Not created in render: it is MapView.tsx's own export, the same function every time.
  // eslint-disable-next-line react-hooks/static-components
  return MapView ? <MapView theme={exportTheme ?? theme} /> : <MapLoadingMessage />;
}
