import { describe, expect, it } from 'vitest';
import { buildRows } from './rows.ts';
import { filterRows, isFiltered, nextSort, sortRows } from './sort-filter.ts';
import { DEFAULT_FILTERS, NO_FILTERS } from './filters.ts';
import { testDataset } from './test-dataset.ts';

const d = testDataset();
const rows = buildRows(d);
const layers = d.layers.map((l) => l.id);
const keys = (rs: { key: string }[]) => rs.map((r) => r.key);
const none = new Set<string>();

describe('filterRows', () => {
  it('keeps everything with no filters', () => {
    expect(filterRows(rows, NO_FILTERS, none)).toHaveLength(rows.length);
  });

  it('matches every word of the text in actors, summary, kind or place, ignoring case and accents', () => {
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'VIETNAM' }, none))).toEqual(['relation:rus-vnm-arms']);
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'coup' }, none))).toEqual(['event:mmr-coup-2021']);
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'Ürümqi' }, none))).toEqual(['route:china-europe-rail']);
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'russia myanmar' }, none))).toEqual(['relation:rus-mmr-arms']);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'atlantis' }, none)).toEqual([]);
  });

  it('filters by layer, certainty and source', () => {
    expect(keys(filterRows(rows, { ...NO_FILTERS, layer: 'diplomacy' }, none))).toEqual([
      'relation:rus-sco-membership',
      'event:sco-summit-2017',
    ]);
    expect(keys(filterRows(rows, { ...NO_FILTERS, certainty: 'disputed' }, none))).toEqual(['relation:rus-vnm-arms']);
    const fromB = filterRows(rows, { ...NO_FILTERS, source: 'src-b' }, none);
    expect(fromB.every((r) => r.sources.some((s) => s.id === 'src-b'))).toBe(true);
    expect(keys(fromB)).toContain('relation:rus-vnm-arms');
    expect(keys(fromB)).not.toContain('relation:chn-mmr-arms');
  });

  it('keeps only what the map shows when asked to', () => {
    const visible = new Set(['relation:chn-mmr-arms', 'route:china-europe-rail']);
    expect(keys(filterRows(rows, DEFAULT_FILTERS, visible))).toEqual([...visible]);
    expect(filterRows(rows, NO_FILTERS, visible)).toHaveLength(rows.length);
  });

  it('knows when any filter is set', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, text: 'x' })).toBe(true);
  });
});

describe('sortRows', () => {
  it('leaves the curated order alone when unsorted', () => {
    expect(sortRows(rows, null, layers)).toEqual(rows);
  });

  it('sorts by date chronologically, open starts first and undated entries last either way', () => {
    const up = keys(sortRows(rows, { key: 'date', direction: 'ascending' }, layers));
    expect(up).toEqual([
      'relation:rus-vnm-arms', // until 2018: began before the sources
      'relation:chn-mmr-arms', // 2000
      'relation:rus-ind-arms', // May 2010
      'route:china-europe-rail', // 2011
      'relation:rus-mmr-arms', // 2014
      'event:sco-summit-2017', // June 2017
      'event:mmr-coup-2021', // 1 February 2021
      'relation:rus-sco-membership', // no date
    ]);
    const down = keys(sortRows(rows, { key: 'date', direction: 'descending' }, layers));
    expect(down[0]).toBe('event:mmr-coup-2021');
    expect(down.at(-1)).toBe('relation:rus-sco-membership');
  });

  it('sorts values numerically within a unit, dollars before percentages, never mixing them', () => {
    const up = keys(sortRows(rows, { key: 'value', direction: 'ascending' }, layers));
    expect(up.slice(0, 4)).toEqual([
      'relation:rus-mmr-arms', // $807
      'relation:chn-mmr-arms', // $1.7 billion
      'relation:rus-ind-arms', // $2.5 billion
      'relation:rus-vnm-arms', // 80%
    ]);
    const down = keys(sortRows(rows, { key: 'value', direction: 'descending' }, layers));
    expect(down.slice(0, 4)).toEqual([
      'relation:rus-ind-arms',
      'relation:chn-mmr-arms',
      'relation:rus-mmr-arms',
      'relation:rus-vnm-arms',
    ]);
    // Entries without a figure go last.
    expect(down.slice(4)).not.toContain('relation:rus-vnm-arms');
  });

  it('sorts text columns alphabetically and kinds, layers and certainty in their own order', () => {
    const byActors = sortRows(rows, { key: 'actors', direction: 'ascending' }, layers);
    expect(byActors[0].actors).toBe('China');
    expect(keys(sortRows(rows, { key: 'type', direction: 'descending' }, layers))[0]).toBe('route:china-europe-rail');
    expect(sortRows(rows, { key: 'layer', direction: 'descending' }, layers)[0].layer).toBe('diplomacy');
    expect(sortRows(rows, { key: 'certainty', direction: 'descending' }, layers)[0].certainty).toBe('disputed');
  });

  it('does not change the rows it was given', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'summary', direction: 'descending' }, layers);
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('starts ascending and toggles on the same column', () => {
    const first = nextSort(null, 'date');
    expect(first).toEqual({ key: 'date', direction: 'ascending' });
    expect(nextSort(first, 'date')).toEqual({ key: 'date', direction: 'descending' });
    expect(nextSort({ key: 'date', direction: 'descending' }, 'value')).toEqual({
      key: 'value',
      direction: 'ascending',
    });
  });
});
