import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { paintPageFirst } from './paint-page-first.ts';

/** The two parts of MapLibre's map that paintPageFirst touches. */
function fakeMap(pending: AbortController | null) {
  return { _frameRequest: pending, triggerRepaint: vi.fn() };
}

describe('paintPageFirst', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('cancels the pending map frame and asks for it again once the page has painted', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    const pending = new AbortController();
    const map = fakeMap(pending);

    paintPageFirst(map as unknown as MapLibreMap);
    expect(pending.signal.aborted).toBe(true);
    expect(map._frameRequest).toBeNull();

    frames.shift()!(0); // the frame in which the page paints
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    vi.runAllTimers(); // after that paint
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the map has no frame pending', () => {
    const requestFrame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', requestFrame);
    const map = fakeMap(null);
    paintPageFirst(map as unknown as MapLibreMap);
    expect(requestFrame).not.toHaveBeenCalled();
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });
});
