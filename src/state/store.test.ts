import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TourChapter } from '../data/schema.ts';
import { useAppStore, urlStateOf } from './store.ts';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl } from './url.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { chapterView } from '../tour/chapters.ts';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));

const request = () => useAppStore.getState().cameraRequest;

describe('applyUrlState (Back and Forward)', () => {
  it("asks the map for the address's camera", () => {
    useAppStore.getState().applyUrlState(parseUrl('?sel=actor:KAZ&cam=71.45,51.17,5.00'));
    expect(useAppStore.getState().camera).toEqual({ longitude: 71.45, latitude: 51.17, zoom: 5 });
    expect(request()).toMatchObject({ kind: 'address', camera: { longitude: 71.45, latitude: 51.17, zoom: 5 } });
  });
  it('asks for the default frame when the address names no camera', () => {
    useAppStore.getState().applyUrlState(DEFAULT_URL_STATE);
    expect(request()).toMatchObject({ kind: 'address', camera: null });
  });
  it('leaves the camera of an address in the tour to the tour, which frames its chapter', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3&cam=80.00,28.00,1.45'));
    expect(request()).toBeNull();
  });
  it('asks anew each time, even for the same address', () => {
    useAppStore.getState().applyUrlState(DEFAULT_URL_STATE);
    const first = request()!.serial;
    useAppStore.getState().applyUrlState(DEFAULT_URL_STATE);
    expect(request()!.serial).toBe(first + 1);
  });
});

describe('setProjection', () => {
  it('frames the opening view anew for the other projection, and only the opening view', () => {
    const { setProjection, setCamera, select } = useAppStore.getState();
    setProjection('mercator');
    expect(request()).toMatchObject({ kind: 'address', camera: null });
    const asked = request()!.serial;
    // A view the reader moved to, or an entry framed, is kept.
    setCamera({ longitude: 100, latitude: 40, zoom: 3 });
    setProjection('globe');
    setCamera(null);
    select({ kind: 'place', id: 'moscow' });
    setProjection('mercator');
    expect(request()!.serial).toBe(asked);
    expect(useAppStore.getState().projection).toBe('mercator');
  });
});

describe('setChapter', () => {
  it('keeps the picture when the reader leaves the tour', () => {
    useAppStore.getState().setChapter(3);
    expect(request()).toBeNull();
    useAppStore.getState().setChapter(null);
    expect(useAppStore.getState().chapter).toBeNull();
    expect(request()).toMatchObject({ kind: 'keep' });
  });
  it('asks nothing of the map outside the tour', () => {
    useAppStore.getState().setChapter(null);
    expect(request()).toBeNull();
  });
  it('remembers the chapter the reader left, for the Tour button to go back to, unless it was the last', () => {
    const tour = JSON.parse(readFileSync('data/tour.json', 'utf8')) as TourChapter[];
    useAppStore.setState({ dataset: { ...projectDataset(), tour } });
    const { setChapter } = useAppStore.getState();
    expect(useAppStore.getState().chapterLeft).toBeNull();
    setChapter(4);
    setChapter(null);
    expect(useAppStore.getState().chapterLeft).toBe(4);
    setChapter(tour.length);
    setChapter(null);
    expect(useAppStore.getState().chapterLeft).toBeNull();
  });
});

