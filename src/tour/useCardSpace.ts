/**
 * Publishes how far up the workspace the tour card reaches, as `--tour-card-space` on
 * `.workspace`, so that on a phone the details sheet can stack above the card (tour.css).
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useCardSpace(card: RefObject<HTMLElement | null>, shown: boolean) {
  useLayoutEffect(() => {
    const el = card.current;
    const workspace = el?.closest<HTMLElement>('.workspace');
    if (!shown || !el || !workspace) return;
    const update = () => {
      const space = workspace.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
      workspace.style.setProperty('--tour-card-space', `${Math.round(space)}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    observer.observe(workspace);
    return () => {
      observer.disconnect();
      workspace.style.removeProperty('--tour-card-space');
    };
  }, [card, shown]);
}
