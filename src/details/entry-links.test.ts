import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../data/schema.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { eventDate, eventLinks, onMapNote, relationLinks } from './entry-links.ts';

describe('eventDate', () => {
  it('says a date no more precisely than the source', () => {
    expect(eventDate({ date: '2021-05-09', precision: 'day' })).toBe('9 May 2021');
    expect(eventDate({ date: '2021-05-09', precision: 'month' })).toBe('May 2021');
    expect(eventDate({ date: '2021-05', precision: 'year' })).toBe('2021');
  });
});

describe('events at a place and the count on its marker', () => {
  const event = (id: string, date: string) => ({ id, title: id, date, precision: 'year' }) as MapEvent;
  const [a, b, c] = [event('a', '2019'), event('b', '2021'), event('c', '2020')];

  it('the heading says how many the marker counts, unless it counts them all', () => {
    expect(onMapNote(8, 4)).toBe('4 on the map now');
    expect(onMapNote(8, 0)).toBe('none on the map now');
    expect(onMapNote(8, 8)).toBeUndefined();
  });

  it('the events the marker does not count say so, in date order', () => {
    expect(eventLinks([a, b, c], [b]).map((e) => [e.label, e.meta])).toEqual([
      ['a', '2019 · not on the map now'],
      ['c', '2020 · not on the map now'],
      ['b', '2021'],
    ]);
    expect(eventLinks([a, b]).map((e) => e.meta)).toEqual(['2019', '2021']);
  });
});

describe('an actor’s ties and the ones on the map', () => {
  const d = projectDataset();
  const [energy, quad] = ['rus-ind-oil', 'ind-quad'].map((id) => d.relations.find((r) => r.id === id)!);

  it('the ties not on the map say so, after their period', () => {
    expect(relationLinks(d, [energy, quad], [energy]).map((e) => [e.label, e.meta])).toEqual([
      ['Russia → India: energy supply', 'since 2022'],
      ['India → The Quad: partnership', 'no date given · not on the map now'],
    ]);
    expect(relationLinks(d, [quad]).map((e) => e.meta)).toEqual(['no date given']);
  });
});
