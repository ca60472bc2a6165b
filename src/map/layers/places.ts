/**
 * Places and events. Events are drawn as one marker per place, sized by how many visible events
 * happened there and labelled with that count; other places that anchor a visible flow or route
 * are small dots. Reads places.geojson and the visible events; writes the `places` source's
 * properties: id, name, events (count), role ('event' | 'anchor').
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { VisibleEntries } from '../../data/visible.ts';
import type { Theme } from '../theme.ts';
import { MAP_FONT_REGULAR, MAP_FONT_SEMIBOLD } from '../font-names.ts';
import { isSelected } from '../highlight.ts';

export const PLACE_SOURCE = 'places';
export const PLACE_LAYER_IDS = ['place-marker'];

export function placeFeatures(d: IndexedDataset, visible: VisibleEntries): FeatureCollection<Point> {
  const eventCounts = new Map<string, number>();
  for (const e of visible.events) eventCounts.set(e.place, (eventCounts.get(e.place) ?? 0) + 1);
  const anchors = new Set<string>();
  for (const r of visible.relations) {
    for (const actorId of [r.from, r.to]) {
      const anchor = d.actorById.get(actorId)?.anchor;
      if (anchor) anchors.add(anchor);
    }
  }
  for (const route of visible.routes) for (const via of route.properties.via) anchors.add(via);

  const ids = new Set([...eventCounts.keys(), ...anchors]);
  const features = [...ids]
    .map((id) => d.placeById.get(id))
    .filter((p) => p !== undefined)
    .map((p) => ({
      type: 'Feature' as const,
      properties: {
        id: p.id,
        name: p.properties.name,
        events: eventCounts.get(p.id) ?? 0,
        role: eventCounts.has(p.id) ? 'event' : 'anchor',
      },
      geometry: p.geometry as Point,
    }));
  return { type: 'FeatureCollection', features };
}

export function placeLayers(theme: Theme): LayerSpecification[] {
  const isEvent = (): ExpressionSpecification => ['==', ['get', 'role'], 'event'];
  return [
    {
      // Event markers and anchor dots in one layer: one pass and one shader program for both.
      id: 'place-marker',
      type: 'circle',
      source: PLACE_SOURCE,
      // Bigger markers above smaller ones, and events above plain dots.
      layout: { 'circle-sort-key': ['get', 'events'] },
      paint: {
        // An event marker grows with its count and with the labels (it carries the count).
        'circle-radius': [
          'case',
          isEvent(),
          ['interpolate', ['linear'], ['get', 'events'], 1, 7 * theme.labelScale, 10, 13 * theme.labelScale],
          3.5 * theme.lineScale,
        ],
        'circle-color': ['case', isEvent(), theme.event, theme.land],
        'circle-stroke-color': ['case', isSelected, theme.selection, isEvent(), theme.land, theme.place],
        'circle-stroke-width': ['case', isSelected, 4, 1.5 * theme.lineScale],
      },
    },
    {
      id: 'event-count',
      type: 'symbol',
      source: PLACE_SOURCE,
      filter: isEvent(),
      layout: {
        'text-field': ['to-string', ['get', 'events']],
        'text-font': MAP_FONT_SEMIBOLD,
        'text-size': 11 * theme.labelScale,
        // Always drawn, but it holds its marker's place: a country's name then moves off the marker
        // (later layers are placed first, so place names already keep clear of it).
        'text-allow-overlap': true,
        'text-padding': 6 * theme.labelScale,
      },
      paint: { 'text-color': theme.land },
    },
    {
      id: 'place-label',
      type: 'symbol',
      source: PLACE_SOURCE,
      minzoom: 2.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT_REGULAR,
        'text-size': ['*', theme.labelScale, 12],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-optional': true,
        'symbol-sort-key': ['-', ['get', 'events']],
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': theme.labelHaloWidth },
    },
  ];
}
