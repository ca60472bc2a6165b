import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { chapterPlaces, namedPlacesOf, placesOf, samePlaces } from './named-places.ts';
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
