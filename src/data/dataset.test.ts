import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { splitCitations } from '../../scripts/generated-files.ts';
import { attachCitations, indexDataset, type CitedDataset } from './dataset.ts';

/** The fixture as the files hold it: every entry with its quotes. */
function cited(): Omit<CitedDataset, 'citationsKey'> {
  const { version, layers, actors, places, routes, relations, events, seeds, tour } = testDataset();
  return structuredClone({ version, layers, actors, places, routes, relations, events, seeds, tour });
}

describe('the quotes loaded apart from the first view', () => {
  it('leaves no quote in the first view’s file, and the two files name each other', () => {
    const { dataset, citations } = splitCitations(cited(), 'k1');
    expect(JSON.stringify(dataset)).not.toContain('"citations"');
    expect(JSON.stringify(dataset)).not.toContain('"quote"');
    expect(dataset.citationsKey).toBe('k1');
    expect(citations.key).toBe('k1');
  });

  it('gives every entry back its own quotes, on the same entries the first view holds', () => {
    const original = cited();
    const { dataset, citations } = splitCitations(original, 'k1');
    const light = indexDataset(JSON.parse(JSON.stringify(dataset)) as typeof dataset);
    const relation = light.relations[1];
    const withQuotes = attachCitations(light, JSON.parse(JSON.stringify(citations)) as typeof citations);
    expect(withQuotes).toBe(light);
    expect(withQuotes.relationById.get(relation.id)).toBe(relation);
    expect(withQuotes).toMatchObject(original);
    expect(withQuotes.routes.features[0].properties.citations).toEqual(
      original.routes.features[0].properties.citations,
    );
    expect(withQuotes.events.map((e) => e.citations)).toEqual(original.events.map((e) => e.citations));
  });

  it('refuses the quotes of another build, and a file that misses an entry', () => {
    const { dataset, citations } = splitCitations(cited(), 'k1');
    expect(() => attachCitations(indexDataset(dataset), { ...citations, key: 'k2' })).toThrow(
      /from another version of the data/,
    );
    const missing = structuredClone(citations);
    const id = dataset.events[0].id;
    delete missing.events[id];
    expect(() => attachCitations(indexDataset(dataset), missing)).toThrow(`no quotes for events "${id}"`);
  });
});
