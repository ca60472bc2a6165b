/**
 * Sorting an entry's figures for display: competing claims (the same thing counted by
 * different people, e.g. a death toll from a rights group and from the junta) are shown side
 * by side with who gives each; the rest are listed plainly. Figures in different units
 * measure different things, so two claimants only compete within one unit.
 */
import type { Certainty, Figure } from '../data/schema.ts';

export type FigureSplit = { contested: Figure[]; plain: Figure[] };

export function allFigures(entry: { value?: Figure; figures?: Figure[] }): Figure[] {
  return [...(entry.value ? [entry.value] : []), ...(entry.figures ?? [])];
}

export function splitFigures(entry: { certainty: Certainty; value?: Figure; figures?: Figure[] }): FigureSplit {
  const all = allFigures(entry);
  const claimed = all.filter((f) => f.claimedBy);
  let contested = claimed.filter((f) => {
    const sameUnit = claimed.filter((g) => g.unit === f.unit);
    return new Set(sameUnit.map((g) => g.claimedBy)).size >= 2;
  });
  // A disputed entry's figures are contested even when the curator named only one side.
  if (contested.length === 0 && entry.certainty === 'disputed')
    contested = claimed.length > 0 ? claimed : all.length >= 2 ? all : [];
  return { contested, plain: all.filter((f) => !contested.includes(f)) };
}
