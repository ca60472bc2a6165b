import { describe, expect, it } from 'vitest';
import type { CitedMapEvent, CitedRelation, CitedRouteFeature } from '../data/schema.ts';
import { citedByLine, entriesCiting } from './citing.ts';

const cite = (seed: string) => ({ seed, quote: 'a quote long enough to stand alone' });
const relation = (id: string, seeds: string[]) => ({ id, citations: seeds.map(cite) }) as CitedRelation;
const event = (id: string, seeds: string[]) => ({ id, citations: seeds.map(cite) }) as CitedMapEvent;
const route = (id: string, seeds: string[]) =>
  ({ id, properties: { citations: seeds.map(cite) } }) as CitedRouteFeature;

describe('entriesCiting', () => {
  const d = {
    relations: [relation('a', ['rfa']), relation('b', ['rfa', 'rfa', 'edm']), relation('c', ['edm'])],
    events: [event('e', ['edm']), event('f', ['rfa'])],
    routes: { type: 'FeatureCollection' as const, features: [route('r', ['rfa', 'blank'])] },
  };

  it('lists each entry citing the document once, however often it cites it', () => {
    const found = entriesCiting(d, 'rfa');
    expect(found.relations.map((r) => r.id)).toEqual(['a', 'b']);
    expect(found.events.map((e) => e.id)).toEqual(['f']);
    expect(found.routes.map((r) => r.id)).toEqual(['r']);
  });

  it('finds nothing for a document nobody cites', () => {
    expect(entriesCiting(d, 'none')).toEqual({ relations: [], events: [], routes: [] });
  });
});

describe('citedByLine', () => {
  const entries = (relations: number, events: number, routes: number) => ({
    relations: Array.from({ length: relations }, (_, i) => relation(`r${i}`, [])),
    events: Array.from({ length: events }, (_, i) => event(`e${i}`, [])),
    routes: Array.from({ length: routes }, (_, i) => route(`t${i}`, [])),
  });

  it('counts the kinds of entry that cite the document and leaves out the kinds that do not', () => {
    expect(citedByLine(entries(30, 3, 0))).toBe('Cited by 33 entries: 30 relations and 3 events.');
    expect(citedByLine(entries(2, 1, 4))).toBe('Cited by 7 entries: 2 relations, 1 event and 4 routes.');
    expect(citedByLine(entries(0, 0, 1))).toBe('Cited by 1 entry: 1 route.');
    expect(citedByLine(entries(0, 0, 0))).toBe('Cited by no entry.');
  });
});
