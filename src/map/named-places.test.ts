import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { placesOf, samePlaces } from './named-places.ts';

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
