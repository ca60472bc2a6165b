import { describe, expect, it } from 'vitest';
import { coverOfCard } from './covered-by-card.ts';
import { box } from './test-box.ts';

describe('coverOfCard', () => {
  const phoneMap = box(0, 173, 390, 560);
  it("counts a card low over the map (a phone's) from the bottom", () => {
    expect(coverOfCard(phoneMap, box(0, 500, 390, 344))).toEqual({ left: 0, bottom: 233 });
  });
  it("counts a tall card at the map's top left (a short screen) from the left", () => {
    expect(coverOfCard(box(0, 82, 844, 308), box(12, 94, 415, 290))).toEqual({ left: 427, bottom: 0 });
  });
  it("counts a card folded into the map's top corner as covering nothing", () => {
    expect(coverOfCard(box(0, 82, 844, 308), box(12, 94, 300, 60))).toEqual({ left: 0, bottom: 0 });
  });
  it('counts a card beside the map (a wide screen) as covering nothing', () => {
    expect(coverOfCard(box(320, 108, 960, 620), box(0, 108, 320, 600))).toEqual({ left: 0, bottom: 0 });
  });
  it('counts a card drawn at no size as covering nothing', () => {
    expect(coverOfCard(phoneMap, box(0, 500, 390, 0))).toEqual({ left: 0, bottom: 0 });
  });
});
