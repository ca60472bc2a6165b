/**
 * The tour's keyboard while a chapter is open (see keys.ts for which key goes where). Listens in
 * the capture phase so that Escape leaves the tour before the details panel would take it to
 * close itself: leaving the tour keeps the view, details included.
 */
import { useEffect, useEffectEvent } from 'react';
import { MAP, keyContextOf, tourActionFor, type TourAction } from './keys.ts';

export function useTourKeys(active: boolean, onAction: (action: TourAction) => void) {
  const act = useEffectEvent(onAction);
  useEffect(() => {
    if (!active) return;
    // Whether the focus came by a pointer: a press makes it so (on the focused element or one
    // it moves the focus to), a focus moved by other means (Tab, a script) makes it not.
    let [pressing, focusByPointer] = [false, false];
    const onPress = () => ([pressing, focusByPointer] = [true, true]);
    const onRelease = () => (pressing = false);
    const onFocus = () => (focusByPointer &&= pressing);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = tourActionFor(e, keyContextOf(e.target, focusByPointer));
      if (!action) return;
      e.preventDefault();
      // MapLibre's own keys do not ask whether the key was taken: keep it from the map.
      if (e.target instanceof Element && e.target.closest(MAP)) e.stopPropagation();
      act(action);
    };
    const listeners = [
      ['pointerdown', onPress],
      ['pointerup', onRelease],
      ['pointercancel', onRelease],
      ['focusin', onFocus],
      ['keydown', onKey],
    ] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener as EventListener, true);
    };
  }, [active]);
}
