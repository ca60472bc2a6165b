import { describe, expect, it } from 'vitest';
import { loadOnce } from './fetch-json.ts';

describe('loadOnce', () => {
  it('loads once and gives every caller the same result', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(load()).toBe(load());
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets a failure, so the next caller tries again', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('loaded');
    expect(await load()).toBe('loaded');
    expect(calls).toBe(2);
  });
});
