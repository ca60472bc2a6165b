/**
 * Countries shaded by how involved they are in what the view shows: the number of visible
 * relations and events that name them (an actor with an ISO code). Russia and China are
 * not shaded (they are in nearly everything); their presence is shown by the flows' colours.
 * Reads the basemap's `countries` source (property iso3).
 */
import type { ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/dataset.ts';
import type { VisibleEntries } from '../../data/visible.ts';
import type { Theme } from '../theme.ts';
import { involvementScale } from '../../scales/involvement.ts';

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

/**
 * Each involved country's shading class, 1 (light) to `classes` (strong), from the same
 * quantized scale the legend explains. The map receives it as feature-state (see MapView), so a
 * change of year re-shades countries without re-tiling the basemap.
 */
export function involvementClasses(involvement: Map<string, number>, classes: number): Map<string, number> {
  const range = Array.from({ length: classes }, (_, i) => i + 1);
  const scale = involvementScale(Math.max(0, ...involvement.values()), range);
  return new Map([...involvement].map(([iso, n]) => [iso, scale(n)]));
}

/** The feature-state key holding a country's shading class; 0 or absent = not shaded. */
export const INVOLVEMENT_STATE = 'involvement';

/**
 * The basemap's country fill, coloured by each country's shading class (feature-state). The fill
 * draws every country of the world, so the shading lives in its colour rather than in a layer of
 * its own (a layer costs about 75 ms a frame in software WebGL); outlines of the hovered and
 * selected country are drawn by the highlight layer (highlight-shapes.ts).
 */
export function countryFill(theme: Theme, basemapFill: FillLayerSpecification): FillLayerSpecification {
  const shadingClass: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', INVOLVEMENT_STATE], 0]];
  const fill = [
    'match',
    shadingClass,
    ...theme.involvement.flatMap((colour, i) => [i + 1, colour]),
    theme.land,
  ] as unknown as ExpressionSpecification;
  return { ...basemapFill, paint: { ...basemapFill.paint, 'fill-color': fill } };
}
