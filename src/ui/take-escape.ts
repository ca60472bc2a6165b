/**
 * Escape pressed while something opens (a dialog whose code is still coming, on a slow
 * connection) cancels the opening, as it would have closed that thing once open; it goes no
 * further, so the details behind stay open. Until `stop` is called; returns `stop`.
 */
export function takeEscape(onEscape: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onEscape();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
