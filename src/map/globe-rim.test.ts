import { describe, expect, it } from 'vitest';
import { pastDisk, sameLocation, type Disk } from './globe-rim.ts';

type Box = [[number, number], [number, number]];
const inBox = ([[x1, y1], [x2, y2]]: Box, [x, y]: number[]) => x >= x1 && x <= x2 && y >= y1 && y <= y2;
/** The point of `box` nearest the disk's centre, and its distance from it. */
const nearest = ([[x1, y1], [x2, y2]]: Box, d: Disk) =>
  Math.hypot(Math.min(Math.max(d.x, x1), x2) - d.x, Math.min(Math.max(d.y, y1), y2) - d.y);

describe('pastDisk', () => {
  const disk = { x: 520, y: 300, r: 320 };
  const area: Box = [
    [0, 0],
    [1046, 610],
  ];
  const boxes = pastDisk(disk, area, 4, 10);
  const grid = Array.from({ length: 105 * 62 }, (_, i) => [(i % 105) * 10, Math.floor(i / 105) * 10]);

  it('lie wholly outside the disk grown by the inset, so a name touching the rim with its padding is kept', () => {
    for (const box of boxes) expect(nearest(box, disk)).toBeGreaterThanOrEqual(disk.r + 4 - 1e-9);
  });

  it('cover every point of the area farther past the rim than the inset and the gap', () => {
    const past = grid.filter(([x, y]) => Math.hypot(x - disk.x, y - disk.y) > disk.r + 4 + 10);
    expect(past.length).toBeGreaterThan(1000);
    expect(past.filter((p) => !boxes.some((box) => inBox(box, p)))).toEqual([]);
  });

  it('stay within the area, and are few enough to ask the map about at each rest', () => {
    for (const [[x1, y1], [x2, y2]] of boxes) {
      expect(x1).toBeGreaterThanOrEqual(0);
      expect(y1).toBeGreaterThanOrEqual(0);
      expect(x2).toBeLessThanOrEqual(1046);
      expect(y2).toBeLessThanOrEqual(610);
    }
    expect(boxes.length).toBeLessThan(100);
  });

  it('are none when the globe fills the map (zoomed in)', () => {
    expect(pastDisk({ x: 520, y: 300, r: 5000 }, area, 4, 10)).toEqual([]);
  });

  it('cover the whole area when the globe lies off it', () => {
    const off = pastDisk({ x: -2000, y: 300, r: 300 }, area, 4, 10);
    expect(grid.filter((p) => !off.some((box) => inBox(box, p)))).toEqual([]);
  });
});

describe('sameLocation', () => {
  it('is one place within a hundredth of a degree, across the antimeridian too', () => {
    expect(sameLocation({ lng: 37.62, lat: 55.75 }, { lng: 37.623, lat: 55.748 })).toBe(true);
    expect(sameLocation({ lng: -169.7, lat: 66.1 }, { lng: 190.3, lat: 66.1 })).toBe(true);
    expect(sameLocation({ lng: 179.999, lat: 0 }, { lng: -179.999, lat: 0 })).toBe(true);
    // Round the back of the globe, MapLibre gives the point in front: far off.
    expect(sameLocation({ lng: -60, lat: 0 }, { lng: 96.12, lat: 19.75 })).toBe(false);
    expect(sameLocation({ lng: 37.62, lat: 55.75 }, { lng: 37.62, lat: 55.8 })).toBe(false);
  });
});
