/**
 * Runs `run` once the map has first been drawn (MapView's `map-ready` mark, User Timing), or at
 * once if it already has. Work that can wait (storing the app offline, the code of parts the
 * first view does not show) waits for it, so it never competes with the first view.
 */
export function afterMapReady(run: () => void): void {
  if (performance.getEntriesByName('map-ready').length > 0) return run();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('map-ready').length === 0) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'mark', buffered: true });
}
