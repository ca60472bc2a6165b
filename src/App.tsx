/**
 * The page: a header (title, search, views, projection), a side panel (layers, legend,
 * summary), the map or the table or the sources, the timeline, and the details of the
 * selection. Loads the dataset once and starts the address-bar sync.
 */
import { useEffect } from 'react';
import { MapView } from './map/MapView.tsx';
import { THEMES } from './map/theme.ts';
import { ProjectionToggle } from './ui/ProjectionToggle.tsx';
import { ViewTabs } from './ui/ViewTabs.tsx';
import { useColorScheme } from './ui/useColorScheme.ts';
import { fetchDataset } from './data/dataset.ts';
import { useAppStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import { SidePanel, PanelToggle } from './panel/SidePanel.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { SourcesView } from './sources/SourcesView.tsx';
import { ContextDialog } from './sources/ContextDialog.tsx';
import { TableView } from './table/TableView.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { CiteButton } from './cite/CiteButton.tsx';
import { selectionExists } from './data/selection.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { TourButton } from './tour/TourButton.tsx';
import { TourCard } from './tour/TourCard.tsx';

export function App() {
  const themeChoice = useAppStore((s) => s.theme);
  const scheme = useColorScheme();
  const theme = THEMES[themeChoice === 'auto' ? scheme : themeChoice];
  const view = useAppStore((s) => s.view);
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useDatasetLoader();
  useEffect(() => startUrlSync(), []);

  return (
    <div className="app" data-theme={theme.name}>
      <header className="app-header">
        <div className="title-block">
          <h1>Russia’s pivot to Asia</h1>
          <p className="subtitle">Arms, energy, rail, security and diplomacy: every claim cited from five sources</p>
        </div>
        <div className="header-tools">
          <PanelToggle />
          <ErrorBoundary>
            <SearchBox />
          </ErrorBoundary>
          <ViewTabs />
          <ProjectionToggle />
          <TourButton />
          <ErrorBoundary>
            <CiteButton />
          </ErrorBoundary>
        </div>
      </header>
      <div className="workspace">
        <ErrorBoundary>
          <SidePanel />
        </ErrorBoundary>
        <main className="stage" id="main">
          {loadError && (
            <p className="load-error" role="alert">
              {loadError}
            </p>
          )}
          <div className="map-area" hidden={view !== 'map'} aria-label="Map of Russia’s relationships in Asia">
            <ErrorBoundary>
              <MapView theme={theme} />
            </ErrorBoundary>
          </div>
          {view === 'table' && dataset && (
            <ErrorBoundary>
              <TableView />
            </ErrorBoundary>
          )}
          {view === 'sources' && dataset && (
            <ErrorBoundary>
              <SourcesView />
            </ErrorBoundary>
          )}
          <ErrorBoundary>
            <TourCard />
          </ErrorBoundary>
          <ErrorBoundary>
            <Timeline />
          </ErrorBoundary>
        </main>
        <ErrorBoundary>
          <DetailsPanel />
        </ErrorBoundary>
      </div>
      <ErrorBoundary>
        <ContextDialog />
      </ErrorBoundary>
    </div>
  );
}

/** Loads the dataset once; drops a selection from the address that names nothing in it. */
function useDatasetLoader(): string | null {
  const setDataset = useAppStore((s) => s.setDataset);
  const [error, setError] = [useAppStore((s) => s.loadError), useAppStore((s) => s.setLoadError)];
  useEffect(() => {
    fetchDataset()
      .then((dataset) => {
        const { selection, select } = useAppStore.getState();
        if (selection && !selectionExists(dataset, selection)) select(null);
        setDataset(dataset);
      })
      .catch((e: unknown) => setError(`The data could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
  }, [setDataset, setError]);
  return error;
}
