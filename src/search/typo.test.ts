import { describe, expect, it } from 'vitest';
import { allowedTypos, withinEdits } from './typo.ts';

describe('typo tolerance', () => {
  it('allows no typo below 4 letters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8, 12].map((n) => allowedTypos('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });

  it('counts a missing, extra, wrong or swapped letter as one edit', () => {
    expect(withinEdits('myanmr', 'myanmar', 1)).toBe(true);
    expect(withinEdits('vladivostock', 'vladivostok', 1)).toBe(true);
    expect(withinEdits('moskow', 'moscow', 1)).toBe(true);
    expect(withinEdits('mocsow', 'moscow', 1)).toBe(true);
    expect(withinEdits('kyrgystn', 'kyrgyzstan', 1)).toBe(false);
    expect(withinEdits('kyrgystn', 'kyrgyzstan', 2)).toBe(true);
    expect(withinEdits('hanoi', 'china', 2)).toBe(false);
  });
});
