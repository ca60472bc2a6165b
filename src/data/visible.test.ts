import { describe, expect, it } from 'vitest';
import { offMapReason, relationTitle, sharedAnchorName, viewShowing } from './visible.ts';
import { testDataset } from '../table/test-dataset.ts';

describe('relationTitle', () => {
  const d = testDataset();
  const relation = d.relations[0];

  it('names the two actors and the kind of tie', () => {
    expect(relationTitle(d, { ...relation, kind: 'arms-supply' })).toBe('Russia → Myanmar: arms supply');
  });
  it('says the topic instead when the relation has one, to tell it from another of its kind', () => {
    expect(relationTitle(d, { ...relation, kind: 'partnership', topic: 'diversification attempts' })).toBe(
      'Russia → Myanmar: diversification attempts',
    );
  });
});

describe('sharedAnchorName', () => {
  const d = testDataset();
  const relation = d.relations[0];

  it('names the place both ends are drawn at, where the map can draw no line', () => {
    expect(sharedAnchorName(d, { ...relation, from: 'CHN', to: 'SCO' })).toBe(
      d.placeById.get('beijing')!.properties.name,
    );
  });
  it('is null for ends drawn at two places', () => {
    expect(sharedAnchorName(d, { ...relation, from: 'RUS', to: 'MMR' })).toBeNull();
  });
});

describe('viewShowing', () => {
  const d = testDataset();
  const arms = { kind: 'relation', id: 'rus-mmr-arms' } as const; // arms, 2014–2019

  it('turns on the layer of a chosen entry, keeping the order of the layers', () => {
    expect(viewShowing(d, { layers: ['energy', 'china'], time: null }, arms)).toEqual({
      layers: ['arms', 'energy', 'china'],
      time: null,
    });
  });
  it('shows all years when the time filter hides the entry, and keeps a filter that shows it', () => {
    const layers = ['arms' as const];
    const allYears = viewShowing(d, { layers, time: { year: 2005, mode: 'at' } }, arms);
    expect(allYears.time).toBeNull();
    expect(allYears.layers).toBe(layers);
    const time = { year: 2016, mode: 'at' } as const;
    expect(viewShowing(d, { layers: ['arms'], time }, arms).time).toBe(time);
  });
  it('shows a chosen actor’s ties and events when none is on the map, in the years shown if any falls in them', () => {
    const sco = { kind: 'actor', id: 'SCO' } as const; // a diplomacy tie with no dates; a 2017 summit
    expect(viewShowing(d, { layers: ['arms', 'china'], time: null }, sco)).toEqual({
      layers: ['arms', 'diplomacy', 'china'],
      time: null,
    });
    const vietnam = { kind: 'country', id: 'VNM' } as const; // one arms tie, up to 2018
    const time = { year: 2010, mode: 'at' } as const;
    expect(viewShowing(d, { layers: ['energy'], time }, vietnam)).toEqual({ layers: ['arms', 'energy'], time });
    expect(viewShowing(d, { layers: ['energy'], time: { year: 2020, mode: 'at' } }, vietnam)).toEqual({
      layers: ['arms', 'energy'],
      time: null,
    });
    expect(viewShowing(d, { layers: ['arms'], time: { year: 2020, mode: 'at' } }, vietnam).time).toBeNull();
  });
  it('shows a chosen place’s ties and events when none is on the map', () => {
    const hanoi = { kind: 'place', id: 'hanoi' } as const; // Vietnam's seat: one arms tie, up to 2018
    expect(viewShowing(d, { layers: ['energy'], time: null }, hanoi)).toEqual({
      layers: ['arms', 'energy'],
      time: null,
    });
    const ürümqi = { kind: 'place', id: 'urumqi' } as const; // on a route only: no tie or event there
    const view = { layers: ['energy' as const], time: null };
    expect(viewShowing(d, view, ürümqi)).toBe(view);
  });
  it('changes nothing for an actor with one of its ties on the map, or with nothing in the data', () => {
    const view = { layers: ['diplomacy' as const], time: { year: 2012, mode: 'at' as const } };
    expect(viewShowing(d, view, { kind: 'actor', id: 'SCO' })).toBe(view);
    expect(viewShowing(d, view, { kind: 'country', id: 'SWE' })).toBe(view);
  });
  it('changes nothing for an entry already shown, a place, an actor or no selection', () => {
    const view = { layers: ['arms' as const], time: null };
    expect(viewShowing(d, view, arms)).toBe(view);
    expect(viewShowing(d, view, { kind: 'place', id: 'moscow' })).toBe(view);
    expect(viewShowing(d, view, { kind: 'actor', id: 'RUS' })).toBe(view);
    expect(viewShowing(d, view, null)).toBe(view);
  });
});

describe('offMapReason', () => {
  const d = testDataset();
  const arms = { kind: 'relation', id: 'rus-mmr-arms' } as const; // arms, 2014–2019

  it('names the layer that is off, the year that leaves the entry out, or both', () => {
    expect(offMapReason(d, { layers: ['energy'], time: null }, arms)).toEqual({ layer: 'arms', outsideTime: false });
    expect(offMapReason(d, { layers: ['arms'], time: { year: 2022, mode: 'at' } }, arms)).toEqual({
      layer: null,
      outsideTime: true,
    });
    expect(offMapReason(d, { layers: [], time: { year: 2010, mode: 'upto' } }, arms)).toEqual({
      layer: 'arms',
      outsideTime: true,
    });
  });
  it('is null for an entry on the map, a place, an actor or no selection', () => {
    const view = { layers: ['arms' as const], time: { year: 2016, mode: 'at' as const } };
    expect(offMapReason(d, view, arms)).toBeNull();
    expect(offMapReason(d, { layers: [], time: null }, { kind: 'place', id: 'moscow' })).toBeNull();
    expect(offMapReason(d, { layers: [], time: null }, { kind: 'actor', id: 'RUS' })).toBeNull();
    expect(offMapReason(d, view, null)).toBeNull();
  });
});
