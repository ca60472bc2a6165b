/**
 * The map engine (MapLibre), for react-maplibre's `mapLib`. Its download starts as soon as the
 * app starts, in parallel with the basemap and the fonts, rather than after them (react-maplibre
 * would otherwise import it only on mount).
 *
 * Its Map skips the sky it never shows (skip-unseen-sky.ts) from construction: set only when
 * react-maplibre hands the map over, a frame drawn in between (seen once, on a busy machine) could
 * build the sky's and the atmosphere's shaders first.
 */
import type { MapOptions } from 'maplibre-gl';
import { skipUnseenSky } from './skip-unseen-sky.ts';

export const mapLib = import('maplibre-gl').then((maplibre) => ({
  ...maplibre,
  Map: class MapWithoutUnseenSky extends maplibre.Map {
    constructor(options: MapOptions) {
      super(options);
      skipUnseenSky(this);
    }
  },
}));
