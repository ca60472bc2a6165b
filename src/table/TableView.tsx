/**
 * The Table view: every relation, event and route as a row, with the same facts the map draws,
 * sortable and filterable. It is the map's accessible twin, so it is a real <table> with
 * sort buttons in the headers, and choosing a row opens that entry on the map.
 */
import { useMemo, useRef } from 'react';
import { useAppStore } from '../state/store.ts';
import { useScrollToLastChosen } from '../ui/last-chosen.ts';
import { selectionKey } from '../state/url.ts';
import { visibleEntries } from '../data/visible.ts';
import { buildRows } from './rows.ts';
import { filterRows, isFiltered, sortRows } from './sort-filter.ts';
import { NO_FILTERS } from './filters.ts';
import { TableFilters } from './TableFilters.tsx';
import { EntriesTable } from './EntriesTable.tsx';
import './table.css';

export function TableView() {
  const dataset = useAppStore((s) => s.citedDataset);
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const select = useAppStore((s) => s.select);
  // In the store, not the view: the reader who chose a row and comes back finds the table as left.
  const filters = useAppStore((s) => s.tableFilters);
  const setFilters = useAppStore((s) => s.setTableFilters);
  const sort = useAppStore((s) => s.tableSort);
  const setSort = useAppStore((s) => s.setTableSort);
  const lastChosen = useAppStore((s) => s.lastChosen.table);
  const selected = useAppStore((s) => selectionKey(s.selection));
  const setLastChosen = useAppStore((s) => s.setLastChosen);
  const page = useRef<HTMLElement>(null);
  useScrollToLastChosen('table', page, dataset !== null);

  const rows = useMemo(() => (dataset ? buildRows(dataset) : []), [dataset]);
  const visibleKeys = useMemo(() => {
    if (!dataset) return new Set<string>();
    const v = visibleEntries(dataset, layers, time);
    return new Set([
      ...v.relations.map((r) => `relation:${r.id}`),
      ...v.events.map((e) => `event:${e.id}`),
      ...v.routes.map((r) => `route:${r.id}`),
    ]);
  }, [dataset, layers, time]);
  const layerOrder = useMemo(() => dataset?.layers.map((l) => l.id) ?? [], [dataset]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filters, visibleKeys), sort, layerOrder),
    [rows, filters, visibleKeys, sort, layerOrder],
  );

  // A table emptied by the map's layers and years says so: a layer chosen here that is off on the
  // map listed nothing, with no word why.
  const offMap = useMemo(
    () =>
      shown.length === 0 && filters.onlyVisible
        ? filterRows(rows, { ...filters, onlyVisible: false }, visibleKeys).length
        : 0,
    [shown, rows, filters, visibleKeys],
  );

  // The row marked: the entry the details show, if it has one; else the one last chosen here.
  const chosen = rows.some((r) => r.key === selected) ? selected : lastChosen;

  if (!dataset) return null;
  return (
    <section ref={page} className="view-page table-view" aria-labelledby="table-view-heading">
      {/* Focusable by script: after "Try again" for the view's code, the focus comes here (VIEW_SLOT in App.tsx). */}
      <h2 id="table-view-heading" tabIndex={-1}>
        Entries as a table
      </h2>
      <p className="table-intro">
        The relations, events and routes, with their figures and sources: those the map shows now, or all of them once
        the box is unticked. Choose an entry to see it on the map.
      </p>
      <TableFilters
        dataset={dataset}
        filters={filters}
        onChange={setFilters}
        onClear={() => setFilters(NO_FILTERS)}
        canClear={isFiltered(filters)}
        shown={shown.length}
        total={rows.length}
      />
      <EntriesTable
        rows={shown}
        sort={sort}
        chosen={chosen}
        onSort={setSort}
        offMap={offMap}
        onChoose={(row) => {
          setLastChosen('table', row.key);
          // The table goes away with the choice: the focus goes to the entry's details.
          select({ kind: row.kind, id: row.id }, { fly: true, focusDetails: true, onMap: true });
        }}
      />
    </section>
  );
}
