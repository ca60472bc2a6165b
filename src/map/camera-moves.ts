/**
 * The camera moves the app makes rather than the reader: flying to a selection chosen in the table
 * or search (or named by a link but out of sight), panning a clicked feature out from under the
 * details, and meeting the store's camera requests (a tour chapter's camera, keeping the picture
 * when the reader leaves the tour, an address's camera on Back or Forward). A selection and a chapter are framed in the part of
 * the map that the details panel and the tour card leave visible.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../state/store.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import {
  addressCamera,
  cameraChosenHere,
  fittedChapterCamera,
  coveredWithRoomBelowBox,
  inSight,
  hasPadding,
  NO_PADDING,
  paddingBeside,
  anyUnderPanel,
  type Camera,
} from './camera.ts';
import { nearbyFrame, selectionFrame, selectionPoints, type Frame } from './selection-bounds.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { fetchCountryShapes } from './basemap-data.ts';
import type { CountryShapes } from './layers/highlight-shapes.ts';
import type { Selection } from '../state/url.ts';
import { detailsPanelPart } from '../details/details-part.ts';
import { coveredByDetails } from './covered-by-details.ts';
import { coveredFromTop } from './covered-by-controls.ts';
import { boundsPoints, fitInsidePadding } from './globe-fit.ts';
import type { Bounds } from './bounds.ts';
import { projectFacing } from './globe-rim.ts';
import { movedByReader, resetView } from './ResetView.tsx';

/**
 * Flies (or, for reduced motion, jumps) to a selection, clear of the details panel: a country to
 * its shape, once the shapes have loaded (at once after the first time), anything else to its places.
 * With `nearby`, no more than a zoom level closer than the map is now (nearbyFrame).
 */
export function flyToSelection(map: MapLibreMap, selection: Selection, { nearby = false } = {}) {
  const fly = (shapes: CountryShapes | null) => {
    const { dataset, selection: now } = useAppStore.getState();
    // The reader may have chosen something else while the shapes loaded.
    if (!dataset || now?.kind !== selection.kind || now.id !== selection.id) return;
    const frame = selectionFrame(dataset, selection, shapes);
    if (frame) fitFrame(map, nearby ? nearbyFrame(frame, map.getZoom()) : frame);
  };
  if (selection.kind !== 'country') return fly(null);
  fetchCountryShapes().then(fly, () => fly(null));
}

/**
 * Fits the frame in the part of the map the details leave. Their padding is folded into the
 * camera's centre, reckoned as on the flat map, so that the address's camera shows the same
 * picture when the link is opened. Outside the tour it replaces the map's padding instead
 * (absolutePadding):
 * - when the map has some: padding the tour left on the globe (keepPicture) would squeeze the
 *   selection into the part of the map above a card that is gone;
 * - on a globe zoomed out, or for a frame wider than a quarter of the world, where that reckoning
 *   fails: Russia, framed beside the details, was centred on the Bering Sea, half of it round the
 *   back of the globe.
 * On the globe MapLibre fits such a frame to the whole map: globe-fit.ts fits it to the padded part.
 */
function fitFrame(map: MapLibreMap, { bounds, maxZoom, outline }: Frame) {
  whenDetailsDrawn(() => {
    const padding = fitPadding(map);
    const outsideTour = useAppStore.getState().chapter === null;
    const fitted = map.cameraForBounds(bounds, { padding, absolutePadding: true, maxZoom });
    // Measured only where it is used: it projects up to 600 points, more than once.
    const measure = () =>
      fitted ? fitInsidePadding(map, fitted, outline ?? boundsPoints(bounds), padding, maxZoom) : null;
    const wideFrame = onGlobe(map) && widthOf(bounds) > WIDE_FRAME;
    const wideFit = wideFrame ? measure() : null;
    // A frame too wide to face the reader whole (Washington to Naypyidaw, 173°) is left to MapLibre,
    // which shows one end; measured, it is fitted to neither.
    const globeZoomedOut = onGlobe(map) && ((fitted?.zoom ?? 0) < FLAT_ENOUGH_ZOOM || wideFit !== null);
    const absolutePadding = outsideTour && (globeZoomedOut || hasPadding(map.getPadding()));
    const duration = prefersReducedMotion() ? 0 : 1200;
    if (!absolutePadding || !fitted || !onGlobe(map))
      return map.fitBounds(bounds, { padding, absolutePadding, maxZoom, duration });
    map.flyTo({ ...((wideFrame ? wideFit : measure()) ?? fitted), padding, duration });
  });
}

