/**
 * The selected flow, route or country and the hovered country, drawn as outlines from a small
 * source of their own. Drawn as zero-wide lines on every feature (the earlier way), they cost a
 * pass over every country of the world in each frame: about a sixth of the map's first load in
 * software WebGL. A selected marker and hovered flows and routes keep feature-state (highlight.ts).
 *
 * What the reader points at in the details (ui/pointing.ts) is outlined here too, in the
 * names' ink: a dark halo under a flow or route, a dark ring round a marker, a rim round a country.
 * The reader's eyes are on the list, so the map's cue must be plain from the corner of an eye.
 *
 * Writes the `highlight` source's properties: kind ('country' | 'flow' | 'route' | 'place'), key
 * ('selected' | 'hovered' | 'pointed'), width (a flow's), and a place's `role` and `events`.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import type { HighlightTarget } from '../highlight.ts';
import type { Overlay } from '../style.ts';
import { BASEMAP_SOURCES } from './basemap.ts';
import { PLACE_SOURCE, markerRadius, markerRim } from './places.ts';
import { LINE_KEY, LINE_SOURCE } from './lines.ts';
import { HIDDEN } from '../hidden.ts';

export const HIGHLIGHT_SOURCE = 'highlight';
export const HIGHLIGHT_LAYER = 'highlight';
export const HIGHLIGHT_MARKER_LAYER = 'highlight-marker';

/** Whether a target is drawn by the highlight source rather than by feature-state. */
export function isOutlined(t: HighlightTarget): boolean {
  if (t.source === BASEMAP_SOURCES.countries) return true;
  if (t.source === PLACE_SOURCE) return t.key === 'pointed';
  return t.key !== 'hovered';
}

/** Country id → its shape (the basemap's countries, loaded on the main thread when first needed). */
export type CountryShapes = Map<string, Feature>;

/** The outlines to draw for these targets, from the overlay's flows, routes and places and the country shapes. */
export function highlightShapes(
  targets: HighlightTarget[],
  overlay: Pick<Overlay, 'lines' | 'hidden' | 'places'>,
  countries: CountryShapes | null,
): FeatureCollection {
  const features: Feature[] = [];
  // A flow or route of another year than the view's is drawn hidden: so is its outline. One drawn
  // faint (undated in a year view) is outlined: a tour chapter's undated tie went unmarked.
  const shownLine = (key: string) =>
    overlay.hidden.get(key) === HIDDEN
      ? undefined
      : overlay.lines.features.find((f) => f.properties?.[LINE_KEY] === key);
  for (const t of targets.filter(isOutlined)) {
    if (t.source === PLACE_SOURCE) {
      const marker = overlay.places.features.find((f) => f.properties?.id === t.id);
      if (marker) features.push(markerRing(marker, t));
      continue;
    }
    const shape = t.source === LINE_SOURCE ? shownLine(t.id) : countries?.get(t.id);
    if (!shape) continue;
    const kind = t.source === LINE_SOURCE ? shape.properties?.kind : 'country';
    features.push({
      type: 'Feature',
      properties: { kind, key: t.key, width: Number(shape.properties?.width ?? 0) },
      geometry: shape.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The ring round a marker: drawn as its marker is, from its role and count of events. */
function markerRing(marker: Feature, t: HighlightTarget): Feature {
  const { role, events } = marker.properties ?? {};
  return { type: 'Feature', properties: { kind: 'place', key: t.key, role, events }, geometry: marker.geometry };
}

/**
 * One line layer for every outline: wide halos under a selected flow or route, a rim round a country.
 * Hidden while nothing is outlined (MapView shows it with its data): even empty, a line layer of
 * its own source costs every frame a pass that masks its tiles (~20 ms of a ~550 ms frame on the
 * globe in software WebGL).
 */
export function highlightLayer(theme: Theme): LineLayerSpecification {
  const selected: ExpressionSpecification = ['==', ['get', 'key'], 'selected'];
  const pointed: ExpressionSpecification = ['==', ['get', 'key'], 'pointed'];
  return {
    id: HIGHLIGHT_LAYER,
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round', visibility: 'none' },
    paint: {
      'line-color': ['case', selected, theme.selection, theme.label],
      'line-width': [
        'match',
        ['get', 'kind'],
        'flow',
        ['+', ['*', ['get', 'width'], 1.2 * theme.lineScale], 6],
        'route',
        // Pointed at, wider: its halo is half as dark.
        ['case', pointed, 16 * theme.lineScale, 12 * theme.lineScale],
        // A country: selected, pointed at from a list (seen from the corner of an eye), hovered.
        [
          'match',
          ['get', 'key'],
          'selected',
          3 * theme.lineScale,
          'pointed',
          2.5 * theme.lineScale,
          1.5 * theme.lineScale,
        ],
      ],
      // A flow or route pointed at shows through its halo: a thin dashed flow was lost in a solid one.
      'line-opacity': ['case', ['all', pointed, ['!=', ['get', 'kind'], 'country']], 0.5, 1],
    },
  };
}

/**
 * The ring round a marker pointed at: a dark stroke outside the marker's own rim, under the marker.
 * Hidden while no marker is pointed at, as the outlines' layer is.
 */
export function highlightMarkerLayer(theme: Theme): CircleLayerSpecification {
  return {
    id: HIGHLIGHT_MARKER_LAYER,
    type: 'circle',
    source: HIGHLIGHT_SOURCE,
    filter: ['==', ['get', 'kind'], 'place'],
    layout: { visibility: 'none' },
    paint: {
      'circle-radius': markerRadius(theme),
      'circle-opacity': 0,
      'circle-stroke-color': theme.label,
      // Strokes lie outside the radius: the marker's own rim, then 3 px of ink.
      'circle-stroke-width': markerRim(theme) + 3 * theme.lineScale,
    },
  };
}
