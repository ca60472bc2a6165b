/**
 * The view in one paragraph of plain English, for readers who cannot see the map (or want the
 * gist): which layers and years are shown, how many relations each layer draws and between whom
 * (or, with many layers on, just how many per layer), the largest sum and the largest share
 * (dollars are never compared with percentages), the events and the routes. Pure, so every combination of layers and time can be tested.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { LayerId, Relation } from '../data/schema.ts';
import { formatDate, formatPeriod, isUndated, periodMatches, type TimeFilter } from '../data/time.ts';
import { formatFigure } from '../data/format.ts';
import { actorName, visibleEntries } from '../data/visible.ts';

/** "1 relation", "2 relations"; `many` where the plural is not the word with an s. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "Arms, Energy and trade, Rail and connectivity": commas alone, as the names hold "and"
 * themselves ("Arms, Energy and trade and Rail and connectivity" could not be counted).
 */
export const layerList = (names: string[]) => names.join(', ');

/** "12 arms relations": each layer's relations named the way a sentence needs. */
const RELATIONS_IN: Record<LayerId, (n: number) => string> = {
  arms: (n) => plural(n, 'arms relation'),
  energy: (n) => plural(n, 'energy and trade relation'),
  rail: (n) => plural(n, 'rail and connectivity relation'),
  security: (n) => plural(n, 'security relation'),
  diplomacy: (n) => plural(n, 'diplomatic relation'),
  'far-east': (n) => `${plural(n, 'relation')} in Russia’s Far East`,
  china: (n) => `${plural(n, 'relation')} showing China’s presence`,
};

/** Past these, lists end in "and N more": the paragraph must stay readable with every layer on. */
const MAX_GROUPS = 2;
const MAX_PARTNERS = 4;
/** With more layers than this, relations are counted per layer rather than listed by partner. */
const MAX_DETAILED_LAYERS = 3;

function lead(d: IndexedDataset, layers: LayerId[], time: TimeFilter | null): string {
  const total = d.layers.length;
  const names = d.layers.filter((l) => layers.includes(l.id)).map((l) => l.name);
  const which =
    layers.length === total
      ? `Showing all ${total} layers`
      : `Showing ${layers.length} of ${total} layers${names.length <= 3 ? ` (${layerList(names)})` : ''}`;
  if (!time) return which;
  return `${which}, ${time.mode === 'at' ? 'in' : 'up to'} ${time.year}`;
}

/**
 * "Russia with Myanmar, Vietnam and India; China with Myanmar". Groups are taken greedily: the
 * actor in most of the remaining relations gathers all of them (whichever way they point), then
 * the next; on a tie the relation's "from" side leads.
 */
function partners(d: IndexedDataset, relations: Relation[]): string {
  const byHub = new Map<string, string[]>();
  let left = relations;
  while (left.length > 0) {
    const seen = new Map<string, number>();
    for (const r of left) for (const id of [r.from, r.to]) seen.set(id, (seen.get(id) ?? 0) + 1);
    // Map keeps insertion order and each relation adds "from" first, so ties go to a "from".
    const hub = [...seen].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    byHub.set(hub, [
      ...new Set(left.filter((r) => r.from === hub || r.to === hub).map((r) => (r.from === hub ? r.to : r.from))),
    ]);
    left = left.filter((r) => r.from !== hub && r.to !== hub);
  }
  const groups = [...byHub]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([hub, others]) => {
      const names = others.slice(0, MAX_PARTNERS).map((id) => actorName(d, id));
      if (others.length > MAX_PARTNERS) names.push(`${others.length - MAX_PARTNERS} more`);
      return `${actorName(d, hub)} with ${joinList(names)}`;
    });
  const shown = groups.slice(0, MAX_GROUPS);
  if (groups.length > MAX_GROUPS) shown.push(plural(groups.length - MAX_GROUPS, 'other pair'));
  return shown.join('; ');
}

/**
 * Whether a relation's headline figure belongs in a view of `time`. An undated tie is drawn in
 * every year, but its figure is not known to hold in any: "in 2000, the largest share about a
 * third" would date the 2022 figure it is to 2000.
 */
function figureFits(r: Relation, time: TimeFilter | null): boolean {
  if (!time) return true;
  const period = r.value?.period ?? r.period;
  return !isUndated(period) && periodMatches(period, time);
}

/**
 * The largest sum of money and the largest share among the relations' headline figures, each
 * within its own unit. Counts, distances and durations are left out: they measure unlike things
 * (challenges, options, days saved), so "the largest" of them would mislead.
 */
