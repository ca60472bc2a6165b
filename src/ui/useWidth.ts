import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * An element's content width in CSS pixels, followed as it resizes (0 until it is measured). The
 * element must be there when the component mounts: the observer is set up once.
 */
export function useWidth<E extends Element>(): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
