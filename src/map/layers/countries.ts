/**
 * Countries shaded by how involved they are in what the view shows: the number of visible
 * relations and events that name them (an actor with an ISO code). Russia and China are
 * not shaded (they are in nearly everything); their presence is shown by the flows' colours.
 * Reads the basemap's `countries` source (property iso3).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { VisibleEntries } from '../../data/visible.ts';
import type { Theme } from '../theme.ts';
import { involvementScale } from '../../scales/involvement.ts';
import { BASEMAP_SOURCES } from './basemap.ts';

const UNSHADED = new Set(['RUS', 'CHN']);

export function involvementByCountry(d: IndexedDataset, visible: VisibleEntries): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (actorIds: string[]) => {
    const isos = new Set(actorIds.map((id) => d.actorById.get(id)?.iso3).filter((iso) => iso && !UNSHADED.has(iso)));
    for (const iso of isos) counts.set(iso!, (counts.get(iso!) ?? 0) + 1);
  };
  for (const r of visible.relations) count([r.from, r.to]);
  for (const e of visible.events) count(e.actors);
  return counts;
}

export function countryLayers(
  theme: Theme,
  involvement: Map<string, number>,
  selectedIso3: string | null,
  hoveredIso3: string | null,
): LayerSpecification[] {
  const scale = involvementScale(Math.max(0, ...involvement.values()), theme.involvement);
  const fill: ExpressionSpecification | string =
    involvement.size === 0
      ? theme.land
      : ([
          'match',
          ['get', 'iso3'],
          ...[...involvement].flatMap(([iso, n]) => [iso, scale(n)]),
          theme.land,
        ] as unknown as ExpressionSpecification);
  return [
    {
      id: 'country-involvement',
      type: 'fill',
      source: BASEMAP_SOURCES.countries,
      filter: ['in', ['get', 'iso3'], ['literal', [...involvement.keys()]]],
      paint: { 'fill-color': fill, 'fill-antialias': false },
    },
    {
      id: 'country-hover',
      type: 'line',
      source: BASEMAP_SOURCES.countries,
      filter: ['==', ['get', 'iso3'], hoveredIso3 ?? ''],
      paint: { 'line-color': theme.label, 'line-width': 1.5 * theme.lineScale },
    },
    {
      id: 'country-selected',
      type: 'line',
      source: BASEMAP_SOURCES.countries,
      filter: ['==', ['get', 'iso3'], selectedIso3 ?? ''],
      paint: { 'line-color': theme.selection, 'line-width': 3 * theme.lineScale },
    },
  ];
}