/**
 * Below this zoom (about a whole hemisphere in a laptop's map) the flat map's reckoning of padding
 * turns the globe away; China, fitted at ~2.9, and a tie from Moscow to Beijing, ~2.6, are still right.
 */
const FLAT_ENOUGH_ZOOM = 2;
/**
 * Nor does it hold for a frame more than a quarter of the world wide, at any zoom: MapLibre's own
 * fit of India → the Quad (New Delhi to Washington) left New Delhi under the details on a laptop,
 * and Washington round the back of the globe on a projector. Russia → Japan, 102°, was off-centre;
 * Russia → China, 79°, is right.
 */
const WIDE_FRAME = 90;
const widthOf = ([[west], [east]]: Bounds) => east - west;

/**
 * Moves to the store's camera request unless `met` says it was already met. `showingAddress` is
 * true while the map jumps to an address's camera (showAddressCamera).
 */
export function meetCameraRequest(map: MapLibreMap, met: { current: number }, showingAddress: { current: boolean }) {
  const request = useAppStore.getState().cameraRequest;
  if (!request || request.serial === met.current) return;
  met.current = request.serial;
  switch (request.kind) {
    case 'chapter':
      // Unless the reader has moved on while the details' code came.
      return whenDetailsDrawn(() => {
        if (useAppStore.getState().cameraRequest === request) frameChapter(map, request.camera, request.inset);
      });
    case 'keep':
      keepPicture(map);
      // The details that waited for the card (a short screen) now lie over the picture's side.
      return bringSelectionIntoSight(map);
    case 'address':
      return showAddressCamera(map, request.camera, showingAddress);
  }
}

/**
 * A link names a selection and perhaps a camera made on another screen: a laptop's camera shows
 * less on a phone, and a phone's details sheet covers half its map. Once the map is first drawn,
 * and when the reader leaves the tour, a selection none of whose places is in sight is flown to,
 * as if chosen in search. With `whole` (a link whose camera was not chosen for this window: none,
 * so the map's opening view, or one chosen in a frame of another size; cameraChosenHere), it is
 * flown to unless each of its places is in sight: on a phone the sheet hid the half of a tie that
 * the opening globe showed.
 */
export function bringSelectionIntoSight(map: MapLibreMap, { whole = false } = {}) {
  const { selection, dataset, chapter, view } = useAppStore.getState();
  if (!selection || !dataset || chapter !== null || view !== 'map') return;
  const points = selectionPoints(dataset, selection);
  if (points.length === 0) return;
  whenDetailsDrawn(() =>
    afterNextPaint(() => {
      const { width, height, covered } = sightOf(map);
      // A place round the back of the globe is out of sight wherever MapLibre projects it.
      const projected = points.map((p) => projectFacing(map, p) ?? { x: -Infinity, y: -Infinity });
      if (!inSight(projected, width, height, covered, { every: whole })) flyToSelection(map, selection);
    }),
  );
}

/**
 * A window that changed size (a phone turned, an embed's column narrowed) can leave the selection
 * out of sight: once it has stopped changing for a moment, the selection is brought back into it.
 * An embed the reader has not moved (its camera is still the editor's, `opened`) shows its address
 * as a fresh load at the new size would: resized in place, it kept the camera framed for the size
 * before, and the Share dialog's preview at 600 × 400 showed zoom 1.64 where an article's frame of
 * that size opens at 1.19. In the tour, a chapter the reader has not moved is framed again for the
 * new size, as its reset button would. Returns the function that stops listening.
 */
