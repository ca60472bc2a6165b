/**
 * Pointing at an entry in a list (the pointer over its button, or the focus on it) lights it on
 * the map (useMapHighlights): of a country's ten ties in its details, or of everything in "On the
 * map now", the reader sees which line is which before choosing one. A finger's touch is a tap
 * that chooses, so only a mouse or a pen points.
 */
import { useEffect, useMemo, useRef, type FocusEventHandler, type PointerEventHandler } from 'react';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';

export type PointingHandlers = {
  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
  onFocus: FocusEventHandler;
  onBlur: FocusEventHandler;
};

const same = (a: Selection | null, b: Selection) => a?.kind === b.kind && a.id === b.id;

/** The handlers that make a button point at `selection`. What it points at is let go when it goes. */
export function usePointing(selection: Selection): PointingHandlers {
  const pointing = useRef(false);
  const { kind, id } = selection;
  const { point, letGo } = useMemo(
    () => ({
      point: () => {
        pointing.current = true;
        useAppStore.getState().setPointedAt({ kind, id });
      },
      letGo: () => {
        pointing.current = false;
        const { pointedAt, setPointedAt } = useAppStore.getState();
        if (same(pointedAt, { kind, id })) setPointedAt(null);
      },
    }),
    [kind, id],
  );
  // A button gone from under the pointer (the details changed) fires no pointerleave.
  useEffect(() => () => void (pointing.current && letGo()), [letGo]);
  return {
    onPointerEnter: (e) => {
      if (e.pointerType !== 'touch') point();
    },
    onPointerLeave: letGo,
    onFocus: point,
    onBlur: letGo,
  };
}
