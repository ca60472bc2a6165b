/**
 * MapLibre draws a sky and, on a globe, an atmosphere on every frame, and builds their shaders on
 * the first: ~30 ms of the first frame in software WebGL (a school laptop's), for nothing, since
 * this style sets no sky and MapLibre's default one is transparent with no atmosphere. They are
 * drawn here only when they would show. Uses MapLibre's painter (declared in its typings, not
 * documented), as pause-drawing.ts does: if a later version drops it, they are drawn as before.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type DrawFunctions = NonNullable<MapLibreMap['painter']>['drawFunctions'];
type DrawSky = DrawFunctions['sky'] | DrawFunctions['atmosphere'];
type Sky = Parameters<DrawSky>[1]['data']['sky'];

/** The sky's gradient, from its sky colour to its horizon colour, shows unless both are transparent. */
export const skyShows = (sky: NonNullable<Sky>) => sky['sky-color'].a > 0 || sky['horizon-color'].a > 0;

export const atmosphereShows = (sky: NonNullable<Sky>) => sky['atmosphere-blend'] > 0;

/** `draw`, run unless the frame's sky is known and `shows` says it would not show. */
export function onlyIfShown<D extends DrawSky>(draw: D, shows: (sky: NonNullable<Sky>) => boolean): D {
  return ((mesh, frame) => {
    const sky = frame.data.sky;
    if (!sky || shows(sky)) draw(mesh, frame);
  }) as D;
}

export function skipUnseenSky(map: MapLibreMap): void {
  skipInPainter(map);
  // A restored WebGL context comes with a new painter, and its own table of draw functions.
  map.on('webglcontextrestored', () => skipInPainter(map));
}

function skipInPainter(map: MapLibreMap): void {
  const painter = map.painter;
  const draw = painter?.drawFunctions;
  if (typeof draw?.sky !== 'function' || typeof draw.atmosphere !== 'function') return;
  // A copy: drawFunctions is MapLibre's module-wide table, shared by every map on the page.
  painter.drawFunctions = {
    ...draw,
    sky: onlyIfShown(draw.sky, skyShows),
    atmosphere: onlyIfShown(draw.atmosphere, atmosphereShows),
  };
}
