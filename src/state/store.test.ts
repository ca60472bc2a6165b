import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store.ts';
import { DEFAULT_URL_STATE, parseUrl } from './url.ts';

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
});
