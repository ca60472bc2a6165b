import { describe, expect, it } from 'vitest';
import { fading, focusedLines, focusOf } from './focus.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { ALL_LAYERS } from '../state/url.ts';

const dataset = projectDataset();
const all = visibleEntries(dataset, ALL_LAYERS, null);
const keys = (s: Parameters<typeof focusedLines>[2], visible = all) => [...focusedLines(dataset, visible, s)].sort();

describe('focusedLines', () => {
  it('a flow or a route is about itself', () => {
    expect(keys({ kind: 'relation', id: 'rus-mmr-arms-supply' })).toEqual(['flow:rus-mmr-arms-supply']);
    expect(keys({ kind: 'route', id: 'china-europe-via-russia' })).toEqual(['route:china-europe-via-russia']);
  });

  it('a country is about its ties and the routes it is a party to, as its details list them', () => {
    const india = keys({ kind: 'country', id: 'IND' });
    const ties = dataset.relations.filter((r) => r.from === 'IND' || r.to === 'IND').map((r) => `flow:${r.id}`);
    expect(india).toEqual([...ties].sort());
    expect(keys({ kind: 'country', id: 'KGZ' })).toContain('route:china-kyrgyzstan-uzbekistan-rail');
    // An organisation is an actor like a country.
    expect(keys({ kind: 'actor', id: 'SCO' }).length).toBeGreaterThan(0);
  });

  it('a place is about the ties anchored there and the routes through it', () => {
    const moscow = keys({ kind: 'place', id: 'moscow' });
    expect(moscow).toContain('flow:rus-mmr-arms-supply');
    expect(moscow).toContain('route:china-europe-via-russia');
    expect(moscow).not.toContain('flow:chn-mmr-arms-supply');
    expect(keys({ kind: 'place', id: 'kashgar' })).toEqual(['route:china-kyrgyzstan-uzbekistan-rail']);
  });

  it('counts only the lines the view shows; an event or nothing is about no line', () => {
    const armsOnly = visibleEntries(dataset, ['arms'], null);
    expect(keys({ kind: 'route', id: 'china-europe-via-russia' }, armsOnly)).toEqual([]);
    expect(keys({ kind: 'event', id: dataset.events[0].id })).toEqual([]);
    expect(keys(null)).toEqual([]);
  });

  it('a tie drawn as no line, both its ends at Moscow, is about no line', () => {
    expect(keys({ kind: 'relation', id: 'rus-brics' })).toEqual([]);
    expect(fading(dataset, all, false, { kind: 'relation', id: 'rus-brics' })).toBeNull();
  });
});

describe('focusOf', () => {
  const selection = { kind: 'relation', id: 'rus-mmr-arms-supply' } as const;
  it('is the reader’s selection outside the tour', () => {
    expect(focusOf({ selection, chapter: null, dataset })).toBe(selection);
    expect(focusOf({ selection: null, chapter: null, dataset })).toBeNull();
  });
  it('is the chapter in the tour, with its own selection or none', () => {
    const chapter = dataset.tour[2];
    expect(focusOf({ selection: chapter.selection, chapter: 3, dataset })).toBe(chapter);
    expect(focusOf({ selection: chapter.selection && { ...chapter.selection }, chapter: 3, dataset })).toBe(chapter);
    expect(focusOf({ selection: null, chapter: 3, dataset })).toBe(chapter);
  });
  it('is the reader’s own choice in the tour when it is another than the chapter’s', () => {
    expect(dataset.tour[2].selection).not.toEqual(selection);
    expect(focusOf({ selection, chapter: 3, dataset })).toBe(selection);
  });
  it('is nothing in a chapter the data does not hold, or before the data has loaded', () => {
    expect(focusOf({ selection: null, chapter: 99, dataset })).toBeNull();
    expect(focusOf({ selection: null, chapter: 3, dataset: null })).toBeNull();
  });
});

describe('focusedLines of a tour chapter', () => {
  it('is about the ties and routes the chapter cites that the view shows, not its events', () => {
    const cites = ['relation:rus-ind-oil', 'route:china-europe-via-russia', `event:${dataset.events[0].id}`];
    expect(keys({ cites })).toEqual(['flow:rus-ind-oil', 'route:china-europe-via-russia']);
    expect(keys({ cites }, visibleEntries(dataset, ['energy'], null))).toEqual(['flow:rus-ind-oil']);
  });
  it('fades the shown ties the chapter does not cite, and none if it cites none of them', () => {
    const india = dataset.tour.find((c) => c.id === 'india')!;
    const shown = visibleEntries(dataset, india.layers, india.time);
    const faded = fading(dataset, shown, false, india)!;
    expect(faded.why).toBe('focus');
    expect(faded.keys).toContain('flow:rus-mmr-arms-supply');
    expect(faded.keys).not.toContain('flow:rus-ind-oil');
    expect(fading(dataset, shown, false, { cites: ['relation:no-such-tie'] })).toBeNull();
  });
});

describe('fading', () => {
  it('fades the lines a choice is not about, in a year view too', () => {
    const faded = fading(dataset, all, true, { kind: 'relation', id: 'rus-mmr-arms-supply' })!;
    expect(faded.why).toBe('focus');
    expect(faded.keys).not.toContain('flow:rus-mmr-arms-supply');
    expect(faded.keys).toContain('flow:chn-mmr-arms-supply');
  });

  it('without a choice, fades in a year view the lines the sources give no year, and nothing otherwise', () => {
    const undated = dataset.relations.find((r) => r.period.start === null && r.period.end === null)!;
    const faded = fading(dataset, all, true, null)!;
    expect(faded.why).toBe('undated');
    expect(faded.keys).toContain(`flow:${undated.id}`);
    expect(faded.keys).not.toContain('flow:rus-mmr-arms-supply');
    expect(fading(dataset, all, false, null)).toBeNull();
    // An event is about no line: the year's rule holds.
    expect(fading(dataset, all, true, { kind: 'event', id: dataset.events[0].id })?.why).toBe('undated');
  });
});
