import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl, type UrlState } from './url.ts';

describe('parseUrl / serializeUrl', () => {
  it('the default view has an empty query string', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrl('')).toEqual(DEFAULT_URL_STATE);
  });

  // Every field but `present`: presentation shows only the map (see the next test).
  it('round-trips a view that differs from the default in every other field', () => {
    const state: UrlState = {
      layers: ['arms', 'china'],
      selection: { kind: 'relation', id: 'rus-mmr-arms' },
      time: { year: 2014, mode: 'at' },
      camera: { longitude: 96.13, latitude: 19.75, zoom: 4.5, frame: { width: 1366, height: 708 } },
      projection: 'mercator',
      view: 'table',
      chapter: 3,
      present: false,
      embed: true,
      theme: 'dark',
    };
    const search = serializeUrl(state);
    expect(search).toBe(
      '?layers=arms,china&sel=relation:rus-mmr-arms&year=2014&mode=at&cam=96.13,19.75,4.50,1366x708&proj=flat&view=table' +
        '&tour=3&embed=1&theme=dark',
    );
    expect(parseUrl(search)).toEqual(state);
  });

  it('reads presentation as the map, whatever view its address names', () => {
    expect(parseUrl('?view=table&present=1')).toEqual({ ...DEFAULT_URL_STATE, present: true });
    expect(parseUrl('?view=sources&present=1').view).toBe('map');
    expect(parseUrl('?view=table&present=0').view).toBe('table');
  });

  it('reads default layers written out as written, and writes them back; left out, as not', () => {
    const written = parseUrl('?layers=arms,energy,rail,china&sel=relation:kgz-csto');
    expect(written.layers).toEqual(DEFAULT_URL_STATE.layers);
    expect(written.layersWritten).toBe(true);
    expect(serializeUrl(written)).toBe('?layers=arms,energy,rail,china&sel=relation:kgz-csto');
    expect(parseUrl('?sel=relation:kgz-csto').layersWritten).toBeUndefined();
    expect(parseUrl('?layers=bogus').layersWritten).toBeUndefined();
  });

  it('keeps "no layers" distinct from "all layers"', () => {
    const none = { ...DEFAULT_URL_STATE, layers: [] };
    expect(parseUrl(serializeUrl(none)).layers).toEqual([]);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const state = parseUrl(
      '?layers=bogus&sel=<script>&year=abcd&cam=1,2&proj=cube&view=admin&tour=0&present=maybe&embed=2&theme=neon',
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
  });

  it('reads embed and present as on for 1, true, yes, on or a bare name, and off for anything else', () => {
    for (const on of ['1', 'true', 'TRUE', 'yes', 'on', '']) {
      expect(parseUrl(`?embed=${on}`).embed).toBe(true);
      expect(parseUrl(`?present=${on}`).present).toBe(true);
    }
    expect(parseUrl('?embed').embed).toBe(true);
    for (const off of ['0', 'false', 'no', 'off', '2', 'embed']) {
      expect(parseUrl(`?embed=${off}`).embed).toBe(false);
      expect(parseUrl(`?present=${off}`).present).toBe(false);
    }
    // The app writes its own form back.
    expect(serializeUrl(parseUrl('?embed=true&present'))).toMatch(/present=1&embed=1$/);
  });

  it('drops unknown layers but keeps known ones, in canonical order', () => {
    expect(parseUrl('?layers=china,nope,arms,arms').layers).toEqual(['arms', 'china']);
  });

  it('rejects years and cameras out of range and clamps the zoom', () => {
    expect(parseUrl('?year=1066').time).toBeNull();
    expect(parseUrl('?cam=200,10,3').camera).toBeNull();
    expect(parseUrl('?cam=100,10,99').camera).toEqual({ longitude: 100, latitude: 10, zoom: 8 });
  });

  it("reads a camera's frame if well formed, and drops a malformed one but not the camera", () => {
    const camera = { longitude: 100, latitude: 10, zoom: 3 };
    expect(parseUrl('?cam=100,10,3,390x784').camera).toEqual({ ...camera, frame: { width: 390, height: 784 } });
    for (const frame of ['99x784', '390x', '390x784x2', '0390x784', '390*784', '10000x784'])
      expect(parseUrl(`?cam=100,10,3,${frame}`).camera).toEqual(camera);
    expect(parseUrl('?cam=100,10,3,390x784,1').camera).toBeNull();
  });

  it('reads a country code in any case as the ISO code, and leaves other ids as written', () => {
    expect(parseUrl('?sel=country:chn').selection).toEqual({ kind: 'country', id: 'CHN' });
    expect(parseUrl('?sel=place:Vladivostok').selection).toEqual({ kind: 'place', id: 'Vladivostok' });
  });

  it('reads "up to" as the default time mode', () => {
    expect(parseUrl('?year=2020').time).toEqual({ year: 2020, mode: 'upto' });
  });
});
