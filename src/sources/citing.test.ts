import { describe, expect, it } from 'vitest';
import type { MapEvent, Relation, RouteFeature } from '../data/schema.ts';
import { entriesCiting } from './citing.ts';

const cite = (seed: string) => ({ seed, quote: 'a quote long enough to stand alone' });
const relation = (id: string, seeds: string[]) => ({ id, citations: seeds.map(cite) }) as Relation;
const event = (id: string, seeds: string[]) => ({ id, citations: seeds.map(cite) }) as MapEvent;
const route = (id: string, seeds: string[]) => ({ id, properties: { citations: seeds.map(cite) } }) as RouteFeature;

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
