/**
 * Pointing at an entry in a list (the pointer over its button, or the focus on it) lights it on
 * the map (useMapHighlights): of a country's ten ties in its details, of everything in "On the
 * map now" or of the entries a tour chapter rests on, the reader sees which line is which before
 * choosing one. A finger's touch is a tap that chooses, so only a mouse or a pen points. The
 * search's suggestion under the arrow keys points too.
 */
import { useEffect, useState, type FocusEventHandler, type PointerEventHandler } from 'react';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';

export type PointingHandlers = {
  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
  onFocus: FocusEventHandler;
  onBlur: FocusEventHandler;
};

/** The handlers that make a button point at `selection`. */
export function usePointing(selection: Selection): PointingHandlers {
  const [pointing, setPointing] = useState(false);
  usePointingAt(pointing ? selection : null);
  return {
    onPointerEnter: (e) => {
      if (e.pointerType !== 'touch') setPointing(true);
    },
    onPointerLeave: () => setPointing(false),
    onFocus: () => setPointing(true),
    onBlur: () => setPointing(false),
  };
}

/**
 * Points at `selection` while it is given (not null). Lets go when it changes or the component
 * goes: a button gone from under the pointer (the details changed) fires no pointerleave.
 */
export function usePointingAt(selection: Selection | null): void {
  const kind = selection?.kind;
  const id = selection?.id;
  useEffect(() => {
    if (!kind || id === undefined) return;
    useAppStore.getState().setPointedAt({ kind, id });
    return () => {
      const { pointedAt, setPointedAt } = useAppStore.getState();
      // Not if another list points at something else by now.
      if (pointedAt?.kind === kind && pointedAt.id === id) setPointedAt(null);
    };
  }, [kind, id]);
}
