/**
 * Lights up what is selected, hovered and pointed at (in a list, ui/pointing.ts) on the map: markers
 * and lines by feature-state, the outlines of a selected flow, route or country, of a hovered
 * country and of what is pointed at as the highlight source's data. Part of MapView: only it
 * calls this, with its map.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import { fetchCountryShapes } from './basemap-data.ts';
import {
  HIGHLIGHT_LAYER,
  HIGHLIGHT_MARKER_LAYER,
  HIGHLIGHT_SOURCE,
  highlightShapes,
  isOutlined,
  type CountryShapes,
} from './layers/highlight-shapes.ts';
import type { Overlay } from './style.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { applyHighlights, highlightTarget, type HighlightLookup, type HighlightTarget } from './highlight.ts';
import { LINE_SOURCE } from './layers/lines.ts';
import { BASEMAP_SOURCES } from './layers/basemap.ts';
import type { Selection } from '../state/url.ts';

export type MapHighlightsInput = {
  /** Whether the style's sources exist: feature-state set before has nothing to go on. */
  sourcesReady: boolean;
  overlay: Overlay | null;
  selection: Selection | null;
  hovered: Selection | null;
  /** The entry pointed at in a list (ui/pointing.ts). */
  pointedAt: Selection | null;
  /** The map's style: a restyle empties the highlight source, which is then set again. */
  style: StyleSpecification | null;
};

const NO_DATA: HighlightLookup = { eventById: new Map(), relationById: new Map(), actorById: new Map() };
/** The dataset an overlay was built from (an empty one in the overlay before the data). */
const dataOf = (overlay: Overlay) => overlay.dataset ?? NO_DATA;

export function useMapHighlights(
  mapRef: RefObject<MapRef | null>,
  { sourcesReady, overlay, selection, hovered, pointedAt, style }: MapHighlightsInput,
): void {
  // What the selection and the hover light up (highlight.ts), worked out once for both ways of
  // drawing it: feature-state and the highlight source's outlines.
  const selectedTarget = useMemo(
    () => overlay && highlightTarget(selection, 'selected', dataOf(overlay)),
    [overlay, selection],
  );
  const hoveredTarget = useMemo(
    () => overlay && highlightTarget(hovered, 'hovered', dataOf(overlay)),
    [overlay, hovered],
  );
  // A place drawn in a group's marker lights the group's (markerOf). The selection pointed at
  // keeps its own highlight: a halo over it would dull it.
  const pointedTarget = useMemo(() => {
    const target = overlay && highlightTarget(pointedAt, 'pointed', dataOf(overlay), overlay.markerOf);
    return target && target.source === selectedTarget?.source && target.id === selectedTarget.id ? null : target;
  }, [overlay, pointedAt, selectedTarget]);

  // Markers, hovered lines and the selected line are feature-state: one repaint, no restyle.
  // Applied again once the style's sources exist (`sourcesReady`), since a state set before has none.
  // The details panel paints first and the map's selection a frame later: a map frame costs ten
  // times what the panel does in software WebGL, and the reader is waiting for the text.
  const ready = sourcesReady && overlay !== null;
  useFeatureStates(mapRef, ready, selectedTarget, { afterPaint: true });
  useFeatureStates(mapRef, ready, hoveredTarget);
  useFeatureStates(mapRef, ready, pointedTarget);

  // Outlines of the selected flow, route or country, of the hovered country and of what is pointed
  // at are the highlight source's data (highlight-shapes.ts picks them). Set again after a restyle,
  // which empties the source.
  const highlighted = useMemo(
    () => [selectedTarget, hoveredTarget, pointedTarget].filter((t): t is HighlightTarget => t !== null),
    [selectedTarget, hoveredTarget, pointedTarget],
  );
  const countryShapes = useCountryShapes(highlighted.some((t) => t.source === BASEMAP_SOURCES.countries));
  const outlinesShown = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourcesReady || !overlay) return;
    const shapes = highlightShapes(highlighted, overlay, countryShapes);
    // Nothing outlined before or now (most steps of the timeline): setting it again would re-tile it.
    if (shapes.features.length === 0 && outlinesShown.current === 0) return;
    return afterNextPaint(() => {
      map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData(shapes);
      const rings = shapes.features.filter((f) => f.properties?.kind === 'place').length;
      map.setLayoutProperty(HIGHLIGHT_LAYER, 'visibility', shapes.features.length > rings ? 'visible' : 'none');
      map.setLayoutProperty(HIGHLIGHT_MARKER_LAYER, 'visibility', rings > 0 ? 'visible' : 'none');
      outlinesShown.current = shapes.features.length;
    });
  }, [mapRef, sourcesReady, overlay, highlighted, countryShapes, style]);
}

/**
 * Keeps the map's feature-state for one kind of highlight (selected, hovered or pointed at) equal
 * to `target`'s (byFeatureState). A target is worked out anew with each overlay, so a new overlay
 * sets it again. With `afterPaint`, once the page has painted.
 */
function useFeatureStates(
  mapRef: RefObject<MapRef | null>,
  ready: boolean,
  target: HighlightTarget | null,
  { afterPaint = false } = {},
): void {
  const shown = useRef<HighlightTarget[]>([]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready) return;
    const apply = () => {
      shown.current = applyHighlights(map, shown.current, byFeatureState(target));
    };
    if (afterPaint) return afterNextPaint(apply);
    apply();
  }, [mapRef, ready, target, afterPaint]);
}

/**
 * The highlight to set as feature-state: none when the highlight source outlines it, except a
 * selected or pointed-at flow or route, whose state keeps it from being drawn faint (hidden.ts).
 */
function byFeatureState(target: HighlightTarget | null): HighlightTarget[] {
  return target && (!isOutlined(target) || target.source === LINE_SOURCE) ? [target] : [];
}

/** The country shapes, loaded when first `needed` (null until then, or if they cannot be loaded). */
function useCountryShapes(needed: boolean): CountryShapes | null {
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  useEffect(() => {
    if (!needed || shapes) return;
    let cancelled = false;
    // Without them a country is still shaded and named in the details panel: no outline is all that is lost.
    fetchCountryShapes().then(
      (loaded) => !cancelled && setShapes(loaded),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [needed, shapes]);
  return shapes;
}
