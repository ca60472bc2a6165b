import { describe, expect, it } from 'vitest';
import { offMapWhy } from './off-map-why.ts';
import { projectDataset } from '../data/test-project-dataset.ts';

const dataset = projectDataset();
// Russia → Myanmar arms supply: the Arms layer, 2000–2019 (data/relations.json).
const tie = { kind: 'relation', id: 'rus-mmr-arms-supply' } as const;

describe('offMapWhy', () => {
  it('says which of the layer and the year leave the entry off the map', () => {
    expect(offMapWhy(dataset, { layers: ['energy'], time: null }, tie)).toBe('the Arms layer is off');
    expect(offMapWhy(dataset, { layers: ['arms'], time: { year: 2022, mode: 'at' } }, tie)).toBe(
      'the map shows only 2022',
    );
    expect(offMapWhy(dataset, { layers: ['energy'], time: { year: 1999, mode: 'upto' } }, tie)).toBe(
      'the Arms layer is off, and the map shows up to 1999',
    );
  });
  it('is null when the entry is on the map, or there is no entry', () => {
    expect(offMapWhy(dataset, { layers: ['arms'], time: { year: 2015, mode: 'at' } }, tie)).toBeNull();
    expect(offMapWhy(dataset, { layers: [], time: null }, null)).toBeNull();
  });
});
