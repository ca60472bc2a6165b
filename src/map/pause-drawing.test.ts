import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawWhenLoaded, skipNextDraw } from './pause-drawing.ts';

class FakePainter {
  draws = 0;
  render() {
    this.draws += 1;
  }
}

/** What drawWhenLoaded touches of MapLibre's map: its painter, `loaded`, events and repaints. */
class FakeMap {
  painter = new FakePainter();
  isLoaded = false;
  repaints = 0;
  private handlers = new Map<string, (() => void)[]>();
  loaded() {
    return this.isLoaded;
  }
  once(type: string, handler: () => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  off(type: string, handler: () => void) {
    this.handlers.set(
      type,
      (this.handlers.get(type) ?? []).filter((h) => h !== handler),
    );
  }
  fire(type: string) {
    const handlers = this.handlers.get(type) ?? [];
    this.handlers.delete(type);
    for (const h of handlers) h();
  }
  triggerRepaint() {
    this.repaints += 1;
  }
  /** A frame as MapLibre runs it: the painter draws, then `render` fires. */
  frame() {
    this.painter.render();
    this.fire('render');
  }
}
const start = (map: FakeMap, onDrawn: () => void) => drawWhenLoaded(map as unknown as MapLibreMap, onDrawn);

describe('drawWhenLoaded', () => {
  afterEach(() => vi.useRealTimers());

  it('draws nothing until the map has loaded, then draws and says so after that frame', () => {
    const map = new FakeMap();
    const onDrawn = vi.fn();
    start(map, onDrawn);
    map.frame();
    map.frame();
    expect(map.painter.draws).toBe(0);
    expect(onDrawn).not.toHaveBeenCalled();

    map.fire('load');
    expect(map.repaints).toBe(1);
    map.frame();
    expect(map.painter.draws).toBe(1);
    expect(onDrawn).toHaveBeenCalledTimes(1);
    map.frame();
    expect(map.painter.draws).toBe(2);
  });

  it('draws what it has after ten seconds if the map never finishes loading', () => {
    vi.useFakeTimers();
    const map = new FakeMap();
    start(map, () => undefined);
    vi.advanceTimersByTime(10_000);
    map.frame();
    expect(map.painter.draws).toBe(1);
    map.fire('load'); // a late load changes nothing
    expect(map.repaints).toBe(1);
  });

  it('leaves a map that has already loaded alone', () => {
    const map = new FakeMap();
    map.isLoaded = true;
    const onDrawn = vi.fn();
    start(map, onDrawn);
    expect(onDrawn).toHaveBeenCalledTimes(1);
    map.frame();
    expect(map.painter.draws).toBe(1);
  });
});

describe('skipNextDraw', () => {
  it('runs the next frame without drawing and asks for one that draws', () => {
    const map = new FakeMap();
    skipNextDraw(map as unknown as MapLibreMap);
    map.frame();
    expect(map.painter.draws).toBe(0);
    expect(map.repaints).toBe(1);
    map.frame();
    expect(map.painter.draws).toBe(1);
  });

  it('does not stack on a map that is not drawing yet', () => {
    const map = new FakeMap();
    start(map, () => undefined);
    skipNextDraw(map as unknown as MapLibreMap);
    map.frame(); // the skip did nothing: the map still waits for its load
    expect(map.repaints).toBe(0);
    map.fire('load');
    map.frame();
    expect(map.painter.draws).toBe(1);
  });
});
