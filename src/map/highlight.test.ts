import { describe, expect, it } from 'vitest';
import {
  applyHighlights,
  highlightTarget,
  syncFeatureValues,
  type FeatureStateMap,
  type HighlightLookup,
} from './highlight.ts';
import type { Selection } from '../state/url.ts';

/** A stand-in map that records feature-state as MapLibre would hold it. */
function fakeMap(sources: string[]) {
  const state = new Map<string, Record<string, boolean | number>>();
  const map: FeatureStateMap = {
    getSource: (id) => (sources.includes(id) ? {} : undefined),
    setFeatureState: ({ source, id }, s) => state.set(`${source}/${id}`, { ...state.get(`${source}/${id}`), ...s }),
  };
  const on = () =>
    [...state]
      .flatMap(([k, s]) => Object.entries(s).map(([flag, v]) => (v ? `${k}:${flag}` : '')))
      .filter(Boolean)
      .sort();
  return { map, on };
}

/** The parts of a dataset highlightTarget reads: one event, and one tie drawn as no line (Russia → BRICS). */
function lookup(events: [string, { place: string }][]): HighlightLookup {
  const actor = (id: string, anchor: string) => [id, { id, anchor }] as const;
  return {
    eventById: new Map(events),
    relationById: new Map([['rus-brics', { from: 'RUS', to: 'BRICS' }]]),
    actorById: new Map([actor('RUS', 'moscow'), actor('BRICS', 'moscow'), actor('MMR', 'naypyidaw')]),
  } as unknown as HighlightLookup;
}

describe('highlightTarget', () => {
  const events = lookup([['sco-2022', { place: 'samarkand' }]]);
  it('lights up the feature each kind of selection is drawn as', () => {
    expect(highlightTarget({ kind: 'relation', id: 'r1' }, 'selected', events)).toEqual({
      source: 'lines',
      id: 'flow:r1',
      key: 'selected',
    });
    expect(highlightTarget({ kind: 'route', id: 'r1' }, 'selected', events)?.id).toBe('route:r1');
    expect(highlightTarget({ kind: 'event', id: 'sco-2022' }, 'hovered', events)?.id).toBe('samarkand');
    expect(highlightTarget({ kind: 'actor', id: 'MMR' }, 'selected', events)?.source).toBe('countries');
  });
  it('lights the place of a tie drawn as no line, both its ends there', () => {
    expect(highlightTarget({ kind: 'relation', id: 'rus-brics' }, 'selected', events)).toEqual({
      source: 'places',
      id: 'moscow',
      key: 'selected',
    });
  });
  it("lights up a place's group's marker where markers are drawn as one, for the place and its events", () => {
    const markerOf = new Map([['yangon', 'naypyidaw']]);
    const target = (s: Selection) => highlightTarget(s, 'pointed', lookup([['e1', { place: 'yangon' }]]), markerOf)?.id;
    expect(target({ kind: 'place', id: 'yangon' })).toBe('naypyidaw');
    expect(target({ kind: 'event', id: 'e1' })).toBe('naypyidaw');
    expect(target({ kind: 'place', id: 'hanoi' })).toBe('hanoi');
  });
  it('has nothing to light up for an organisation or an event without a place', () => {
    expect(highlightTarget({ kind: 'actor', id: 'sco' }, 'selected', events)).toBeNull();
    expect(highlightTarget({ kind: 'event', id: 'unknown' }, 'selected', events)).toBeNull();
    expect(highlightTarget(null, 'selected', events)).toBeNull();
  });
});

describe('applyHighlights', () => {
  it('clears what is no longer targeted and sets the new targets', () => {
    const { map, on } = fakeMap(['flows', 'countries']);
    let applied = applyHighlights(map, [], [{ source: 'flows', id: 'a', key: 'selected' }]);
    expect(on()).toEqual(['flows/a:selected']);
    applied = applyHighlights(map, applied, [
      { source: 'flows', id: 'b', key: 'selected' },
      { source: 'countries', id: 'MMR', key: 'hovered' },
    ]);
    expect(on()).toEqual(['countries/MMR:hovered', 'flows/b:selected']);
    applyHighlights(map, applied, []);
    expect(on()).toEqual([]);
  });
  it('sets nothing again that is set already: each call makes the map draw', () => {
    const { map } = fakeMap(['flows']);
    const calls: string[] = [];
    const counting: FeatureStateMap = {
      ...map,
      setFeatureState: (f, s) => (calls.push(f.id), map.setFeatureState(f, s)),
    };
    const target = { source: 'flows', id: 'a', key: 'selected' } as const;
    const applied = applyHighlights(counting, [], [target]);
    expect(applyHighlights(counting, applied, [target])).toEqual([target]);
    expect(calls).toEqual(['a']);
  });

  it('skips sources the style does not have yet, so they are set again later', () => {
    const { map, on } = fakeMap([]);
    expect(applyHighlights(map, [], [{ source: 'flows', id: 'a', key: 'selected' }])).toEqual([]);
    expect(on()).toEqual([]);
  });
});

describe('syncFeatureValues', () => {
  it('sets changed values and zeroes the ids that dropped out', () => {
    const calls: string[] = [];
    const map: FeatureStateMap = {
      getSource: () => ({}),
      setFeatureState: ({ id }, s) => calls.push(`${id}=${Object.values(s)[0]}`),
    };
    const first = syncFeatureValues(
      map,
      'countries',
      'k',
      new Map(),
      new Map([
        ['IND', 2],
        ['MMR', 4],
      ]),
    );
    syncFeatureValues(
      map,
      'countries',
      'k',
      first,
      new Map([
        ['MMR', 4],
        ['VNM', 1],
      ]),
    );
    expect(calls).toEqual(['IND=2', 'MMR=4', 'IND=0', 'VNM=1']);
  });
});
