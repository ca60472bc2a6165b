/**
 * The map view's code, its engine and its label fonts, asked for as the app's first act
 * (main.tsx imports this module before React): the engine is the largest download of the first
 * view, and waiting for the rest of the app's code to run first would start it later.
 * Checked once, before the map is created: without WebGL the engine is never downloaded and the
 * map area shows the static map instead (null here).
 */
import { pageHasWebGL2 } from '../fallback/webgl.ts';
import { loading } from '../ui/loading.ts';

// The engine is asked for beside the map view, not after it: MapView's own import of it would
// start only once MapView's chunk has arrived. Not a lazy component: see ui/loading.ts.
export const mapViewLoading = pageHasWebGL2()
  ? loading(
      Promise.all([import('./MapView.tsx'), import('maplibre-gl')]).then(async ([module]) => {
        await module.mapFonts;
        return module.MapView;
      }),
    )
  : null;
