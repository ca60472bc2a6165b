import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { chapterPlaces, hubPlacesOf, namedPlacesOf, placesOf, samePlaces } from './named-places.ts';
import type { TourChapter } from '../data/schema.ts';

describe('placesOf', () => {
  const d = testDataset();
  it('is a tie’s two ends’ anchors, an event’s place, or a place itself', () => {
    expect(placesOf(d, { kind: 'relation', id: 'rus-mmr-arms' })).toEqual(['moscow', 'naypyidaw']);
    expect(placesOf(d, { kind: 'event', id: 'mmr-coup-2021' })).toEqual(['naypyidaw']);
    expect(placesOf(d, { kind: 'place', id: 'hanoi' })).toEqual(['hanoi']);
  });
  it('is nothing for a route, a country, no selection, or what the dataset does not hold', () => {
    expect(placesOf(d, { kind: 'route', id: 'china-europe-rail' })).toEqual([]);
    expect(placesOf(d, { kind: 'country', id: 'VNM' })).toEqual([]);
    expect(placesOf(d, null)).toEqual([]);
    expect(placesOf(d, { kind: 'relation', id: 'nothing' })).toEqual([]);
  });
});

describe('hubPlacesOf', () => {
  const d = testDataset();
  const ties = (...ids: string[]) => ids.map((id) => d.relationById.get(id)!);
  it('is the places at the ends of a third or more of the ties', () => {
    // Moscow ends 4 of the 5, Naypyidaw 2 and Beijing 2 (China's and the SCO's anchor), Hanoi and New Delhi 1.
    const all = ties('rus-mmr-arms', 'chn-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms', 'rus-sco-membership');
    expect(hubPlacesOf(d, all)).toEqual(new Set(['moscow', 'naypyidaw', 'beijing']));
    expect(hubPlacesOf(d, ties('rus-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms', 'rus-sco-membership'))).toEqual(
      new Set(['moscow']),
    );
  });
  it('is both ends of a lone tie, and nothing without ties', () => {
    expect(hubPlacesOf(d, ties('rus-vnm-arms'))).toEqual(new Set(['moscow', 'hanoi']));
    expect(hubPlacesOf(d, [])).toEqual(new Set());
  });
});

describe('samePlaces', () => {
  it('compares the places held, not the sets', () => {
    expect(samePlaces(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(samePlaces(new Set(['a']), new Set(['a', 'b']))).toBe(false);
    expect(samePlaces(new Set(['a', 'c']), new Set(['a', 'b']))).toBe(false);
  });
});

describe('chapterPlaces', () => {
  const chapter = (cites: string[]): TourChapter => ({
    id: 'c',
    title: 'A chapter',
    body: 'A body of text long enough.',
    camera: { longitude: 80, latitude: 28, zoom: 1.7 },
    layers: ['arms'],
    time: null,
    selection: null,
    cites,
    questions: ['Why?'],
  });

  it('is where the cited events happened and where the cited ties are anchored, once each', () => {
    const d = testDataset();
    expect(
      chapterPlaces(d, chapter(['event:mmr-coup-2021', 'relation:rus-mmr-arms', 'relation:rus-sco-membership'])),
    ).toEqual(new Set(['naypyidaw', 'moscow', 'beijing']));
  });

  it('takes a cited place itself, but not the towns a cited route runs through', () => {
    const d = testDataset();
    expect(chapterPlaces(d, chapter(['place:hanoi', 'route:china-europe-rail']))).toEqual(new Set(['hanoi']));
  });

  it('skips what the dataset does not hold', () => {
    expect(chapterPlaces(testDataset(), chapter(['event:nowhere', 'relation:nothing']))).toEqual(new Set());
  });
});

describe('namedPlacesOf', () => {
  it('is the chapter’s places and the selection’s, once each', () => {
    const d = testDataset();
    const chapter = { cites: ['event:mmr-coup-2021'] } as TourChapter;
    expect(namedPlacesOf(d, chapter, { kind: 'relation', id: 'rus-mmr-arms' })).toEqual(
      new Set(['naypyidaw', 'moscow']),
    );
    expect(namedPlacesOf(d, null, null)).toEqual(new Set());
  });
});
