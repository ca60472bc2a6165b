/**
 * The table's controls as the store keeps them: which filters, which sort. Apart from
 * sort-filter.ts, which applies them, so that the store (first-view code) does not carry the
 * table's sorting and filtering, which loads with the table.
 */
import type { Certainty, LayerId } from '../data/schema.ts';

export type SortKey = 'actors' | 'type' | 'layer' | 'date' | 'value' | 'certainty' | 'summary' | 'sources';
export type SortDirection = 'ascending' | 'descending';
export type Sort = { key: SortKey; direction: SortDirection } | null;

export type Filters = {
  text: string;
  layer: LayerId | '';
  certainty: Certainty | '';
  /** A seed id, or '' for any. */
  source: string;
  /** Only entries the map shows now (its layers and time filter). */
  onlyVisible: boolean;
};

export const NO_FILTERS: Filters = { text: '', layer: '', certainty: '', source: '', onlyVisible: false };
export const DEFAULT_FILTERS: Filters = { ...NO_FILTERS, onlyVisible: true };
