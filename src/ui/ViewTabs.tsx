/** Map, Table or Sources: three views of the same data. The table is the map's accessible twin. */
import { useAppStore } from '../state/store.ts';
import type { ViewName } from '../state/url.ts';

const VIEWS: { id: ViewName; label: string }[] = [
  { id: 'map', label: 'Map' },
  { id: 'table', label: 'Table' },
  { id: 'sources', label: 'Sources' },
];

export function ViewTabs() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <nav className="segmented" aria-label="View">
      {VIEWS.map((v) => (
        <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
          {v.label}
        </button>
      ))}
    </nav>
  );
}
