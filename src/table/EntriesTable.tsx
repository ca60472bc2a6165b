/**
 * The table itself. Each sortable header holds a real button and carries aria-sort; each row's
 * first cell is its header, a button that opens the entry on the map. The page scrolls down
 * through the rows; where the columns do not fit, each row is a card (table.css), so nothing
 * scrolls sideways.
 */
import type { TableRow } from './rows.ts';
import { nextSort } from './sort-filter.ts';
import type { Sort, SortKey } from './filters.ts';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'actors', label: 'Actors' },
  { key: 'type', label: 'Type' },
  { key: 'layer', label: 'Layer' },
  { key: 'certainty', label: 'Certainty' },
  { key: 'date', label: 'Period / date' },
  { key: 'value', label: 'Figures' },
  { key: 'summary', label: 'Summary' },
  { key: 'sources', label: 'Source(s)' },
];

type Props = {
  rows: TableRow[];
  sort: Sort;
  /** The row the reader opened last (its key), marked so that they find their place. */
  chosen: string | null;
  onSort: (sort: Sort) => void;
  onChoose: (row: TableRow) => void;
  /** How many entries the other filters keep that "Only what the map shows now" leaves out. */
  offMap: number;
};

export function EntriesTable({ rows, sort, chosen, onSort, onChoose, offMap }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="entries-caption">
      <table className="entries">
        <caption id="entries-caption">
          Relations, events and routes
          {sort && `, sorted by ${COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase()} (${sort.direction})`}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const direction = sort?.key === c.key ? sort.direction : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={direction} className={`col-${c.key}`}>
                  <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, c.key))}>
                    {c.label}{' '}
                    <span className="sort-icon" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} chosen={row.key === chosen} onChoose={onChoose} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{emptyTableNote(offMap)}</p>}
    </div>
  );
}

function Row({ row, chosen, onChoose }: { row: TableRow; chosen: boolean; onChoose: (row: TableRow) => void }) {
  return (
    <tr data-key={row.key} className={chosen ? 'last-chosen' : undefined}>
      <th scope="row" className="col-actors">
        <button type="button" className="row-button" onClick={() => onChoose(row)}>
          <span className="row-actors">{row.actors}</span> <span className="row-what">{row.what}</span>
        </button>
      </th>
      <td className="col-type">{row.kind}</td>
      <td className="col-layer">
        <span className={`layer-chip layer-${row.layer}`}>{row.layerName}</span>
      </td>
      <td className={`col-certainty certainty-${row.certainty}`}>{row.certainty}</td>
      <td className="col-date">
        {row.when}
        {row.place && <span className="cell-note">{row.place}</span>}
      </td>
      <td className="col-value">
        {row.figures.map((f, i) => (
          <span key={i} className="figure">
            <strong>{f.amount}</strong> <span className="cell-note-inline">{f.detail}</span>
          </span>
        ))}
      </td>
      <td className="col-summary">{row.summary}</td>
      <td className="col-sources">
        {row.sources.map((s) => (
          <span key={s.id} className="source" title={s.title}>
            {s.short}
          </span>
        ))}
      </td>
    </tr>
  );
}

/** Why the table lists nothing: the filters match nothing, or only entries the map does not show now (`offMap`). */
export function emptyTableNote(offMap: number): string {
  if (offMap === 0) return 'No entries match these filters.';
  const untick = 'untick “Only what the map shows now” to list';
  return offMap === 1
    ? `The one entry these filters match is not on the map now: ${untick} it.`
    : `None of the ${offMap} entries these filters match is on the map now: ${untick} them.`;
}