export function keepInSightOnResize(
  getMap: () => MapLibreMap | null,
  opened: Camera | null,
  showingAddress: { current: boolean },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = () => {
    const map = getMap();
    if (!map) return;
    const { embed, camera, chapter, view } = useAppStore.getState();
    // A class's laptop plugged into the projector: the chapter, framed for the laptop's screen,
    // was a small globe in the projector's frame, or lost its edge the other way.
    if (chapter !== null) return movedByReader() || resetView();
    // Padding fitted beside the details before a phone turned (its sheet's 348 px, in a map now
    // 236 px high) showed a sliver of the globe, the tie run off its top: fitted again.
    const { selection } = useAppStore.getState();
    if (!embed && paddedGlobe(map) && view === 'map')
      return selection ? flyToSelection(map, selection) : letPaddingGo(map);
    if (!embed || camera !== opened || view !== 'map') return bringSelectionIntoSight(map);
    showAddressCamera(map, camera, showingAddress);
    bringSelectionIntoSight(map, { whole: !cameraChosenHere(camera, window.innerWidth, window.innerHeight) });
  };
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(settled, 200);
  };
  window.addEventListener('resize', onResize);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('resize', onResize);
  };
}

/** On the globe, padding outside the tour is left by a selection fitted beside the details (fitFrame). */
const paddedGlobe = (map: MapLibreMap) =>
  onGlobe(map) && useAppStore.getState().chapter === null && hasPadding(map.getPadding());

/**
 * Once the details are closed, the globe fitted beside them lets their padding go, its centre kept:
 * it slides back to the middle of the map. On a phone it stayed in the top half over an empty band
 * where the sheet had been.
 */
export function letPaddingGo(map: MapLibreMap) {
  if (paddedGlobe(map)) map.easeTo({ padding: NO_PADDING, duration: prefersReducedMotion() ? 0 : 600 });
}

/**
 * The details a click opens lie over the map (a phone's sheet over its lower half): once they
 * are on screen, if they cover the point clicked or one of the places of what was clicked (a
 * tie's far end), it is framed in what is left in sight, as a link to it is, but no more than a
 * zoom level closer: the reader chose the zoom.
 * Not panned by the pixels it lies under them: on a zoomed-out globe those pixels reach past the
 * globe's rim, and a phone's globe swung round to Australia, the tie just tapped on its top edge.
 */
export function keepClickInSight(map: MapLibreMap, point: { x: number; y: number }) {
  whenDetailsDrawn(() =>
    afterNextPaint(() => {
      const { selection, dataset } = useAppStore.getState();
      if (!selection || !dataset) return;
      const { width, height, covered } = sightOf(map);
      // A place round the back of the globe is not under the panel, wherever MapLibre projects it.
      const places = selectionPoints(dataset, selection).flatMap((p) => projectFacing(map, p) ?? []);
      if (anyUnderPanel([point, ...places], width, height, covered)) flyToSelection(map, selection, { nearby: true });
    }),
  );
}

/**
 * Runs `move` once the details panel of the selection is drawn, so that it measures the panel:
 * at once when the panel's code is here (the panel is drawn with the selection), else once that
 * code has come and the panel has been painted (the first selection, if made before the browser
 * idled after the map was drawn; details/details-part.ts).
 */
function whenDetailsDrawn(move: () => void) {
  if (!useAppStore.getState().selection || detailsPanelPart.outcome()) return move();
  const afterPaint = () => void afterNextPaint(move);
  detailsPanelPart.load().then(afterPaint, afterPaint);
}

const onGlobe = (map: MapLibreMap) => map.getProjection()?.type === 'globe';

/** The map's size and how far the details panel and the boxes at its top (the embed's legend) cover it. */
function sightOf(map: MapLibreMap) {
  sizeToContainer(map);
  const container = map.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const covered = { ...coveredByDetails(container), top: coveredFromTop(container) };
  return { width, height, covered: coveredWithRoomBelowBox(width, height, covered) };
}

/**
 * The map takes its box's size a frame late (MapLibre watches the box with a ResizeObserver), but
 * a camera is reckoned now, on the map's size. Leaving the sources (which have no timeline) for an
 * entry, the map's box had just lost the timeline's height: the entry was fitted to the taller map,
 * and on a phone its far end lay under the details sheet.
 */