describe('setDataset with a chapter in the address', () => {
  const dataset = { ...projectDataset(), tour: JSON.parse(readFileSync('data/tour.json', 'utf8')) as TourChapter[] };
  it('shows the chapter’s view with the data, before the card’s code has come', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3'));
    useAppStore.getState().setDataset(dataset);
    const chapter = dataset.tour[2];
    const s = useAppStore.getState();
    expect(s.chapter).toBe(3);
    expect(s.layers).toEqual(chapter.layers);
    expect(s.camera).toEqual(chapter.camera);
    expect(s.view).toBe('map');
  });
  it('keeps the entry and year an address names besides its chapter', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3&sel=relation:rus-mmr-arms-supply&year=2014&mode=at'));
    useAppStore.getState().setDataset(dataset);
    const s = useAppStore.getState();
    expect(s.chapter).toBe(3);
    expect(s.selection).toEqual({ kind: 'relation', id: 'rus-mmr-arms-supply' });
    expect(s.time).toEqual({ year: 2014, mode: 'at' });
  });
  it('drops an entry the data does not have, as outside the tour, and shows the chapter’s own view if that was all the address named', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3&sel=relation:no-such-tie'));
    useAppStore.getState().setDataset(dataset);
    const s = useAppStore.getState();
    expect(s.selection).toEqual(chapterView(dataset.tour[2]).selection);
    expect(s.layers).toEqual(dataset.tour[2].layers);
  });
  it('drops an entry the data does not have and keeps the year its address names besides its chapter', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3&sel=relation:no-such-tie&year=2014&mode=at'));
    useAppStore.getState().setDataset(dataset);
    const s = useAppStore.getState();
    expect(s.selection).toBeNull();
    expect(s.time).toEqual({ year: 2014, mode: 'at' });
  });
  it('shows a chapter stepped to in its own view, whatever the view before', () => {
    useAppStore.getState().applyUrlState(parseUrl('?tour=3&sel=relation:rus-mmr-arms-supply&year=2014&mode=at'));
    useAppStore.getState().setDataset(dataset);
    useAppStore.getState().setChapter(4);
    useAppStore.getState().showChapter(4, chapterView(dataset.tour[3]));
    const s = useAppStore.getState();
    expect(s.selection).toEqual(chapterView(dataset.tour[3]).selection);
    expect(s.layers).toEqual(dataset.tour[3].layers);
  });
  it('clamps a chapter beyond the tour to its last one', () => {
    useAppStore.getState().applyUrlState(parseUrl(`?tour=${dataset.tour.length + 1}`));
    useAppStore.getState().setDataset(dataset);
    expect(useAppStore.getState().chapter).toBe(dataset.tour.length);
    expect(useAppStore.getState().camera).toEqual(dataset.tour.at(-1)!.camera);
  });
});

describe('setDataset with an entry in the address', () => {
  it('keeps the layers and year the address names, even where they hide the entry', () => {
    useAppStore.getState().applyUrlState(parseUrl('?layers=energy&sel=relation:rus-mmr-arms-supply&year=2022&mode=at'));
    useAppStore.getState().setDataset(projectDataset());
    const s = useAppStore.getState();
    expect(s.layers).toEqual(['energy']);
    expect(s.time).toEqual({ year: 2022, mode: 'at' });
    expect(s.selection).toEqual({ kind: 'relation', id: 'rus-mmr-arms-supply' });
  });
  it('turns on the layer of an entry whose address names no layers', () => {
    useAppStore.getState().applyUrlState(parseUrl('?sel=relation:kgz-csto'));
    useAppStore.getState().setDataset(projectDataset());
    expect(useAppStore.getState().layers).toContain('diplomacy');
  });
  it('keeps the default layers an address writes out, though they hide its entry', () => {
    useAppStore.getState().applyUrlState(parseUrl('?layers=arms,energy,rail,china&sel=relation:kgz-csto'));
    useAppStore.getState().setDataset(projectDataset());
    expect(useAppStore.getState().layers).toEqual(DEFAULT_URL_STATE.layers);
  });
});

describe('the address of a view (urlStateOf)', () => {
  const address = () => serializeUrl(urlStateOf(useAppStore.getState()));

  it('writes the default layers where they hide the open entry, and that address reopens them', () => {
    useAppStore.getState().applyUrlState(parseUrl('?sel=relation:kgz-csto'));
    useAppStore.getState().setDataset(projectDataset());
    // The reader turns the entry's layer off: the layers left are the default ones.
    useAppStore.getState().toggleLayer('diplomacy');
    expect(address()).toBe('?layers=arms,energy,rail,china&sel=relation:kgz-csto');

    useAppStore.setState(initial, true);
    useAppStore.getState().applyUrlState(parseUrl('?layers=arms,energy,rail,china&sel=relation:kgz-csto'));
    useAppStore.getState().setDataset(projectDataset());
    expect(useAppStore.getState().layers).toEqual(DEFAULT_URL_STATE.layers);
    expect(address()).toBe('?layers=arms,energy,rail,china&sel=relation:kgz-csto');
  });

  it('leaves the default layers out where they show the open entry, or nothing is open', () => {
    useAppStore.getState().applyUrlState(parseUrl('?layers=arms,energy,rail,china&sel=relation:rus-mmr-arms-supply'));
    useAppStore.getState().setDataset(projectDataset());
    expect(address()).toBe('?sel=relation:rus-mmr-arms-supply');
    useAppStore.getState().select(null);
    expect(address()).toBe('');
  });
});

