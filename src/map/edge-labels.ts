/**
 * Country, place and route names cut by the map's edge are hidden until the reader moves the map
 * to show them whole. MapLibre places a label whose box reaches up to 100 px past the edge (so
 * that labels do not pop while panning) and has no style property to keep labels inside the map
 * (see mapbox/mapbox-gl-js#6432); a phone's globe, wider than the screen, showed "UDAN", "AUDI
 * ARABIA" and "THIOPIA" down its left edge. After each move, the labels MapLibre placed across an
 * edge are found in its own collision index (queryRenderedFeatures past the edge) and made
 * transparent by feature-state: one repaint, no new placement. On the globe, a country's name
 * reaching past its rim is hidden the same way (globe-rim.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_SOURCES, COUNTRY_LABEL_ROOMS, LABEL_CUT_STATE } from './layers/basemap.ts';
import { PLACE_LABEL_LAYERS, PLACE_LABEL_PADDING, PLACE_SOURCE } from './layers/places.ts';
import { ROUTE_LABEL_LAYERS, ROUTE_LABEL_PADDING, ROUTE_LABEL_SOURCE } from './layers/routes.ts';
import { coveredByCard } from './covered-by-card.ts';
import { coveredByControls } from './covered-by-controls.ts';
import { coveredByDetails } from './covered-by-details.ts';
import { globeDisk, pastDisk, RIM_GAP } from './globe-rim.ts';
import { takingPicture } from './snapshot.ts';

/**
 * The names hidden while cut: their layers, the source that holds their state, their padding, and
 * whether one reaching past the globe's rim is hidden too. A country's name may have moved off
 * its point to find room, and past the rim it names nothing (globe-rim.ts); a place's name stays
 * beside its marker, a route's on its line. One source's layers may keep different room.
 */
const NAMES = [
  ...COUNTRY_LABEL_ROOMS.map(({ layers, padding }) => ({ layers, source: BASEMAP_SOURCES.labels, padding, rim: true })),
  // On a laptop, the Far East chapter drew "oscow" at the map's top left.
  { layers: PLACE_LABEL_LAYERS, source: PLACE_SOURCE, padding: PLACE_LABEL_PADDING, rim: false },
  // On a phone, a link to an entry drew "ntial southern link via Turkmenistan" at the left edge.
  { layers: ROUTE_LABEL_LAYERS, source: ROUTE_LABEL_SOURCE, padding: ROUTE_LABEL_PADDING, rim: false },
];

/** How far past the map's edges MapLibre places labels (its collision index's `viewportPadding`). */
const PLACED_BEYOND_EDGE = 100;

type Box = [[number, number], [number, number]];

/**
 * The four strips just past the edges of the map in sight, from `left` to `right` and from the top
 * to `bottom` (map pixels), `inset` pixels out: a label whose box reaches into one is drawn across
 * that edge. Left of a card at the map's left, the strip covers the card: names under it are hidden.
 */
export function edgeStrips(right: number, bottom: number, inset: number, left = 0): Box[] {
  const reach = PLACED_BEYOND_EDGE;
  return [
    [
      [-reach, -reach],
      [left - inset, bottom + reach],
    ],
    [
      [right + inset, -reach],
      [right + reach, bottom + reach],
    ],
    [
      [-reach, -reach],
      [right + reach, -inset],
    ],
    [
      [-reach, bottom + inset],
      [right + reach, bottom + reach],
    ],
  ];
}

/**
 * Hides, each time the map comes to rest, the names drawn across its edge or across the edge of
 * what lies over it (the details panel, the tour's card), or under its buttons; shows them again
 * once whole. The panel and the card also change size, appear and go while the map stays still
 * (a phone's "Hide text", leaving the tour): the names are checked again then too.
 */
export function hideLabelsCutByEdge(map: MapLibreMap) {
  const cut = new Map<string, Set<string | number>>();
  const check = () => {
    const { clientWidth, clientHeight } = map.getCanvas();
    // The details panel's edge cuts names as the map's does ("Khasan–Tum" beside it on a
    // projector), and so does the card's (CHINA at its top edge in a phone's Far East chapter).
    const container = map.getContainer();
    // A picture of the map (snapshot.ts) has no panel, card or buttons over it, and shows what lay
    // under them: only its own edges cut names. On a phone the slide showed "RAL REP." at its left
    // edge, a name that had lain under the details' sheet.
    const picturing = takingPicture();
    const details = picturing ? { right: 0, bottom: 0 } : coveredByDetails(container);
    const card = picturing ? { left: 0, bottom: 0 } : coveredByCard(container);
    const [right, bottom] = [clientWidth - details.right, clientHeight - Math.max(details.bottom, card.bottom)];
    const disk = globeDisk(map);
    const next = new Map<string, Set<string | number>>();
    for (const { layers, source, padding, rim } of NAMES) {
      const drawn = layers.filter((id) => map.getLayer(id));
      if (drawn.length === 0) continue;
      // A label's box is its text and its padding: the text crosses the edge once the box is past it by more.
      const strips = edgeStrips(right, bottom, padding, card.left);
      // Past the rim, only what lies within the map in sight: the strips cover the rest.
      const space =
        rim && disk
          ? pastDisk(
              disk,
              [
                [card.left, 0],
                [right, bottom],
              ],
              padding,
              RIM_GAP,
            )
          : [];
      const controls = picturing ? [] : coveredByControls(container, padding);
      const ids = next.get(source) ?? new Set();
      // MapLibre evaluates each label found here with its array properties still strings (spotsOf).
      [...strips, ...space, ...controls]
        .flatMap((box) => map.queryRenderedFeatures(box, { layers: drawn }))
        .forEach((f) => f.id !== undefined && ids.add(f.id));
      next.set(source, ids);
    }
    // By source, once each source's layers are all checked: a country's name moves between layers.
    for (const [source, ids] of next) {
      for (const id of new Set([...(cut.get(source) ?? []), ...ids])) {
        const feature = { source, id };
        // Set only what changed: a state set again repaints the map, which would be idle again.
        if ((map.getFeatureState(feature)[LABEL_CUT_STATE] ?? false) !== ids.has(id))
          map.setFeatureState(feature, { [LABEL_CUT_STATE]: ids.has(id) });
      }
      cut.set(source, ids);
    }
  };
  // A resize observer also reports an element shown, hidden or removed. It watches those there
  // at the last rest: a panel or card that comes moves the map (a selection's highlight, a
  // chapter's camera), which comes to rest.
  const covers = new ResizeObserver(check);
  let watched: Element[] = [];
  const watchCovers = () => {
    const now = [...document.querySelectorAll('.details-panel, .tour-card')];
    if (now.length === watched.length && now.every((el, i) => el === watched[i])) return;
    covers.disconnect();
    now.forEach((el) => covers.observe(el));
    watched = now;
  };
  map.on('idle', () => {
    watchCovers();
    check();
  });
}
