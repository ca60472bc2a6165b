import { MapView } from './map/MapView.tsx';
import { THEMES } from './map/theme.ts';
import { ProjectionToggle } from './ui/ProjectionToggle.tsx';
import { useColorScheme } from './ui/useColorScheme.ts';

export function App() {
  const theme = THEMES[useColorScheme()];
  return (
    <div className="app" data-theme={theme.name}>
      <header className="app-header">
        <h1>Russia’s pivot to Asia</h1>
        <p className="subtitle">Arms, energy, rail, security and diplomacy, from five sources, 1998–2022</p>
        <ProjectionToggle />
      </header>
      <main className="map-area" aria-label="Map of Russia’s relationships in Asia">
        <MapView theme={theme} />
      </main>
    </div>
  );
}
