import { describe, expect, it } from 'vitest';
import { boundsOf, withSize } from './bounds.ts';

describe('withSize', () => {
  it('widens a single point about itself to the least size each way', () => {
    const [[west, south], [east, north]] = withSize(boundsOf([[71.43, 51.13]])!, 0.02);
    expect((west + east) / 2).toBeCloseTo(71.43, 9);
    expect(east - west).toBeCloseTo(0.02, 9);
    expect(north - south).toBeCloseTo(0.02, 9);
    expect((south + north) / 2).toBeCloseTo(51.13, 9);
  });

  it('leaves bounds already that wide as they are', () => {
    const bounds = boundsOf([
      [37.6, 55.75],
      [96.1, 19.75],
    ])!;
    expect(withSize(bounds)).toEqual(bounds);
  });
});
