import { describe, expect, it } from 'vitest';
import { tourChapter } from '../../data/schema.ts';
import { DEFAULT_LAYERS } from '../../state/url.ts';
import { defaultCamera } from '../../map/camera.ts';
import {
  builtChoice,
  builtView,
  pictureFor,
  readerView,
  sameChoice,
  STATIC_SIZE,
  staticIndex,
  staticViews,
} from './views.ts';
import { TOUR_FIXTURE } from './test-fixtures.ts';

describe('staticViews', () => {
  it('is tested with chapters that follow the tour schema', () => {
    for (const chapter of TOUR_FIXTURE) expect(tourChapter.parse(chapter)).toEqual(chapter);
  });
  it('with no tour, draws only the opening view: default layers, all years, the default frame', () => {
    expect(staticViews([])).toEqual([
      {
        file: 'default.svg',
        title: 'The opening view',
        camera: defaultCamera(STATIC_SIZE.width, STATIC_SIZE.height),
        layers: DEFAULT_LAYERS,
        time: null,
        selection: null,
        chapter: null,
      },
    ]);
  });
  it('adds one view per chapter, numbered from 1, with the chapter’s camera, layers, time and selection, and the chapter', () => {
    const [, first, second] = staticViews(TOUR_FIXTURE);
    expect(first).toEqual({
      file: 'chapter-1.svg',
      title: 'Chapter 1: Arms for the junta',
      camera: TOUR_FIXTURE[0].camera,
      layers: ['arms'],
      time: null,
      selection: { kind: 'relation', id: 'rus-mmr-arms' },
      chapter: TOUR_FIXTURE[0],
    });
    expect(second.file).toBe('chapter-2.svg');
    expect(second.time).toEqual({ year: 2017, mode: 'upto' });
  });
  it('shows a chapter whose frame is tall closer, as a laptop’s map beside the card does', () => {
    const tall = { ...TOUR_FIXTURE[0], camera: { ...TOUR_FIXTURE[0].camera, frame: { width: 330, height: 300 } } };
    const [, view] = staticViews([tall]);
    expect(view.camera.zoom).toBe(TOUR_FIXTURE[0].camera.zoom + 1);
    expect(view.camera.longitude).toBe(TOUR_FIXTURE[0].camera.longitude);
  });
});

describe('pictureFor', () => {
  const index = staticIndex(staticViews(TOUR_FIXTURE));
  it('gives the chapter’s picture for tour=N', () => {
    expect(pictureFor(index, 2)).toEqual({ file: 'chapter-2.svg', title: 'Chapter 2: Diplomacy in the SCO' });
  });
  it('gives the opening view without a chapter, or for a chapter the tour does not have', () => {
    expect(pictureFor(index, null).file).toBe('default.svg');
    expect(pictureFor(index, 3).file).toBe('default.svg');
    expect(pictureFor(staticIndex(staticViews([])), 1).file).toBe('default.svg');
  });
});

describe('builtView', () => {
  const views = staticViews(TOUR_FIXTURE);
  it('gives the chapter’s view for tour=N, else the opening view', () => {
    expect(builtView(views, 2).title).toBe('Chapter 2: Diplomacy in the SCO');
    expect(builtView(views, null).file).toBe('default.svg');
    expect(builtView(views, 3).file).toBe('default.svg');
    expect(builtView(views, 0).file).toBe('default.svg');
  });
});

describe('builtChoice', () => {
  it('is the chapter’s layers, years and entry, else the opening view’s', () => {
    expect(builtChoice(TOUR_FIXTURE, 2)).toEqual({
      layers: ['diplomacy'],
      time: { year: 2017, mode: 'upto' },
      selection: null,
    });
    for (const chapter of [null, 0, 3])
      expect(builtChoice(TOUR_FIXTURE, chapter)).toEqual({ layers: DEFAULT_LAYERS, time: null, selection: null });
  });
  it('is what the build drew for that place (staticViews)', () => {
    const views = staticViews(TOUR_FIXTURE);
    for (const chapter of [null, 1, 2]) {
      const { layers, time, selection } = builtView(views, chapter);
      expect(builtChoice(TOUR_FIXTURE, chapter)).toEqual({ layers, time, selection });
    }
  });
});

describe('sameChoice', () => {
  const choice = { layers: DEFAULT_LAYERS, time: null, selection: null };
  it('holds for the same layers in any order, years and entry', () => {
    expect(sameChoice(choice, { ...choice, layers: [...DEFAULT_LAYERS].reverse() })).toBe(true);
  });
  it('fails for other layers, years or entry', () => {
    expect(sameChoice(choice, { ...choice, layers: ['arms'] })).toBe(false);
    expect(sameChoice(choice, { ...choice, layers: [...DEFAULT_LAYERS, 'security'] })).toBe(false);
    expect(sameChoice(choice, { ...choice, time: { year: 2014, mode: 'at' } })).toBe(false);
    expect(
      sameChoice({ ...choice, time: { year: 2014, mode: 'upto' } }, { ...choice, time: { year: 2014, mode: 'at' } }),
    ).toBe(false);
    expect(sameChoice(choice, { ...choice, selection: { kind: 'country', id: 'MMR' } })).toBe(false);
  });
});

describe('readerView', () => {
  const [, chapter] = staticViews(TOUR_FIXTURE);
  it('draws the reader’s choice with the built view’s camera and chapter', () => {
    const choice = { layers: ['arms' as const], time: { year: 2014, mode: 'at' as const }, selection: null };
    expect(readerView(chapter, choice)).toMatchObject({
      ...choice,
      title: 'Your view',
      camera: chapter.camera,
      chapter: chapter.chapter,
    });
  });
});
