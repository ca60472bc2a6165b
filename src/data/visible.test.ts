import { describe, expect, it } from 'vitest';
import { relationTitle } from './visible.ts';
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
