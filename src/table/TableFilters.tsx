/** The table's filter controls and its "N of M entries" count. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Certainty, LayerId } from '../data/schema.ts';
import { CERTAINTIES } from '../data/enums.ts';
import { CERTAINTY_LABEL } from '../details/Certainty.tsx';
import { shortSourceName } from './rows.ts';
import type { Filters } from './filters.ts';
import { SettledStatus } from '../ui/SpokenStatus.tsx';

type Props = {
  dataset: IndexedDataset;
  filters: Filters;
  onChange: (filters: Filters) => void;
  onClear: () => void;
  canClear: boolean;
  shown: number;
  total: number;
};

export function TableFilters({ dataset, filters, onChange, onClear, canClear, shown, total }: Props) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="table-filters">
      <div className="table-filter-fields">
        <label className="table-field table-field-text">
          <span>Filter</span>
          <input
            type="search"
            value={filters.text}
            placeholder="Actor, place, kind, words…"
            onChange={(e) => set('text', e.target.value)}
          />
        </label>
        <label className="table-field">
          <span>Layer</span>
          {/* Under its label one word says it: on a phone "Any certainty" ran under the arrow. */}
          <select value={filters.layer} onChange={(e) => set('layer', e.target.value as LayerId | '')}>
            <option value="">All</option>
            {dataset.layers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="table-field">
          <span>Certainty</span>
          <select value={filters.certainty} onChange={(e) => set('certainty', e.target.value as Certainty | '')}>
            <option value="">Any</option>
            {CERTAINTIES.map((c) => (
              <option key={c} value={c}>
                {CERTAINTY_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="table-field">
          <span>Source</span>
          <select value={filters.source} onChange={(e) => set('source', e.target.value)}>
            <option value="">All</option>
            {dataset.seeds.map((s) => (
              <option key={s.id} value={s.id}>
                {shortSourceName(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-filter-row">
        <label className="table-check">
          <input type="checkbox" checked={filters.onlyVisible} onChange={(e) => set('onlyVisible', e.target.checked)} />
          Only what the map shows now
        </label>
        {/* Heard once: from the status, which waits for the typing to pause. */}
        <p className="table-count" aria-hidden="true">
          {shown} of {total} entries
        </p>
        <SettledStatus text={`${shown} of ${total} entries`} />
        {/* aria-disabled, not disabled: a disabled button drops the focus of the key that pressed it. */}
        <button type="button" className="table-clear" onClick={() => canClear && onClear()} aria-disabled={!canClear}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