function sizeToContainer(map: MapLibreMap) {
  const [box, canvas] = [map.getContainer(), map.getCanvas()];
  if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight) map.resize();
}

/** Padding that keeps a fitted selection clear of the details panel and the embed's legend lying over the map. */
function fitPadding(map: MapLibreMap) {
  const { width, height, covered } = sightOf(map);
  return paddingBeside(width, height, covered);
}

/**
 * Keeps what the reader sees once the tour's card, and the padding that framed the chapter above
 * it, are gone. On the flat map the padding only shifts the centre: it is folded into the centre,
 * the same picture with nothing left over. On the globe it shifts the whole picture off the middle
 * of the map, which no turn of the globe reproduces (centring the globe on the pixel in the middle,
 * near its rim, turned it far away, to Australia from India): the camera stays as it is, padding
 * included, until the app next moves it.
 */
function keepPicture(map: MapLibreMap) {
  if (onGlobe(map)) return;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  map.jumpTo({ center: map.unproject([width / 2, height / 2]), padding: NO_PADDING });
}

/**
 * Jumps to the camera an address names, as a fresh load of the address shows it: no padding, north
 * up, the projection's default frame if it names none. Back and Forward only jump, whatever the
 * motion setting. `showing` is set meanwhile: MapView writes neither this move nor a flight it cuts
 * short back to the address, which already says where the map is (and must not gain a camera it
 * did not name).
 */
function showAddressCamera(map: MapLibreMap, camera: Camera | null, showing: { current: boolean }) {
  const { projection } = useAppStore.getState();
  const { longitude, latitude, zoom } = addressCamera(camera, window.innerWidth, window.innerHeight, projection);
  showing.current = true;
  try {
    map.jumpTo({ center: [longitude, latitude], zoom, bearing: 0, pitch: 0, padding: NO_PADDING });
  } finally {
    showing.current = false;
  }
}

/**
 * A tour chapter in the address opens on its camera in the map's first frame: the map draws
 * nothing before its data has loaded (pause-drawing.ts), and the chapter's view comes with the
 * data (the store's setDataset), whether the map was created before the data or after. The card
 * frames it beside itself once its code has come.
 */
export function openOnChapter(map: MapLibreMap) {
  const { chapter, camera } = useAppStore.getState();
  if (chapter === null || !camera) return;
  const { clientWidth, clientHeight } = map.getContainer();
  const opening = fittedChapterCamera(camera, clientWidth, clientHeight);
  map.jumpTo({ center: [opening.longitude, opening.latitude], zoom: opening.zoom });
}

/** The most of the map's height a box at its top may take from a chapter's frame. */
const TOP_BOX_AT_MOST = 0.15;

/** Flies (or, for reduced motion, jumps) to a chapter's camera, framed in the part of the map the card (`inset`) and the details panel leave visible. */
function frameChapter(map: MapLibreMap, camera: Camera, inset: { left: number; bottom: number }) {
  sizeToContainer(map);
  const container = map.getContainer();
  const { clientWidth: width, clientHeight: height } = container;
  // Framed in what neither the card (inset) nor the details panel covers, with no margin.
  const covered = coveredByDetails(container);
  const padding = paddingBeside(
    width,
    height,
    { right: covered.right, bottom: Math.max(inset.bottom, covered.bottom), left: inset.left },
    0,
  );
  // And below a box at the map's top, as a selection is: on a phone the chapter's year covered
  // the place at its frame's top corner (Moscow, in chapter 1). paddingBeside leaves no room for it
  // under a phone's card, so it is added here, up to a strip's depth.
  padding.top = Math.min(coveredFromTop(container), height * TOP_BOX_AT_MOST);
  const target = {
    center: [camera.longitude, camera.latitude] as [number, number],
    zoom: fittedChapterCamera(camera, width - padding.left - padding.right, height - padding.top - padding.bottom).zoom,
    padding,
  };
  if (prefersReducedMotion()) map.jumpTo(target);
  else map.flyTo({ ...target, essential: true, maxDuration: 4000 });
}
