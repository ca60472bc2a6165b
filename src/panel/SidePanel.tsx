/**
 * The side panel: layers, legend, a plain-language summary and the list of what the map shows.
 * On a phone it is a drawer opened from the header's "Layers" button.
 */
import { useEffect } from 'react';
import { LayerPanel } from './LayerPanel.tsx';
import { Legend } from '../legend/Legend.tsx';
import { InViewList } from './InViewList.tsx';
import { ViewSummary } from '../summary/ViewSummary.tsx';
import { useAppStore } from '../state/store.ts';

export function SidePanel() {
  const open = useAppStore((s) => s.panelOpen);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPanelOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, setPanelOpen]);
  return (
    <aside className="side-panel" id="side-panel" data-open={open} aria-label="Layers, legend and summary">
      <button type="button" className="button panel-close" onClick={() => setPanelOpen(false)}>
        Close
      </button>
      <ViewSummary />
      <LayerPanel />
      <Legend />
      <InViewList />
    </aside>
  );
}

/** The header button that opens the side panel on small screens. */
export function PanelToggle() {
  const open = useAppStore((s) => s.panelOpen);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  return (
    <button
      type="button"
      className="button panel-toggle"
      aria-expanded={open}
      aria-controls="side-panel"
      onClick={() => setPanelOpen(!open)}
    >
      Layers &amp; legend
    </button>
  );
}
