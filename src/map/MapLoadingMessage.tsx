/**
 * What the map's place says while its code, its data or its style is on the way. index.html paints
 * the same words before the app's code arrives, so a slow connection never shows an empty page.
 */
export function MapLoadingMessage() {
  return (
    <p className="map-message" role="status">
      Loading the map…
    </p>
  );
}
