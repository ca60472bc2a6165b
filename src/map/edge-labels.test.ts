import { describe, expect, it } from 'vitest';
import { edgeStrips } from './edge-labels.ts';

describe('edgeStrips', () => {
  const [left, right, top, bottom] = edgeStrips(390, 560, 4);
  const contains = ([[x1, y1], [x2, y2]]: number[][], [x, y]: number[]) => x >= x1 && x <= x2 && y >= y1 && y <= y2;

  it('lie past each edge, `inset` pixels out, so a label touching the edge with only its padding is kept', () => {
    expect(contains(left, [-5, 100])).toBe(true);
    expect(contains(left, [-3, 100])).toBe(false);
    expect(contains(right, [395, 100])).toBe(true);
    expect(contains(right, [393, 100])).toBe(false);
    expect(contains(top, [200, -5])).toBe(true);
    expect(contains(bottom, [200, 565])).toBe(true);
  });

  it('never reach into the map', () => {
    for (const strip of [left, right, top, bottom])
      for (const point of [
        [0, 0],
        [390, 560],
        [195, 280],
        [0, 560],
        [390, 0],
      ])
        expect(contains(strip, point)).toBe(false);
  });

  it('start, with a card over the map’s left, at the card’s edge, and cover the card', () => {
    const [leftOfCard] = edgeStrips(390, 560, 4, 300);
    expect(contains(leftOfCard, [295, 100])).toBe(true);
    expect(contains(leftOfCard, [150, 100])).toBe(true);
    expect(contains(leftOfCard, [297, 100])).toBe(false);
  });

  it('reach as far past the edges as MapLibre places labels, corners included', () => {
    expect(contains(left, [-100, -100])).toBe(true);
    expect(contains(bottom, [490, 660])).toBe(true);
  });
});
