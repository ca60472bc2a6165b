import { describe, expect, it } from 'vitest';
import { scrollNeeded } from './in-place.ts';

const view = { top: 100, bottom: 300 };

describe('scrollNeeded', () => {
  it('leaves an element that shows whole where it is, for the nearest scroll', () => {
    expect(scrollNeeded({ top: 120, bottom: 180 }, view, 'nearest')).toBe(0);
  });

  it('brings an element above or below the box in by its nearer edge', () => {
    expect(scrollNeeded({ top: 40, bottom: 80 }, view, 'nearest')).toBe(-60);
    expect(scrollNeeded({ top: 320, bottom: 360 }, view, 'nearest')).toBe(60);
  });

  it('shows the top of an element taller than the box', () => {
    expect(scrollNeeded({ top: 250, bottom: 600 }, view, 'nearest')).toBe(150);
  });

  it('puts an element at the box’s start, or at its centre', () => {
    expect(scrollNeeded({ top: 420, bottom: 460 }, view, 'start')).toBe(320);
    expect(scrollNeeded({ top: 420, bottom: 460 }, view, 'center')).toBe(240);
    expect(scrollNeeded({ top: 180, bottom: 220 }, view, 'center')).toBe(0);
  });
});
