/**
 * Publishes the room the tour card takes on `.workspace`: `--tour-card-space`, how far up the
 * workspace it reaches (on a phone the details sheet stacks above it), and `--tour-card-height`
 * (on a wide screen the side panel's content starts below it). See tour.css.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useCardSpace(card: RefObject<HTMLElement | null>, shown: boolean) {
  useLayoutEffect(() => {
    const el = card.current;
    const workspace = el?.closest<HTMLElement>('.workspace');
    if (!shown || !el || !workspace) return;
    const update = () => {
      const box = el.getBoundingClientRect();
      const space = workspace.getBoundingClientRect().bottom - box.top;
      workspace.style.setProperty('--tour-card-space', `${Math.round(space)}px`);
      workspace.style.setProperty('--tour-card-height', `${Math.round(box.height)}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    observer.observe(workspace);
    return () => {
      observer.disconnect();
      workspace.style.removeProperty('--tour-card-space');
      workspace.style.removeProperty('--tour-card-height');
    };
  }, [card, shown]);
}
