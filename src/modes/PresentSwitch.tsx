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
 * Esc while fullscreen (which only presentation enters) only leaves fullscreen, as browsers do
 * natively: it must not also close the details, a dialog or the tour behind the reader's back. It
 * marks the key handled before any of them sees it: they too listen on the window in the capture
 * phase, where listeners run in the order they were added, so this one is added once, as the app
 * starts. Added with the fullscreen, it came after the tour's when the tour was open first, and
 * Escape left the tour too.
 */
window.addEventListener(
  'keydown',
  (e) => {
    if (e.key !== 'Escape' || !document.fullscreenElement) return;
    e.preventDefault();
    exitFullscreen();
  },
  true,
);
