/**
 * Country, place and route names cut by the map's edge are hidden until the reader moves the map
 * to show them whole. MapLibre places a label whose box reaches up to 100 px past the edge (so
 * that labels do not pop while panning) and has no style property to keep labels inside the map
 * (see mapbox/mapbox-gl-js#6432); a phone's globe, wider than the screen, showed "UDAN", "AUDI
 * ARABIA" and "THIOPIA" down its left edge. After each move, the labels MapLibre placed across an
 * edge are found in its own collision index (queryRenderedFeatures past the edge) and made
 * transparent by feature-state: one repaint, no new placement.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_SOURCES, COUNTRY_LABEL_LAYERS, COUNTRY_LABEL_PADDING, LABEL_CUT_STATE } from './layers/basemap.ts';
import { PLACE_LABEL, PLACE_LABEL_PADDING, PLACE_SOURCE } from './layers/places.ts';
import { ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING, ROUTE_LABEL_SOURCE } from './layers/routes.ts';
import { coveredByDetails } from './covered-by-details.ts';

/** The names hidden while cut: their layers, the source that holds their state, their padding. */
const NAMES = [
  { layers: COUNTRY_LABEL_LAYERS, source: BASEMAP_SOURCES.labels, padding: COUNTRY_LABEL_PADDING },
  // On a laptop, the Far East chapter drew "oscow" at the map's top left.
  { layers: [PLACE_LABEL], source: PLACE_SOURCE, padding: PLACE_LABEL_PADDING },
  // On a phone, a link to an entry drew "ntial southern link via Turkmenistan" at the left edge.
  { layers: ROUTE_LABEL_LAYERS, source: ROUTE_LABEL_SOURCE, padding: ROUTE_LABEL_PADDING },
];

/** How far past the map's edges MapLibre places labels (its collision index's `viewportPadding`). */
const PLACED_BEYOND_EDGE = 100;

type Box = [[number, number], [number, number]];

/**
 * The four strips just past the edges of a `width` × `height` map (map pixels), `inset` pixels out:
 * a label whose box reaches into one is drawn across that edge.
 */
export function edgeStrips(width: number, height: number, inset: number): Box[] {
  const reach = PLACED_BEYOND_EDGE;
  return [
    [
      [-reach, -reach],
      [-inset, height + reach],
    ],
    [
      [width + inset, -reach],
      [width + reach, height + reach],
    ],
    [
      [-reach, -reach],
      [width + reach, -inset],
    ],
    [
      [-reach, height + inset],
      [width + reach, height + reach],
    ],
  ];
}

/**
 * Hides, each time the map comes to rest, the names drawn across its edge or the details panel's;
 * shows them again once whole. Opening or closing the panel changes the selection, whose highlight
 * repaints the map: it comes to rest again.
 */
export function hideLabelsCutByEdge(map: MapLibreMap) {
  const cut = new Map<string, Set<string | number>>();
  map.on('idle', () => {
    const { clientWidth, clientHeight } = map.getCanvas();
    // The details panel's edge cuts names as the map's does ("Khasan–Tum" beside it on a projector).
    const covered = coveredByDetails(map.getContainer());
    const [width, height] = [clientWidth - covered.right, clientHeight - covered.bottom];
    for (const { layers, source, padding } of NAMES) {
      const drawn = layers.filter((id) => map.getLayer(id));
      if (drawn.length === 0) continue;
      // A label's box is its text and its padding: the text crosses the edge once the box is past it by more.
      const next = new Set(
        edgeStrips(width, height, padding)
          .flatMap((strip) => map.queryRenderedFeatures(strip, { layers: drawn }))
          .flatMap((f) => (f.id === undefined ? [] : [f.id])),
      );
      for (const id of new Set([...(cut.get(source) ?? []), ...next])) {
        const feature = { source, id };
        // Set only what changed: a state set again repaints the map, which would be idle again.
        if ((map.getFeatureState(feature)[LABEL_CUT_STATE] ?? false) !== next.has(id))
          map.setFeatureState(feature, { [LABEL_CUT_STATE]: next.has(id) });
      }
      cut.set(source, next);
    }
  });
}
