import { describe, expect, it } from 'vitest';
import { describeView, joinList } from './describe-view.ts';
import { testDataset } from '../table/test-dataset.ts';
import type { LayerId, Relation } from '../data/schema.ts';

const d = testDataset();
const all = d.layers.map((l) => l.id);

describe('joinList', () => {
  it('joins like a sentence', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('describeView', () => {
  it('in a year view, says which relations show only because they have no date', () => {
    const year = describeView(d, ['diplomacy'], { year: 2010, mode: 'at' });
    expect(year).toMatch(/ The relation has no date and is drawn faint: the sources give it no year\.$/);
    expect(describeView(d, ['diplomacy'], null)).not.toMatch(/no date/);
    // How many of those counted: "in 2010: 4 relations" are not 4 of 2010.
    expect(describeView(d, all, { year: 2010, mode: 'at' })).toMatch(/ 1 of the 4 relations has no date and is /);
  });

  it('says nothing of faint undated relations while a selection fades the lines it is not about instead', () => {
    const time = { year: 2010, mode: 'at' } as const;
    expect(describeView(d, ['diplomacy'], time, false)).not.toMatch(/no date/);
    expect(describeView(d, ['diplomacy'], time)).toMatch(/no date/);
  });

  it('says when no layer is on', () => {
    expect(describeView(d, [], null)).toBe('No layers are shown. Turn on a layer to see its entries.');
  });

  it('describes a few layers by partner, with the largest sum and share, then events and routes', () => {
    expect(describeView(d, all, null)).toBe(
      'Showing all 7 layers: ' +
        '4 arms relations (Russia with Myanmar, Vietnam and India; China with Myanmar), ' +
        'the largest sum $2.5 billion (Russia → India, since May 2010) and ' +
        "the largest share 80% (share of Vietnam's arms imports, Russia → Vietnam, until 2018); " +
        '1 diplomatic relation (Russia with Shanghai Cooperation Organization); ' +
        '2 events from 2017 to 2021; ' +
        '1 route.',
    );
  });

  it('never compares dollars with percentages', () => {
    const text = describeView(d, ['arms'], null);
    // 80 is a larger number than 2.5e9 is not, and $807 is smaller than 80%: each unit has its own largest.
    expect(text).toContain('the largest sum $2.5 billion');
    expect(text).toContain('the largest share 80%');
    expect(text).not.toContain('$807');
  });

  it('groups a relation under the actor it shares with the others, whichever way it points', () => {
    const reversed = d.relations.map((r) => (r.id === 'rus-vnm-arms' ? { ...r, from: 'VNM', to: 'RUS' } : r));
    expect(describeView({ ...d, relations: reversed }, ['arms'], null)).toContain(
      '(Russia with Myanmar, Vietnam and India; China with Myanmar)',
    );
  });

  it('names the layers and the year when only a few are shown', () => {
    expect(describeView(d, ['arms', 'rail'], { year: 2015, mode: 'upto' })).toMatch(
      /^Showing 2 of 7 layers \(Arms, Rail and connectivity\), up to 2015: 4 arms relations .*; 1 route\.$/,
    );
  });

  it('names no undated figure as the largest of a chosen year: it is not known to hold then', () => {
    const undated = d.relations.map((r) =>
      r.id === 'rus-vnm-arms'
        ? { ...r, period: { start: null, end: null }, value: { ...r.value!, period: undefined } }
        : r,
    );
    const view = (time: { year: number; mode: 'at' | 'upto' } | null) =>
      describeView({ ...d, relations: undated }, ['arms'], time);
    expect(view(null)).toContain('the largest share 80%');
    // Still drawn and counted in 2015: a tie with no dates is not known to have ended.
    expect(view({ year: 2015, mode: 'at' })).toMatch(/4 arms relations/);
    expect(view({ year: 2015, mode: 'at' })).not.toContain('80%');
  });

  it('follows the time filter', () => {
    const text = describeView(d, all, { year: 2021, mode: 'at' });
    expect(text).toMatch(/^Showing all 7 layers, in 2021: /);
    // In 2021 only Russia–India (open-ended) and Russia–SCO (undated) still run, plus the coup.
    expect(text).toContain('1 arms relation (Russia with India), $2.5 billion (Russia → India, since May 2010)');
    expect(text).toContain('1 event, Military coup in Myanmar (1 February 2021)');
    expect(text).not.toContain('Vietnam');
  });

  it('says so when nothing in the shown layers falls in the period', () => {
    const layers: LayerId[] = ['energy', 'security'];
    expect(describeView(d, layers, { year: 2005, mode: 'at' })).toBe(
      'Showing 2 of 7 layers (Energy and trade, Security), in 2005: nothing in these layers falls in 2005. ' +
        'Choose another year or more layers.',
    );
    expect(describeView(d, ['rail'], { year: 2005, mode: 'upto' })).toBe(
      'Showing 1 of 7 layers (Rail and connectivity), up to 2005: nothing in this layer had begun by 2005. ' +
        'Choose another year or more layers.',
    );
    expect(describeView(d, ['security'], null)).toBe(
      'Showing 1 of 7 layers (Security): there is nothing in this layer.',
    );
  });

  it('shortens long lists of partners', () => {
    const many = {
      ...d,
      relations: ['MMR', 'VNM', 'IND', 'CHN', 'SCO'].map((to, i) => ({ ...d.relations[0], id: `r${i}`, to })),
    };
    expect(describeView(many, ['arms'], null)).toContain(
      '5 arms relations (Russia with Myanmar, Vietnam, India, China and 1 more)',
    );
  });

  it('counts relations per layer instead of listing partners when many layers have some', () => {
    const extra = (layer: LayerId, i: number): Relation => ({ ...d.relations[4], id: `x${i}`, layer });
    const wide = {
      ...d,
      relations: [...d.relations, extra('energy', 1), extra('security', 2), extra('far-east', 3), extra('china', 4)],
    };
    expect(describeView(wide, all, null)).toBe(
      'Showing all 7 layers: 9 relations (4 arms, 1 energy and trade, 1 security, 1 diplomatic, ' +
        '1 in Russia’s Far East and 1 showing China’s presence), ' +
        'the largest sum $2.5 billion (Russia → India, since May 2010) and ' +
        "the largest share 80% (share of Vietnam's arms imports, Russia → Vietnam, until 2018); " +
        '2 events from 2017 to 2021; 1 route.',
    );
  });
});
