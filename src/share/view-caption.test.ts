import { describe, expect, it } from 'vitest';
import { visibleEntries } from '../data/visible.ts';
import { testDataset } from '../table/test-dataset.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import {
  embedTitle,
  layersCaption,
  seedsCited,
  sourcesLine,
  timeCaption,
  versionLine,
  viewCaption,
} from './view-caption.ts';

describe('the caption of an image of the view', () => {
  const d = testDataset();

  it('names the layers shown, or says all of them', () => {
    expect(layersCaption(d, ['arms', 'rail'])).toBe('Arms, Rail and connectivity');
    expect(
      layersCaption(
        d,
        d.layers.map((l) => l.id),
      ),
    ).toBe('All 7 layers');
    expect(layersCaption(d, [])).toBe('No layers');
  });

  it('says the years as the timeline does', () => {
    expect(timeCaption(null, { first: 2000, last: 2022 })).toBe('All years, 2000–2022');
    expect(timeCaption({ year: 2021, mode: 'at' }, d.years)).toBe('In 2021');
    expect(timeCaption({ year: 2021, mode: 'upto' }, d.years)).toBe('Up to 2021');
    expect(viewCaption(d, ['arms'], { year: 2019, mode: 'upto' })).toBe('Arms · Up to 2019');
  });

  it('credits the documents the visible entries cite, and the basemap', () => {
    expect(sourcesLine(seedsCited(d, visibleEntries(d, ['rail'], null)))).toBe(
      'Sources: Stephen J. Blank, 2017. Basemap: Natural Earth.',
    );
    expect(seedsCited(d, visibleEntries(d, ['arms'], null)).map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(sourcesLine([])).toBe('Basemap: Natural Earth.');
  });

  it('gives the data version and the reader’s day', () => {
    expect(versionLine(d, new Date(2027, 0, 5, 23, 30))).toBe('Data version 1.0.0 (2024) · Made 5 January 2027');
  });
});

describe('an embed’s title', () => {
  const d = testDataset();
  const view = { chapter: null, selection: null, layers: ['arms' as const], time: null };

  it('names the map and what the view is about, so that a page’s embeds are told apart', () => {
    const relation = d.relations[0];
    expect(embedTitle(d, { ...view, selection: { kind: 'relation', id: relation.id } })).toMatch(
      /^Russia’s pivot to Asia, interactive map: .+ → .+/,
    );
    expect(embedTitle(d, { ...view, selection: { kind: 'event', id: d.events[0].id } })).toBe(
      `Russia’s pivot to Asia, interactive map: ${d.events[0].title}`,
    );
    expect(embedTitle(projectDataset(), { ...view, chapter: 1 })).toBe(
      'Russia’s pivot to Asia, interactive map: chapter 1, Where the pivot came from',
    );
  });

  it('falls back to the layers and years where the view names nothing the data calls by name', () => {
    expect(embedTitle(d, view)).toBe(
      `Russia’s pivot to Asia, interactive map: Arms · All years, ${d.years.first}–${d.years.last}`,
    );
    expect(embedTitle(d, { ...view, selection: { kind: 'country', id: 'XYZ' } })).toBe(
      `Russia’s pivot to Asia, interactive map: Arms · All years, ${d.years.first}–${d.years.last}`,
    );
  });
});
