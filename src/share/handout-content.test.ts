import { describe, expect, it } from 'vitest';
import type { TourChapter } from '../data/schema.ts';
import { visibleEntries } from '../data/visible.ts';
import { testDataset } from '../table/test-dataset.ts';
import { discussionQuestions, keyFacts } from './handout-content.ts';

const chapter = (id: string, title: string, questions: string[]): TourChapter => ({
  id,
  title,
  body: 'A chapter body used only by these tests.',
  camera: { longitude: 100, latitude: 20, zoom: 3 },
  layers: ['arms'],
  time: null,
  selection: null,
  cites: ['relation:rus-mmr-arms'],
  questions,
});

describe('key facts', () => {
  it('are the visible entries that give a figure, grouped by layer in the layers’ order', () => {
    const d = testDataset();
    const groups = keyFacts(d, visibleEntries(d, ['arms', 'diplomacy'], null));
    expect(groups.map((g) => g.name)).toEqual(['Arms']);
    expect(groups[0].facts.map((f) => f.id)).toEqual(['rus-mmr-arms', 'chn-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms']);
  });

  it('give the title, the period, every figure and the passages with a short reference', () => {
    const d = testDataset();
    const [fact] = keyFacts(d, visibleEntries(d, ['arms'], null))[0].facts;
    expect(fact).toEqual({
      id: 'rus-mmr-arms',
      layer: 'arms',
      title: 'Russia → Myanmar: arms supply',
      when: '2014–2019',
      figures: ['about $807: arms delivered', "16%: share of Myanmar's arms imports"],
      sources: [{ reference: 'RFA, 2021', quote: 'a quote long enough to stand on its own here' }],
    });
  });

  it('follow the time filter and are empty when nothing with a figure is shown', () => {
    const d = testDataset();
    const in2012 = keyFacts(d, visibleEntries(d, ['arms'], { year: 2012, mode: 'at' }));
    expect(in2012[0].facts.map((f) => f.id)).toEqual(['chn-mmr-arms', 'rus-vnm-arms', 'rus-ind-arms']);
    expect(keyFacts(d, visibleEntries(d, ['diplomacy'], null))).toEqual([]);
  });
});

describe('discussion questions', () => {
  it('are listed chapter by chapter, numbered as in the tour', () => {
    const tour = [
      chapter('arms', 'Arms for Myanmar', ['Why buy from both Russia and China?']),
      chapter('rail', 'Rail around Russia', ['Who gains from the new routes?', 'Who loses?']),
    ];
    expect(discussionQuestions(tour)).toEqual([
      { number: 1, title: 'Arms for Myanmar', questions: ['Why buy from both Russia and China?'] },
      { number: 2, title: 'Rail around Russia', questions: ['Who gains from the new routes?', 'Who loses?'] },
    ]);
  });

  it('are none when the tour has no chapters', () => {
    expect(discussionQuestions([])).toEqual([]);
  });
});
