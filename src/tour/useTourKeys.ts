/**
 * The tour's keyboard while a chapter is open (see keys.ts for which key goes where). Listens in
 * the capture phase so that Escape leaves the tour before the details panel would take it to
 * close itself: leaving the tour keeps the view, details included.
 */
import { useEffect, useEffectEvent } from 'react';
import { keyContextOf, tourActionFor, type TourAction } from './keys.ts';

export function useTourKeys(active: boolean, onAction: (action: TourAction) => void) {
  const act = useEffectEvent(onAction);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = tourActionFor(e, keyContextOf(e.target));
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}
