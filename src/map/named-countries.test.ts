import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { countriesOf, namedCountriesOf, NO_COUNTRIES, sameCountries } from './named-countries.ts';

describe('countriesOf', () => {
  const d = testDataset();
  it('is a tie’s two ends, an event’s actors, or a country itself, when they are countries', () => {
    expect(countriesOf(d, { kind: 'relation', id: 'rus-mmr-arms' })).toEqual(['RUS', 'MMR']);
    // The organisation at the other end is no country.
    expect(countriesOf(d, { kind: 'relation', id: 'rus-sco-membership' })).toEqual(['RUS']);
    // The junta is a group.
    expect(countriesOf(d, { kind: 'event', id: 'mmr-coup-2021' })).toEqual(['MMR']);
    expect(countriesOf(d, { kind: 'country', id: 'VNM' })).toEqual(['VNM']);
    expect(countriesOf(d, { kind: 'actor', id: 'IND' })).toEqual(['IND']);
  });
  it('is nothing for a route (it carries its own name), a place, no selection, or an unknown entry', () => {
    expect(countriesOf(d, { kind: 'route', id: 'china-europe-rail' })).toEqual([]);
    expect(countriesOf(d, { kind: 'place', id: 'hanoi' })).toEqual([]);
    expect(countriesOf(d, { kind: 'actor', id: 'SCO' })).toEqual([]);
    expect(countriesOf(d, null)).toEqual([]);
    expect(countriesOf(d, { kind: 'relation', id: 'nothing' })).toEqual([]);
  });
});

describe('namedCountriesOf', () => {
  const d = testDataset();
  const story = ['CHN', 'IND', 'MMR', 'RUS'];
  it('sorts the selection’s countries among the story’s, and is the one empty list without any', () => {
    expect(namedCountriesOf(d, { kind: 'relation', id: 'rus-mmr-arms' }, story)).toEqual(['MMR', 'RUS']);
    // Vietnam is not among these story countries: its name stays with the others'.
    expect(namedCountriesOf(d, { kind: 'relation', id: 'rus-vnm-arms' }, story)).toEqual(['RUS']);
    expect(namedCountriesOf(d, null, story)).toBe(NO_COUNTRIES);
    expect(namedCountriesOf(d, { kind: 'route', id: 'china-europe-rail' }, story)).toBe(NO_COUNTRIES);
    expect(namedCountriesOf(d, { kind: 'country', id: 'VNM' }, story)).toBe(NO_COUNTRIES);
  });
});

describe('sameCountries', () => {
  it('compares the countries listed', () => {
    expect(sameCountries(['MMR', 'RUS'], ['MMR', 'RUS'])).toBe(true);
    expect(sameCountries(['MMR'], ['MMR', 'RUS'])).toBe(false);
    expect(sameCountries(['MMR', 'VNM'], ['MMR', 'RUS'])).toBe(false);
  });
});
