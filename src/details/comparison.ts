/**
 * Which relations to chart beside the selected one: others going to the same actor, in the
 * same layer or of the same kind, with a figure in the same unit of money or share ("China and
 * Russia each supplying Myanmar's arms, in US dollars"). Same kind counts as well as same layer
 * because the dataset files a rival's supply under its own layer (China's arms under "China's
 * presence"), and a reader still wants the two side by side.
 */
import type { CitedRelation as Relation, Figure } from '../data/schema.ts';

export type ComparisonBar = { relation: Relation; figure: Figure; selected: boolean };
export type Comparison = { unit: Figure['unit']; bars: ComparisonBar[] };

const figuresOf = (r: Relation): Figure[] => [...(r.value ? [r.value] : []), ...(r.figures ?? [])];

/**
 * The units in which two ties' figures measure the same thing: money, and shares. A count, a
 * length or a span of years counts or measures something of its own in each entry: the Far East's
 * "4 challenges the pivot faces" had been charted against its "3 options", as if one were more.
 */
const COMPARABLE: Figure['unit'][] = ['USD', 'percent'];

/** One chart per unit the selected relation has a figure in, each with at least one other bar. */
export function comparisons(relations: Relation[], selected: Relation): Comparison[] {
  const peers = relations.filter(
    (r) => r.id !== selected.id && r.to === selected.to && (r.layer === selected.layer || r.kind === selected.kind),
  );
  const units = [...new Set(figuresOf(selected).map((f) => f.unit))].filter((u) => COMPARABLE.includes(u));
  return units.flatMap((unit) => {
    // An entry's first figure in a unit is its headline one (the value comes first).
    const pick = (r: Relation) => figuresOf(r).find((f) => f.unit === unit);
    const others = peers.flatMap((r) => {
      const figure = pick(r);
      return figure ? [{ relation: r, figure, selected: false }] : [];
    });
    if (others.length === 0) return [];
    const bars = [{ relation: selected, figure: pick(selected)!, selected: true }, ...others];
    return [{ unit, bars: bars.sort((a, b) => b.figure.amount - a.figure.amount) }];
  });
}
