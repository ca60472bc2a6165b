/** Whether the reader asked the system for reduced motion: camera moves then jump instead of fly. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
