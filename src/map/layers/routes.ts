/**
 * Rail routes as lines through the towns on their way. Reads routes.geojson; properties used:
 * id, name, certainty, schematic, actors. Colour = whose project (Russia, China, other);
 * dotted = planned; a "schematic" label runs along lines drawn through named towns.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { RouteFeature } from '../../data/schema.ts';
import type { Theme } from '../theme.ts';
import { MAP_FONT_REGULAR } from '../font-names.ts';
import { actorSide } from '../sides.ts';
import { sideColour } from './flows.ts';
import { isHovered } from '../highlight.ts';
import { perFeature } from './per-feature.ts';
import { unlessHidden } from '../hidden.ts';

export const ROUTE_SOURCE = 'routes';
export const ROUTE_LAYER_IDS = ['route-line', 'route-planned'];

export function routeFeatures(d: IndexedDataset, routes: RouteFeature[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: routes.map((r, i) => ({
      type: 'Feature',
      id: i + 1,
      properties: {
        id: r.id,
        name: r.properties.name,
        certainty: r.properties.certainty,
        schematic: r.properties.schematic,
        side: r.properties.actors.map((a) => actorSide(d, a)).find(Boolean) ?? 'other',
      },
      geometry: r.geometry as LineString,
    })),
  };
}

export function routeLayers(theme: Theme): LayerSpecification[] {
  const width = (extra = 0): ExpressionSpecification =>
    unlessHidden(['case', isHovered, (6 + extra) * theme.lineScale, (4 + extra) * theme.lineScale]);
  const planned = (): ExpressionSpecification => ['==', ['get', 'certainty'], 'planned'];
  return [
    {
      id: 'route-casing',
      type: 'line',
      source: ROUTE_SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': perFeature(theme.land), 'line-width': width(3) },
    },
    {
      id: 'route-line',
      type: 'line',
      source: ROUTE_SOURCE,
      filter: ['!', planned()],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': sideColour(theme), 'line-width': width() },
    },
    {
      id: 'route-planned',
      type: 'line',
      source: ROUTE_SOURCE,
      filter: planned(),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': sideColour(theme), 'line-width': width(), 'line-dasharray': [0.1, 1.6] },
    },
    {
      id: 'route-label',
      type: 'symbol',
      source: ROUTE_SOURCE,
      minzoom: 3,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['case', ['get', 'schematic'], ['concat', ['get', 'name'], ' (schematic)'], ['get', 'name']],
        'text-font': MAP_FONT_REGULAR,
        'text-size': ['*', theme.labelScale, 11],
        'text-offset': [0, 1],
      },
      paint: {
        'text-color': theme.label,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': theme.labelHaloWidth,
        'text-opacity': unlessHidden(1),
      },
    },
  ];
}
