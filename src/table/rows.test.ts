import { describe, expect, it } from 'vitest';
import { buildRows, dateKey, shortSourceName } from './rows.ts';
import { testDataset } from './test-dataset.ts';

const d = testDataset();
const rows = buildRows(d);
const row = (key: string) => rows.find((r) => r.key === key)!;

describe('buildRows', () => {
  it('makes one row per relation, event and route, keyed as the address bar writes them', () => {
    expect(rows).toHaveLength(d.relations.length + d.events.length + d.routes.features.length);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.map((r) => r.kind)).toContain('route');
    expect(row('route:china-europe-rail').id).toBe('china-europe-rail');
  });

  it('names a relation’s actors with an arrow and an event’s actors as a list', () => {
    expect(row('relation:rus-mmr-arms').actors).toBe('Russia → Myanmar');
    expect(row('relation:rus-mmr-arms').what).toBe('arms supply');
    expect(row('event:mmr-coup-2021').actors).toBe("Myanmar's military junta, Myanmar");
    expect(row('event:mmr-coup-2021').what).toBe('Military coup in Myanmar');
    expect(row('route:china-europe-rail').actors).toBe('China');
  });

  it('gives the layer’s name and the period or date in words', () => {
    expect(row('relation:rus-mmr-arms').layerName).toBe('Arms');
    expect(row('relation:rus-mmr-arms').when).toBe('2014–2019');
    expect(row('relation:rus-ind-arms').when).toBe('since May 2010');
    expect(row('event:mmr-coup-2021').when).toBe('1 February 2021');
    expect(row('event:mmr-coup-2021').place).toBe('in Naypyidaw');
    expect(row('route:china-europe-rail').place).toBe('via Beijing, Ürümqi');
  });

  it('shows the headline figure first, then the others, with who claims each', () => {
    expect(row('relation:rus-mmr-arms').figures).toEqual([
      { amount: 'about $807', detail: 'arms delivered' },
      { amount: '16%', detail: "share of Myanmar's arms imports" },
    ]);
    // A disputed figure shows both claims.
    expect(row('relation:rus-vnm-arms').figures.map((f) => `${f.amount} ${f.detail}`)).toEqual([
      "80% share of Vietnam's arms imports, according to SIPRI",
      "60% share of Vietnam's arms imports, according to the ministry",
    ]);
    expect(row('relation:rus-sco-membership').figures).toEqual([]);
    expect(row('relation:rus-sco-membership').sortFigure).toBeNull();
  });

  it('names each source once, by outlet or author and year', () => {
    expect(row('relation:rus-vnm-arms').sources.map((s) => s.short)).toEqual(['RFA 2021', 'Blank 2017']);
    expect(row('relation:rus-vnm-arms').sources[1].title).toBe('The multilateral dimensions');
    expect(shortSourceName({ ...d.seeds[0], outlet: null, authors: [], published: null })).toBe(d.seeds[0].title);
  });

  it('lets the filter find an entry by its kind and place, without accents', () => {
    expect(row('event:mmr-coup-2021').haystack).toContain('coup');
    expect(row('route:china-europe-rail').haystack).toContain('urumqi');
    expect(row('relation:rus-mmr-arms').haystack).toContain('arms supply');
  });
});

describe('dateKey', () => {
  it('orders partial dates chronologically, a bare year before its months', () => {
    const dates = ['2021-03-27', '2020', '2021', '2021-03', '2019-12-31'];
    expect([...dates].sort((a, b) => dateKey(a) - dateKey(b))).toEqual([
      '2019-12-31',
      '2020',
      '2021',
      '2021-03',
      '2021-03-27',
    ]);
  });
});
