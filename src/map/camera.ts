/** The default frame: from the Urals to the Pacific, down to Indonesia. */

export type ProjectionName = 'globe' | 'mercator';

export const DEFAULT_FRAME = { west: 52, east: 172, south: -11, north: 72 };
/**
 * The flat map's: from Moscow, where most ties start. The globe's curve shows Moscow beyond the
 * Urals; a phone's flat map, as narrow as the frame, began east of it, its ties coming from off
 * the map.
 */
const FLAT_FRAME = { ...DEFAULT_FRAME, west: 30 };

/**
 * A view's centre and zoom. A tour chapter's camera may also name the frame its zoom was chosen to
 * show (data/tour.json), if not REQUEST_FRAME: a larger map shows it larger.
 */
export type Camera = { longitude: number; latitude: number; zoom: number; frame?: FrameSize };

/** A frame's size in pixels at the zoom of the camera it belongs to. */
export type FrameSize = { width: number; height: number };

const TILE = 512;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The camera that fits the default frame into a map of the given size, computed in Web Mercator
 * (MapLibre's globe uses the same zoom scale at the centre, so one answer serves both).
 * Done by hand because MapLibre's fitBounds centres the globe off the frame's middle.
 */
export function defaultCamera(width: number, height: number, projection: ProjectionName = 'globe'): Camera {
  const { west, east, south, north } = projection === 'globe' ? DEFAULT_FRAME : FLAT_FRAME;
  const padding = 12;
  const usableWidth = Math.max(width - 2 * padding, 100);
  const usableHeight = Math.max(height - 2 * padding, 100);
  const zoomForWidth = Math.log2((usableWidth / TILE) * (360 / (east - west)));
  const zoomForHeight = Math.log2((usableHeight / TILE) * ((2 * Math.PI) / (mercatorY(north) - mercatorY(south))));
  const centreY = (mercatorY(north) + mercatorY(south)) / 2;
  const latitude = (Math.atan(Math.sinh(centreY)) * 180) / Math.PI;
  const zoom = Math.min(zoomForWidth, zoomForHeight);
  return { longitude: (west + east) / 2, latitude: round(latitude), zoom: round(Math.max(zoom, 0.8)) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** What the header takes of a laptop's window height; the default frame is fitted to the rest. */
const HEADER_HEIGHT = 60;

/**
 * The frame a window of this size shows an address's camera in: the window below a laptop's
 * header. The address names it beside the camera (`cam=…,1366x708`), so a view chosen on a laptop
 * shows the same stretch of map in a phone's column or on a projector (addressCamera).
 */
export const addressFrame = (windowWidth: number, windowHeight: number): FrameSize => ({
  width: Math.max(Math.round(windowWidth), 100),
  height: Math.max(Math.round(windowHeight - HEADER_HEIGHT), 100),
});

/**
 * The camera a fresh load of an address opens with: the address's own, fitted to this window if
 * it names the frame it was chosen in, or else the projection's default frame fitted to the
 * window. Back and Forward show the same.
 */
export function addressCamera(
  camera: Camera | null,
  windowWidth: number,
  windowHeight: number,
  projection: ProjectionName = 'globe',
): Camera {
  const { width, height } = addressFrame(windowWidth, windowHeight);
  if (!camera) return defaultCamera(width, height, projection);
  return camera.frame ? fittedChapterCamera(camera, width, height) : camera;
}

/**
 * Whether the address's camera was chosen for a window of this size: not where it names none (the
 * map's opening view), nor where it names another frame (an editor's laptop view, opened in an
 * article's 600 × 400 frame, where the details column covered the tie's Kyrgyz end). A camera
 * written before frames were (2026-12-06) counts as chosen here.
 */
export function cameraChosenHere(camera: Camera | null, windowWidth: number, windowHeight: number): boolean {
  if (!camera) return false;
  if (!camera.frame) return true;
  const here = addressFrame(windowWidth, windowHeight);
  return camera.frame.width === here.width && camera.frame.height === here.height;
}

/**
 * A tour chapter's camera fitted to a visible area of the map: its centre, at the zoom that shows
 * its frame there. A chapter opens on it in the whole map before its card is there; the card then
 * frames it in the part it leaves; the static picture of a chapter is drawn at it.
 */
export function fittedChapterCamera(camera: Camera, visibleWidth: number, visibleHeight: number): Camera {
  return { ...camera, zoom: fittedZoom(camera.zoom, visibleWidth, visibleHeight, camera.frame) };
}

/** The camera a fresh load opens with: a linked chapter's (tour=N), else the address's (addressCamera). */
export function openingCamera(
  camera: Camera | null,
  inChapter: boolean,
  windowWidth: number,
  windowHeight: number,
  projection: ProjectionName = 'globe',
) {
  if (!inChapter || !camera) return addressCamera(camera, windowWidth, windowHeight, projection);
  const { width, height } = addressFrame(windowWidth, windowHeight);
  return fittedChapterCamera(camera, width, height);
}

/** A camera move asked for by the app rather than by the reader. */
export type CameraMove =
  // A tour chapter's camera, centred in the part of the map left visible beside the `inset`
  // pixels an overlay (the tour card) hides at its bottom or, on a short screen, its left.
  | { kind: 'chapter'; camera: Camera; inset: { left: number; bottom: number } }
  // The reader left the tour: the picture stays as it is, though the card's inset is gone.
  | { kind: 'keep' }
  // Back or Forward reached an address: the map shows its camera as a fresh load of it would.
  | { kind: 'address'; camera: Camera | null };

/** A camera move and its serial number, by which MapView tells a new request from one it has met. */
export type CameraRequest = CameraMove & { serial: number };

/**
 * The part of the map a requested camera is framed for, unless a chapter names its own: a 1366×768
 * laptop's map with details open, above the tour card as it was (the card now stands beside that
 * map, which shows the frame with room above and below).
 */
export const REQUEST_FRAME: FrameSize = { width: 660, height: 270 };

/**
 * How much larger than its frame a story is shown at most: two zoom levels. A projector's map
 * beside the card and the details (about 1030×900) shows a tall chapter's frame (330×300) three
 * times over; one level, the cap until 2026-11-30, left such a story on half the wall's height.
 */
const MOST_ENLARGED = 4;

/**
 * The zoom that shows a requested camera's frame in a visible area of the given size: the same
 * zoom if the area is the frame's size, more on a larger area (a projector shows the same story
 * larger, up to two zoom levels), less on a smaller one (a phone) so that the frame still fits.
 */
export function fittedZoom(
  zoom: number,
  visibleWidth: number,
  visibleHeight: number,
  frame: FrameSize = REQUEST_FRAME,
): number {
  const scale = Math.min(visibleWidth / frame.width, visibleHeight / frame.height, MOST_ENLARGED);
  return round(Math.max(zoom + Math.log2(Math.max(scale, 0.05)), 0.8));
}

export type Padding = { top: number; right: number; bottom: number; left: number };

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** Whether the map frames its camera in less than its whole area (MapLibre's camera padding). */
export const hasPadding = (p: Partial<Padding>) => Object.values(p).some((side) => side > 0);

/**
 * How far the map is covered, in pixels in from each side: by the details panel on the right or at
 * the bottom, the tour's card on the left, a box over the map (the embed's legend) at the top.
 */
export type Covered = { right: number; bottom: number; left?: number; top?: number };

/**
 * The padding to fit a selection (or, with no margin, a tour chapter) into the part of a `width` ×
 * `height` map that a panel leaves visible (`covered`: how far it reaches in from the right or the
 * bottom, or the left, and how far a box over the map, the embed's legend, reaches down from the
 * top). A phone's details sheet covers over half its map: the margin shrinks with the map, and
 * the panel counts for at most 60% of either side (the box at the top for 30%, and for no more
 * than the bottom's panel leaves of 60%), so a selection
 * always gets a real part of the map rather than a 50 px strip.
 */
export function paddingBeside(width: number, height: number, covered: Covered, margin = 80): Padding {
  const edge = Math.min(margin, Math.round(Math.min(width, height) / 10));
  const bottom = Math.min(covered.bottom, height * 0.6);
  // Top and bottom together count for at most 60% too: a phone's sheet comes first.
  const top = Math.min(covered.top ?? 0, height * 0.3, height * 0.6 - bottom);
  return {
    top: edge + top,
    left: edge + Math.min(covered.left ?? 0, width * 0.6),
    right: edge + Math.min(covered.right, width * 0.6),
    bottom: edge + bottom,
  };
}

/**
 * The least frame, in pixels, that a box over the map's top (the embed's legend) may leave a
 * selection. In a 600 × 400 embed the legend (95 px deep) and the details column would leave 204 ×
 * 148 px: a tie from Moscow to Myanmar fitted there is a sliver of the map. Its folded bar (46 px)
 * leaves 204 × 191, which is counted: left out, a tie from Moscow to Bishkek was fitted with
 * Moscow under the bar's "Full legend" button.
 */
export const LEAST_FRAME_BELOW_BOX = { width: 200, height: 180 };

/**
 * `covered` with its box at the top counted only if the frame paddingBeside then leaves is at least
 * LEAST_FRAME_BELOW_BOX: in a smaller map a place under the box is taken as in sight, as before the
 * box was counted, rather than framed into too small a part of the map.
 */
export function coveredWithRoomBelowBox(width: number, height: number, covered: Covered): Covered {
  if (!covered.top) return covered;
  const padding = paddingBeside(width, height, covered);
  const room = { width: width - padding.left - padding.right, height: height - padding.top - padding.bottom };
  const enough = room.width >= LEAST_FRAME_BELOW_BOX.width && room.height >= LEAST_FRAME_BELOW_BOX.height;
  return enough ? covered : { ...covered, top: 0 };
}

/**
 * Whether any (or, with `every`, each) of these points (a selection's places, in map pixels) lies
 * in the part of the map a panel leaves in sight (`covered`: how far it reaches in from the right
 * or the bottom, or down from the top), `margin` pixels clear of its edges.
 */
export function inSight(
  points: { x: number; y: number }[],
  width: number,
  height: number,
  covered: Covered,
  { every = false, margin = 20 } = {},
): boolean {
  const top = (covered.top ?? 0) + margin;
  const seen = (p: { x: number; y: number }) =>
    p.x >= margin && p.x <= width - covered.right - margin && p.y >= top && p.y <= height - covered.bottom - margin;
  return every ? points.every(seen) : points.some(seen);
}

/**
 * Whether a point a reader just clicked lies under the panel that the click opened (`covered`: how
 * far it reaches in from the right or the bottom), or within `margin` pixels of its edge.
 */
export function underPanel(
  point: { x: number; y: number },
  width: number,
  height: number,
  covered: { right: number; bottom: number },
  margin = 40,
): boolean {
  const underSide = covered.right > 0 && point.x > width - covered.right - margin;
  const underSheet = covered.bottom > 0 && point.y > height - covered.bottom - margin;
  return underSide || underSheet;
}

/**
 * Whether any of the points lies on the map but under the panel (underPanel): the far end of a tie
 * tapped above a phone's sheet, which ran on under it to Jakarta. One off the map is not the
 * panel's doing: the reader chose a view that leaves it out.
 */
export function anyUnderPanel(
  points: { x: number; y: number }[],
  width: number,
  height: number,
  covered: { right: number; bottom: number },
): boolean {
  const onMap = (p: { x: number; y: number }) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
  return points.some((p) => onMap(p) && underPanel(p, width, height, covered));
}
