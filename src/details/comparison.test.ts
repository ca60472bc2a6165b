import { describe, expect, it } from 'vitest';
import type { CitedRelation as Relation, Figure } from '../data/schema.ts';
import { comparisons } from './comparison.ts';

const usd = (amount: number): Figure => ({ amount, unit: 'USD', label: 'arms bought' });
const pct = (amount: number): Figure => ({ amount, unit: 'percent', label: 'share of arms imports' });

const relation = (id: string, over: Partial<Relation>): Relation => ({
  id,
  layer: 'arms',
  certainty: 'stated',
  summary: 'A relation for the comparison tests.',
  citations: [{ seed: 'pacnet-2021', quote: 'a quote long enough to stand alone' }],
  from: 'RUS',
  to: 'MMR',
  kind: 'arms-supply',
  period: { start: '2000', end: '2019' },
  ...over,
});

const russia = relation('rus-mmr-arms', { value: pct(17), figures: [usd(1.44e9)] });
const china = relation('chn-mmr-arms', { from: 'CHN', layer: 'china', value: pct(50), figures: [usd(1.7e9)] });
const india = relation('rus-ind-arms', { to: 'IND', value: usd(5e9) });
const talks = relation('rus-mmr-talks', { kind: 'military-cooperation', layer: 'security', value: usd(9e9) });

describe('comparisons', () => {
  it('charts every unit the selected relation and a peer to the same actor share, largest first', () => {
    const result = comparisons([russia, china, india, talks], russia);
    expect(result.map((c) => c.unit)).toEqual(['percent', 'USD']);
    expect(result[0].bars.map((b) => [b.relation.id, b.figure.amount, b.selected])).toEqual([
      ['chn-mmr-arms', 50, false],
      ['rus-mmr-arms', 17, true],
    ]);
    expect(result[1].bars.map((b) => b.figure.amount)).toEqual([1.7e9, 1.44e9]);
  });

  it('leaves out relations to another actor, or of another layer and kind', () => {
    const ids = comparisons([russia, china, india, talks], russia).flatMap((c) => c.bars.map((b) => b.relation.id));
    expect(ids).not.toContain('rus-ind-arms');
    expect(ids).not.toContain('rus-mmr-talks');
  });

  it('counts a peer of the same layer even when its kind differs', () => {
    const deal = relation('rus-mmr-deal', { kind: 'arms-deal', value: usd(2e9) });
    expect(comparisons([russia, deal], russia)[0].bars.map((b) => b.relation.id)).toEqual([
      'rus-mmr-deal',
      'rus-mmr-arms',
    ]);
  });

  it('charts no counts, lengths or years, which count or measure something different in each entry', () => {
    const count = (amount: number, label: string): Figure => ({ amount, unit: 'count', label });
    const challenges = relation('rus-fe-challenges', { figures: [count(4, 'challenges the pivot faces')] });
    const options = relation('rus-fe-options', { figures: [count(3, 'options for the Far East')] });
    expect(comparisons([challenges, options], challenges)).toEqual([]);
    const years = (amount: number): Figure => ({ amount, unit: 'years', label: 'years of support' });
    expect(
      comparisons([russia, relation('y', { figures: [years(4)] })], relation('z', { figures: [years(9)] })),
    ).toEqual([]);
  });

  it('charts nothing without a peer in the same unit, or without figures', () => {
    expect(comparisons([russia, relation('x', { from: 'CHN', value: { ...usd(3), unit: 'km' } })], russia)).toEqual([]);
    expect(comparisons([russia, china], relation('bare', {}))).toEqual([]);
  });
});
