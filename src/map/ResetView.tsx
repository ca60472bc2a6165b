/**
 * The map's "Reset the view" button, under the zoom buttons: back to the view the page opened on
 * or, in the tour, to the chapter's, framed beside its card. On a phone one swipe can turn the
 * globe's Asia away to its rim, and the address keeps the camera: a reload brought back the lost
 * view, and nothing else led out of it. It shows once the reader has moved the map (a drag, a
 * wheel, a key, the zoom buttons) and hides again when the app frames a view (the reset itself, a
 * chapter, a search): until then there is nothing to reset, and it would only take room from the
 * places' names beside the zoom buttons.
 */
import { useControl } from '@vis.gl/react-maplibre';
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from './camera.ts';
import { chapterInset } from './covered-by-card.ts';
import { useAppStore } from '../state/store.ts';
import { openChapter } from '../tour/chapters.ts';
import { focusInPlace } from '../ui/in-place.ts';

/** The address's camera when the map was first made (null: the default view), kept over a remount. */
let opening: Camera | null | undefined;
/** Whether the reader has moved the map since the app last framed a view: when the button shows. */
let moved = false;
export const movedByReader = () => moved;

export function resetView() {
  const state = useAppStore.getState();
  const { requestCamera, setCamera } = state;
  const shown = openChapter(state);
  if (shown) return requestCamera({ kind: 'chapter', camera: shown.camera, inset: chapterInset() });
  // The address names the camera again (none for the default view), so a reload keeps the reset.
  setCamera(opening ?? null);
  requestCamera({ kind: 'address', camera: opening ?? null });
}

const LABEL = 'Reset the view';
/** A house, drawn in the text's colour (so in the page's theme): MapLibre has no such icon. */
const ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">' +
  '<path d="M4 11.5 12 4.5l8 7M6.5 9.5v9h4.25v-5h2.5v5h4.25v-9" fill="none" stroke="currentColor" ' +
  'stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/></svg>';

class ResetControl implements IControl {
  private container: HTMLElement | null = null;

  private map: MapLibreMap | null = null;

  onAdd(map: MapLibreMap): HTMLElement {
    if (opening === undefined) opening = useAppStore.getState().camera;
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    container.hidden = true;
    this.map = map;
    map.on('moveend', this.onMoveEnd);
    map.on('resize', this.onResize);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reset-view';
    button.title = LABEL;
    button.setAttribute('aria-label', LABEL);
    button.innerHTML = ICON;
    button.addEventListener('click', resetView);
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.map?.off('moveend', this.onMoveEnd);
    this.map?.off('resize', this.onResize);
    this.container?.remove();
    this.container = null;
  }

  /**
   * A change of the map's size ends a move of its own (MapLibre fires it, with no event, right after
   * 'resize'): it is neither the reader's move nor the app's framing, and changes nothing here. It
   * hid the button, and a chapter the reader had zoomed into was framed again (camera-moves.ts).
   */
  private resizing = false;
  private readonly onResize = () => {
    this.resizing = true;
    queueMicrotask(() => (this.resizing = false));
  };

  /** Shown after the reader's own moves (those carry the event that made them), hidden after the app's. */
  private readonly onMoveEnd = (e: { originalEvent?: unknown }) => {
    const container = this.container;
    if (!container || this.resizing) return;
    // Pressed from the keyboard, the button hides with the focus on it: the focus goes to the map.
    if (!e.originalEvent && container.contains(document.activeElement)) focusInPlace(this.map?.getCanvas());
    moved = !!e.originalEvent;
    container.hidden = !moved;
  };
}

export function ResetViewControl() {
  useControl(() => new ResetControl(), { position: 'top-right' });
  return null;
}
