/**
 * Relations as arced flows from one actor's anchor place to the other's.
 * Reads: relation id, layer, from/to (via actor anchors), certainty, value; writes the `lines`
 * source's flows (lines.ts), with properties: id, side, certainty, width, hasValue, title.
 * Style: colour = whose presence (Russia, China, other); width = figure (d3 scaleSqrt per unit);
 * dashed = no width figure (its details may give other figures); dotted = planned;
 * hollow = reported; "?" marks = disputed.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { Relation } from '../../data/schema.ts';
import { relationTitle } from '../../data/visible.ts';
import { arc, fanBends, type LngLat } from '../arcs.ts';
import { flowSide } from '../sides.ts';
import { flowWidth, type WidthScales } from '../../scales/flow-width.ts';
import type { Theme } from '../theme.ts';
import { MAP_FONT_SEMIBOLD } from '../font-names.ts';
import { ARROW_IMAGE } from '../arrow-image.ts';
import { isHovered } from '../highlight.ts';
import { perFeature } from './per-feature.ts';
import { fadedIfUndated, unlessHidden } from '../hidden.ts';
import { LINE_SOURCE, isKind, lineProperties } from './lines.ts';

export const FLOW_LAYER_IDS = ['flow-solid', 'flow-dashed', 'flow-dotted'];
/**
 * The light cores of reported flows, drawn over every flow's line: a pointer on one is on its flow.
 * A click on Russia → Myanmar's hollow core, over Russia → China's line, opened Russia → China.
 */
export const FLOW_CORE_LAYER_IDS = ['flow-reported-core', 'flow-reported-core-dashed'];

export function flowFeatures(
  d: IndexedDataset,
  relations: Relation[],
  scales: WidthScales,
): FeatureCollection<LineString> {
  const anchorOf = (actorId: string) => d.placeById.get(d.actorById.get(actorId)?.anchor ?? '');
  const drawable = relations
    .map((r) => ({ r, a: anchorOf(r.from), b: anchorOf(r.to) }))
    .filter(({ a, b }) => a && b && a.id !== b.id);

  // Group by unordered pair of places so flows sharing a pair fan out instead of overlapping.
  const groups = new Map<string, typeof drawable>();
  for (const item of drawable) {
    const key = [item.a!.id, item.b!.id].sort().join('|');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  const features: FeatureCollection<LineString>['features'] = [];
  for (const [key, items] of groups) {
    const bends = fanBends(items.length);
    const canonicalFrom = key.split('|')[0];
    items.forEach(({ r, a, b }, i) => {
      // Bends are given for the canonical direction; a flow the other way flips its sign.
      const bend = a!.id === canonicalFrom ? bends[i] : -bends[i];
      features.push({
        type: 'Feature',
        properties: {
          ...lineProperties('flow', r.id),
          side: flowSide(d, r.from, r.to),
          certainty: r.certainty,
          width: flowWidth(scales, r.value),
          hasValue: Boolean(r.value),
          title: relationTitle(d, r),
        },
        geometry: {
          type: 'LineString',
          coordinates: arc(a!.geometry.coordinates as LngLat, b!.geometry.coordinates as LngLat, bend),
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

export function sideColour(theme: Theme): ExpressionSpecification {
  return ['match', ['get', 'side'], 'russia', theme.russia, 'china', theme.china, theme.other];
}

const isFlow = isKind('flow');

export function flowLayers(theme: Theme): LayerSpecification[] {
  const colour = sideColour(theme);
  // Read per feature, not along a zoom curve: every overlay line then shares one program (see per-feature.ts).
  const width = (factor = 1): ExpressionSpecification =>
    unlessHidden(['*', factor * theme.lineScale, ['get', 'width'], ['case', isHovered, 1.35, 1]]);
  const base = (id: string, filter: ExpressionSpecification, opacity: number, dash?: number[]): LayerSpecification => ({
    id,
    type: 'line',
    source: LINE_SOURCE,
    filter: ['all', isFlow, filter],
    layout: { 'line-cap': dash && dash[0] < 1 ? 'round' : 'butt', 'line-join': 'round' },
    paint: {
      'line-color': colour,
      'line-width': width(),
      // Flows with a figure a little stronger than those without.
      'line-opacity': fadedIfUndated(opacity),
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  });
  const notPlanned: ExpressionSpecification = ['!=', ['get', 'certainty'], 'planned'];
  const core = perFeature(theme.land);
  return [
    base('flow-solid', ['all', notPlanned, ['get', 'hasValue']], 0.9),
    base('flow-dashed', ['all', notPlanned, ['!', ['get', 'hasValue']]], 0.7, [2.5, 1.5]),
    base('flow-dotted', ['==', ['get', 'certainty'], 'planned'], 0.8, [0.1, 2]),
    {
      // Reported entries are drawn hollow: a light core inside the coloured line.
      id: FLOW_CORE_LAYER_IDS[0],
      type: 'line',
      source: LINE_SOURCE,
      filter: ['all', isFlow, ['==', ['get', 'certainty'], 'reported'], ['get', 'hasValue']],
      paint: { 'line-color': core, 'line-width': width(0.45), 'line-opacity': fadedIfUndated(1) },
    },
    {
      id: FLOW_CORE_LAYER_IDS[1],
      type: 'line',
      source: LINE_SOURCE,
      filter: ['all', isFlow, ['==', ['get', 'certainty'], 'reported'], ['!', ['get', 'hasValue']]],
      paint: {
        'line-color': core,
        'line-width': width(0.45),
        'line-opacity': fadedIfUndated(1),
        'line-dasharray': [2.5 / 0.45, 1.5 / 0.45],
      },
    },
    {
      id: 'flow-arrows',
      type: 'symbol',
      source: LINE_SOURCE,
      filter: isFlow,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 110,
        'icon-image': ARROW_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['get', 'width'], 2, 0.6 * theme.lineScale, 14, 1.1 * theme.lineScale],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': colour,
        'icon-halo-color': theme.land,
        'icon-halo-width': 1.5,
        'icon-opacity': unlessHidden(fadedIfUndated(1)),
      },
    },
    {
      id: 'flow-disputed-marks',
      type: 'symbol',
      source: LINE_SOURCE,
      filter: ['all', isFlow, ['==', ['get', 'certainty'], 'disputed']],
      layout: {
        'symbol-placement': 'line-center',
        'text-field': '?',
        'text-font': MAP_FONT_SEMIBOLD,
        'text-size': 16 * theme.labelScale,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': theme.label,
        'text-halo-color': theme.land,
        'text-halo-width': 2 * theme.lineScale,
        'text-opacity': unlessHidden(fadedIfUndated(1)),
      },
    },
  ];
}