function largest(d: IndexedDataset, relations: Relation[], time: TimeFilter | null): string[] {
  const out: string[] = [];
  for (const [unit, noun] of [
    ['USD', 'sum'],
    ['percent', 'share'],
  ] as const) {
    const withUnit = relations.filter((r) => r.value?.unit === unit && figureFits(r, time));
    if (withUnit.length === 0) continue;
    const top = withUnit.reduce((a, b) => (b.value!.amount > a.value!.amount ? b : a));
    const figure = top.value!;
    const period = formatPeriod(figure.period ?? top.period);
    const context = [
      // A sum speaks for itself; a percentage needs to say what it is a share of.
      ...(unit === 'percent' ? [figure.label] : []),
      `${actorName(d, top.from)} → ${actorName(d, top.to)}`,
      ...(period === 'no date given' ? [] : [period]),
    ];
    const word = relations.length > 1 ? `the largest ${noun} ` : '';
    out.push(`${word}${formatFigure(figure)} (${context.join(', ')})`);
  }
  return out;
}

function withLargest(d: IndexedDataset, head: string, relations: Relation[], time: TimeFilter | null): string {
  const figures = largest(d, relations, time);
  return figures.length > 0 ? `${head}, ${joinList(figures)}` : head;
}

/** "7 arms relations (Russia with Myanmar, …), the largest sum $1.44 billion (…)". */
function layerClause(d: IndexedDataset, layer: LayerId, relations: Relation[], time: TimeFilter | null): string {
  return withLargest(d, `${RELATIONS_IN[layer](relations.length)} (${partners(d, relations)})`, relations, time);
}

/** "75 relations (7 arms, 10 energy and trade, …), the largest sum …": with many layers on. */
function overviewClause(d: IndexedDataset, relations: Relation[], time: TimeFilter | null): string {
  const perLayer = d.layers
    .map((l) => ({ id: l.id, n: relations.filter((r) => r.layer === l.id).length }))
    .filter((x) => x.n > 0)
    .map((x) => RELATIONS_IN[x.id](x.n).replace(/ relations?/, ''));
  return withLargest(d, `${plural(relations.length, 'relation')} (${joinList(perLayer)})`, relations, time);
}

function eventClause(events: { title: string; date: string }[]): string {
  if (events.length === 1) return `1 event, ${events[0].title} (${formatDate(events[0].date)})`;
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return `${events.length} events ${first === last ? `in ${first}` : `from ${first} to ${last}`}`;
}

/**
 * `undatedFaint`: whether the map draws the undated relations faint, as the live map does in a
 * year view unless the reader's choice fades the lines it is not about instead (map/focus.ts
 * `fading`). Passed in by the caller, which knows the reader's choice or the chapter.
 */
export function describeView(
  d: IndexedDataset,
  layers: LayerId[],
  time: TimeFilter | null,
  undatedFaint = time !== null,
): string {
  if (layers.length === 0) return 'No layers are shown. Turn on a layer to see its entries.';
  const { relations, events, routes } = visibleEntries(d, layers, time);
  const intro = lead(d, layers, time);
  if (relations.length + events.length + routes.length === 0) {
    const them = layers.length === 1 ? 'this layer' : 'these layers';
    if (!time) return `${intro}: there is nothing in ${them}.`;
    const when = time.mode === 'at' ? `falls in ${time.year}` : `had begun by ${time.year}`;
    return `${intro}: nothing in ${them} ${when}. Choose another year or more layers.`;
  }
  const clauses: string[] = [];
  const layersWithRelations = d.layers.filter((l) => relations.some((r) => r.layer === l.id));
  if (layersWithRelations.length > MAX_DETAILED_LAYERS) clauses.push(overviewClause(d, relations, time));
  else
    for (const layer of layersWithRelations)
      clauses.push(
        layerClause(
          d,
          layer.id,
          relations.filter((r) => r.layer === layer.id),
          time,
        ),
      );
  if (events.length > 0) clauses.push(eventClause(events));
  if (routes.length > 0) clauses.push(plural(routes.length, 'route'));
  return `${intro}: ${clauses.join('; ')}.${undatedFaint ? undatedNote(relations) : ''}`;
}

/**
 * In a year view, which of the relations show only because the sources give them no year: how
 * many of those counted. "In 2001: 21 diplomatic relations" read as 21 of that year; none was.
 */
function undatedNote(relations: Relation[]): string {
  const n = relations.filter((r) => isUndated(r.period)).length;
  if (n === 0) return '';
  const one = n === 1;
  const which =
    n < relations.length ? `${n} of the ${relations.length} relations` : one ? 'The relation' : `All ${n} relations`;
  return ` ${which} ${one ? 'has' : 'have'} no date and ${one ? 'is' : 'are'} drawn faint: the sources give ${one ? 'it' : 'them'} no year.`;
}
