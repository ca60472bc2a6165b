import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { CompactPathContext, pathData, tenths } from './path-string.ts';

describe('tenths', () => {
  it('writes tenths of a pixel in the shortest SVG form', () => {
    expect(tenths(15)).toBe('1.5');
    expect(tenths(-5)).toBe('-.5');
    expect(tenths(5)).toBe('.5');
    expect(tenths(20)).toBe('2');
    expect(tenths(-123)).toBe('-12.3');
    expect(tenths(0)).toBe('0');
  });
});

describe('CompactPathContext', () => {
  it('writes a closed ring as an absolute move, relative lines and z', () => {
    const c = new CompactPathContext(0.5);
    c.moveTo(10, 10);
    c.lineTo(20, 10);
    c.lineTo(20, 15.55);
    c.closePath();
    expect(c.result()).toBe('M10 10l10 0 0 5.6z');
  });
  it('drops points closer than the minimum step to the last one kept', () => {
    const c = new CompactPathContext(1);
    c.moveTo(0, 0);
    c.lineTo(0.3, 0.3);
    c.lineTo(0.6, 0.6);
    c.lineTo(5, 0);
    expect(c.result()).toBe('M0 0l5 0');
  });
  it('drops a ring that shrinks below a triangle', () => {
    const c = new CompactPathContext(1);
    c.moveTo(0, 0);
    c.lineTo(0.2, 0);
    c.lineTo(0.2, 0.2);
    c.closePath();
    expect(c.result()).toBe('');
  });
  it('starts a later line relative to where the previous one ended', () => {
    const c = new CompactPathContext(0.1);
    c.moveTo(1, 1);
    c.lineTo(3, 1);
    c.moveTo(4, 2);
    c.lineTo(4, 3);
    expect(c.result()).toBe('M1 1l2 0m1 1l0 1');
  });
  it('after a closed ring, moves relative to the ring’s first point', () => {
    const c = new CompactPathContext(0.1);
    c.moveTo(1, 1);
    c.lineTo(3, 1);
    c.lineTo(3, 3);
    c.closePath();
    c.moveTo(2, 2);
    c.lineTo(2, 4);
    expect(c.result()).toBe('M1 1l2 0 0 2zm1 1l0 2');
  });
});

describe('pathData', () => {
  it('draws GeoJSON through a projection', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [10, 0],
        [10, -10],
      ],
    };
    expect(pathData(geoIdentity(), line)).toBe('M0 0l10 0 0-10');
  });
});
