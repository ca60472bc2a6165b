/**
 * The side panel: layers, legend, a plain-language summary and the list of what the map shows.
 * Below a laptop's width it is a drawer opened from the header's "Layers & legend" button.
 */
import { useEffect, useRef } from 'react';
import { LayerPanel } from './LayerPanel.tsx';
import { Legend } from '../legend/Legend.tsx';
import { InViewList } from './InViewList.tsx';
import { ViewSummary } from '../summary/ViewSummary.tsx';
import { useAppStore } from '../state/store.ts';
import './side-panel.css';
import { focusInPlace } from '../ui/in-place.ts';

const PANEL_TOGGLE_ID = 'panel-toggle';

export function SidePanel() {
  const open = useAppStore((s) => s.panelOpen);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  const panel = useRef<HTMLElement>(null);
  const tabbing = useRef(false);
  useEffect(() => {
    if (!open) return;
    // Opened from its button, the drawer takes the focus: on a phone the header's other tools
    // came between the button and the drawer's contents, ten Tab presses away.
    if (document.activeElement?.id === PANEL_TOGGLE_ID)
      focusInPlace(panel.current?.querySelector<HTMLElement>('.panel-close'));
    // Escape closes one thing at a time: the drawer first while the focus is in it (capture), else
    // only if nothing else took the key (the details, the tour, a dialog each close with it).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.eventPhase === Event.CAPTURING_PHASE && !panel.current?.contains(document.activeElement)) return;
      e.preventDefault();
      closeDrawer(panel.current);
    };
    // A tap or click beside the drawer closes it, and goes on to what it was on (a tie on the map):
    // on a phone the strip of map beside it showed no change from the layers ticked, and did not
    // close it either.
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (panel.current?.contains(target) || document.getElementById(PANEL_TOGGLE_ID)?.contains(target)) return;
      closeDrawer(panel.current);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <aside
      ref={panel}
      className="side-panel"
      id="side-panel"
      data-open={open}
      aria-label="Layers, legend and summary"
      // Tabbed out of, the drawer closes: what the focus went to next lay under it (the timeline's Play).
      onKeyDown={(e) => {
        tabbing.current = e.key === 'Tab';
      }}
      onBlur={(e) => {
        if (open && tabbing.current && !e.currentTarget.contains(e.relatedTarget)) setPanelOpen(false);
        tabbing.current = false;
      }}
    >
      <button type="button" className="button panel-close" onClick={() => closeDrawer(panel.current)}>
        Close
      </button>
      <ViewSummary />
      <LayerPanel />
      <Legend />
      <InViewList />
    </aside>
  );
}

/** Closes the drawer; the focus, if it was in it (now hidden), goes back to the button that opened it. */
function closeDrawer(panel: HTMLElement | null) {
  const focusWasInPanel = panel?.contains(document.activeElement);
  useAppStore.getState().setPanelOpen(false);
  if (focusWasInPanel) focusInPlace(document.getElementById(PANEL_TOGGLE_ID));
}

/** The header button that opens the side panel on small screens. */
export function PanelToggle() {
  const open = useAppStore((s) => s.panelOpen);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  return (
    <button
      type="button"
      id={PANEL_TOGGLE_ID}
      className="button panel-toggle"
      // A presentation on a small projector still needs the legend.
      data-presentation="keep"
      aria-expanded={open}
      aria-controls="side-panel"
      onClick={() => setPanelOpen(!open)}
    >
      Layers &amp; legend
    </button>
  );
}
