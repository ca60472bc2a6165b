/**
 * Filtering and sorting the table's rows, as pure functions of the rows and the controls.
 * Sorting is stable and entries without a sort key (no date, no figure) always go last,
 * whichever the direction, so reversing a sort never buries the dated entries.
 */
import type { Figure, LayerId } from '../data/schema.ts';
import { CERTAINTIES } from '../data/enums.ts';
import { fold } from '../search/fold.ts';
import type { TableRow } from './rows.ts';
import { NO_FILTERS, type Filters, type Sort, type SortKey } from './filters.ts';

/**
 * Rows that pass every filter. `visibleKeys` holds the keys of the entries the map shows now
 * ("relation:id"); it is only read when `onlyVisible` is set. Every word of the text must occur.
 */
export function filterRows(rows: TableRow[], filters: Filters, visibleKeys: ReadonlySet<string>): TableRow[] {
  const terms = fold(filters.text).split(' ').filter(Boolean);
  return rows.filter(
    (row) =>
      (!filters.onlyVisible || visibleKeys.has(row.key)) &&
      (!filters.layer || row.layer === filters.layer) &&
      (!filters.certainty || row.certainty === filters.certainty) &&
      (!filters.source || row.sources.some((s) => s.id === filters.source)) &&
      terms.every((t) => row.haystack.includes(t)),
  );
}

export function isFiltered(filters: Filters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).some((k) => filters[k] !== NO_FILTERS[k]);
}

const TYPE_ORDER = ['relation', 'event', 'route'];
const UNIT_ORDER: Figure['unit'][] = ['USD', 'percent', 'count', 'km', 'days', 'years'];
const CERTAINTY_ORDER: readonly string[] = CERTAINTIES;
// One collator for every comparison: localeCompare with options builds one per call, which a
// sort of thousands of rows calls tens of thousands of times.
const text = new Intl.Collator('en', { sensitivity: 'base' }).compare;

type Compare = (a: TableRow, b: TableRow) => number;

/**
 * `has`: whether a row has the key at all (rows without it go last). `group`: an order that the
 * direction does not reverse (the unit of a figure); `compare` orders within a group.
 */
type KeyCompare = { has: (r: TableRow) => boolean; group?: Compare; compare: Compare };

function comparator(key: SortKey, layerOrder: readonly LayerId[]): KeyCompare {
  const always = (compare: Compare): KeyCompare => ({ has: () => true, compare });
  switch (key) {
    case 'actors':
      return always((a, b) => text(a.actors, b.actors) || text(a.what, b.what));
    case 'type':
      return always((a, b) => TYPE_ORDER.indexOf(a.kind) - TYPE_ORDER.indexOf(b.kind));
    case 'layer':
      return always((a, b) => layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer));
    case 'certainty':
      return always((a, b) => CERTAINTY_ORDER.indexOf(a.certainty) - CERTAINTY_ORDER.indexOf(b.certainty));
    case 'summary':
      return always((a, b) => text(a.summary, b.summary));
    case 'sources':
      return always((a, b) => text(a.sources.map((s) => s.short).join(), b.sources.map((s) => s.short).join()));
    case 'date':
      return { has: (r) => r.dateKey !== null, compare: (a, b) => cmp(a.dateKey!, b.dateKey!) };
    case 'value':
      // Numbers compare only within a unit: dollars first, then percentages, and so on.
      return {
        has: (r) => r.sortFigure !== null,
        group: (a, b) => UNIT_ORDER.indexOf(a.sortFigure!.unit) - UNIT_ORDER.indexOf(b.sortFigure!.unit),
        compare: (a, b) => cmp(a.sortFigure!.amount, b.sortFigure!.amount),
      };
  }
}

// Not `a - b`: open starts sort as -Infinity, and -Infinity - -Infinity is NaN.
const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRows(rows: TableRow[], sort: Sort, layerOrder: readonly LayerId[]): TableRow[] {
  if (!sort) return rows;
  const { has, group, compare } = comparator(sort.key, layerOrder);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const withKey = rows.filter(has);
  const without = rows.filter((r) => !has(r));
  // Array.prototype.sort is stable, so ties keep the dataset's curated order.
  return [...withKey.sort((a, b) => (group?.(a, b) ?? 0) || sign * compare(a, b)), ...without];
}

/** The next sort when a column's button is pressed: ascending, then descending, then ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