describe('one address per country', () => {
  const dataset = projectDataset();
  it('selects a country actor as the country, as a click on its shape does', () => {
    useAppStore.getState().setDataset(dataset);
    useAppStore.getState().select({ kind: 'actor', id: 'VNM' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'country', id: 'VNM' });
    useAppStore.getState().select({ kind: 'actor', id: 'SCO' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'SCO' });
  });
  it("corrects an older link's actor address in place once the data is in", () => {
    useAppStore.getState().applyUrlState(parseUrl('?sel=actor:MMR'));
    const { addressCorrection } = useAppStore.getState();
    useAppStore.getState().setDataset(dataset);
    expect(useAppStore.getState().selection).toEqual({ kind: 'country', id: 'MMR' });
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
  });
  it('corrects it on Back and Forward too, and leaves a country address alone', () => {
    useAppStore.getState().setDataset(dataset);
    const { addressCorrection } = useAppStore.getState();
    useAppStore.getState().applyUrlState(parseUrl('?sel=country:KAZ'));
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection);
    useAppStore.getState().applyUrlState(parseUrl('?sel=actor:KAZ'));
    expect(useAppStore.getState().selection).toEqual({ kind: 'country', id: 'KAZ' });
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
  });
});

describe('an address that names no entry in the data', () => {
  const dataset = projectDataset();
  it('drops it in place once the data is in: Back must not come back to it', () => {
    useAppStore.getState().applyUrlState(parseUrl('?sel=relation:no-such-tie&layers=arms'));
    const { addressCorrection } = useAppStore.getState();
    useAppStore.getState().setDataset(dataset);
    expect(useAppStore.getState().selection).toBeNull();
    expect(useAppStore.getState().layers).toEqual(['arms']);
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
    // Kept apart, for the details to say what the link named; the next choice forgets it.
    expect(useAppStore.getState().unknownSelection).toEqual({ kind: 'relation', id: 'no-such-tie' });
    useAppStore.getState().select(null);
    expect(useAppStore.getState().unknownSelection).toBeNull();
  });
  it('drops it on Back and Forward too', () => {
    useAppStore.getState().setDataset(dataset);
    const { addressCorrection } = useAppStore.getState();
    useAppStore.getState().applyUrlState(parseUrl('?sel=actor:NOPE'));
    expect(useAppStore.getState().selection).toBeNull();
    expect(useAppStore.getState().unknownSelection).toEqual({ kind: 'actor', id: 'NOPE' });
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
  });
  it('drops a country code the map does not know, found only once its names are in, in place too', () => {
    useAppStore.getState().setDataset(dataset);
    useAppStore.getState().applyUrlState(parseUrl('?sel=country:ZZZ'));
    const { addressCorrection } = useAppStore.getState();
    useAppStore.getState().dropUnknownSelection();
    expect(useAppStore.getState().selection).toBeNull();
    expect(useAppStore.getState().unknownSelection).toEqual({ kind: 'country', id: 'ZZZ' });
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
    // Asked again (the details of the unknown code load the names again), it keeps what it had.
    useAppStore.getState().dropUnknownSelection();
    expect(useAppStore.getState().unknownSelection).toEqual({ kind: 'country', id: 'ZZZ' });
    expect(useAppStore.getState().addressCorrection).toBe(addressCorrection + 1);
  });
});
