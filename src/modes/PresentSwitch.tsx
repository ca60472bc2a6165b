/**
 * The header's "Present" switch: presentation mode for a classroom projector (large text, the
 * projector palette, only the controls a teacher needs; see present.css), fullscreen when the
 * browser allows it. Leaving presentation leaves fullscreen; leaving fullscreen (Esc, the
 * browser's own UI) keeps presenting, with a "Full screen" button to go back.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { isPresenting } from './modes.ts';
import { canFullscreen, enterFullscreen, exitFullscreen, useIsFullscreen } from './fullscreen.ts';
import './present.css';

export function PresentSwitch() {
  const presenting = useAppStore(isPresenting);
  const fullscreen = useIsFullscreen();
  useFullscreenOnlyWhilePresenting(presenting);
  useEscapeLeavesFullscreen(presenting && fullscreen);

  const toggle = () => {
    const { setPresent, setView } = useAppStore.getState();
    if (presenting) {
      setPresent(false);
      return;
    }
    // Presentation shows the map: its header has no view tabs to come back from a table.
    setView('map');
    setPresent(true);
    enterFullscreen();
  };

  return (
    <div className="present-controls" data-presentation="keep">
      {presenting && !fullscreen && canFullscreen() && (
        <button type="button" className="button" onClick={enterFullscreen}>
          Full screen
        </button>
      )}
      <button
        type="button"
        className="button present-switch"
        aria-pressed={presenting}
        title={presenting ? 'Leave presentation mode' : 'Large text and strong colours for a projector'}
        onClick={toggle}
      >
        Present
      </button>
    </div>
  );
}

/** Leaving presentation by any way (the switch, the Back button) leaves fullscreen too. */
function useFullscreenOnlyWhilePresenting(presenting: boolean) {
  useEffect(() => {
    if (!presenting) exitFullscreen();
  }, [presenting]);
}

/**
 * Esc while fullscreen only leaves fullscreen, as browsers do natively: it must not also close
 * the details or a dialog behind the reader's back. Runs first (capture) and marks the key handled.
 */
function useEscapeLeavesFullscreen(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !document.fullscreenElement) return;
      e.preventDefault();
      exitFullscreen();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}
