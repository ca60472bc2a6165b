import { describe, expect, it } from 'vitest';
import { testDataset } from '../table/test-dataset.ts';
import { chapterView, citeSelection, clampChapter, progressText } from './chapters.ts';
import { selectionLabel } from '../data/selection.ts';
import type { TourChapter } from '../data/schema.ts';

describe('clampChapter', () => {
  it('keeps a chapter within the tour', () => {
    expect(clampChapter(1, 9)).toBe(1);
    expect(clampChapter(5, 9)).toBe(5);
    expect(clampChapter(9, 9)).toBe(9);
  });
  it('opens the last chapter for a number beyond it', () => {
    expect(clampChapter(10, 9)).toBe(9);
    expect(clampChapter(20, 9)).toBe(9);
  });
  it('opens the first chapter for a number below it', () => {
    expect(clampChapter(0, 9)).toBe(1);
  });
  it('has no chapter to open when there is no tour', () => {
    expect(clampChapter(3, 0)).toBeNull();
  });
});

describe('chapterView', () => {
  it('is the chapter’s layers, year, selection and camera', () => {
    const chapter: TourChapter = {
      id: 'arms',
      title: 'Arms',
      body: 'A body of text long enough.',
      camera: { longitude: 80, latitude: 28, zoom: 1.7 },
      layers: ['arms'],
      time: { year: 2021, mode: 'at' },
      selection: { kind: 'relation', id: 'rus-mmr-arms-supply' },
      cites: ['relation:rus-mmr-arms-supply'],
      questions: ['Why would a country buy arms?'],
    };
    expect(chapterView(chapter)).toEqual({
      layers: ['arms'],
      time: { year: 2021, mode: 'at' },
      selection: { kind: 'relation', id: 'rus-mmr-arms-supply' },
      camera: { longitude: 80, latitude: 28, zoom: 1.7 },
    });
  });
});

describe('cited entries', () => {
  it('turns a citation into the selection it names', () => {
    expect(citeSelection('relation:rus-mmr-arms-supply')).toEqual({ kind: 'relation', id: 'rus-mmr-arms-supply' });
    expect(citeSelection('route:china-europe-via-russia')).toEqual({ kind: 'route', id: 'china-europe-via-russia' });
    expect(citeSelection('planet:mars')).toBeNull();
    expect(citeSelection('no-colon')).toBeNull();
  });

  it('labels a cited entry with its title', () => {
    const d = testDataset();
    const relation = d.relations[0];
    expect(selectionLabel(d, { kind: 'relation', id: relation.id })).toMatch(/ → /);
    expect(selectionLabel(d, { kind: 'event', id: d.events[0].id })).toBe(d.events[0].title);
  });
});

describe('progressText', () => {
  it('counts from one', () => {
    expect(progressText(3, 9)).toBe('Chapter 3 of 9');
  });
});
