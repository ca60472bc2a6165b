/**
 * The selected flow, route or country and the hovered country, drawn as outlines from a small
 * source of their own. Drawn as zero-wide lines on every feature (the earlier way), they cost a
 * pass over every country of the world in each frame: about a sixth of the map's first load in
 * software WebGL. Markers and hovered flows and routes keep feature-state (highlight.ts).
 * Writes the `highlight` source's properties: kind ('country' | 'flow' | 'route'), key
 * ('selected' | 'hovered'), width (a flow's).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import type { HighlightTarget } from '../highlight.ts';
import type { Overlay } from '../style.ts';
import { BASEMAP_SOURCES } from './basemap.ts';
import { PLACE_SOURCE } from './places.ts';
import { LINE_KEY, LINE_SOURCE } from './lines.ts';
import { HIDDEN } from '../hidden.ts';

export const HIGHLIGHT_SOURCE = 'highlight';
export const HIGHLIGHT_LAYER = 'highlight';

/** Whether a target is drawn by the highlight source rather than by feature-state. */
export function isOutlined(t: HighlightTarget): boolean {
  return t.source === BASEMAP_SOURCES.countries || (t.key === 'selected' && t.source !== PLACE_SOURCE);
}

/** Country id → its shape (the basemap's countries, loaded on the main thread when first needed). */
export type CountryShapes = Map<string, Feature>;

/** The outlines to draw for these targets, from the overlay's flows and routes and the country shapes. */
export function highlightShapes(
  targets: HighlightTarget[],
  overlay: Pick<Overlay, 'lines' | 'hidden'>,
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

/**
 * One line layer for every outline: wide halos under a selected flow or route, a rim round a country.
 * Hidden while nothing is outlined (MapView shows it with its data): even empty, a line layer of
 * its own source costs every frame a pass that masks its tiles (~20 ms of a ~550 ms frame on the
 * globe in software WebGL).
 */
export function highlightLayer(theme: Theme): LineLayerSpecification {
  const selected: ExpressionSpecification = ['==', ['get', 'key'], 'selected'];
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
        12 * theme.lineScale,
        ['case', selected, 3 * theme.lineScale, 1.5 * theme.lineScale],
      ],
    },
  };
}
