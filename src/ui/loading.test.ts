import { describe, expect, it, vi } from 'vitest';
import { loading } from './loading.ts';

describe('loading', () => {
  it('has no outcome until the promise settles, then its value, and tells subscribers once', async () => {
    let resolve!: (value: string) => void;
    const load = loading(new Promise<string>((r) => (resolve = r)));
    const onSettled = vi.fn();
    load.subscribe(onSettled);
    expect(load.outcome()).toBeUndefined();
    resolve('map');
    await Promise.resolve();
    expect(load.outcome()).toEqual({ ok: true, value: 'map' });
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure as its outcome and does not tell an unsubscribed listener', async () => {
    const error = new Error('chunk failed to load');
    const load = loading(Promise.reject(error));
    const onSettled = vi.fn();
    load.subscribe(onSettled)();
    await Promise.resolve();
    expect(load.outcome()).toEqual({ ok: false, error });
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('returns the same outcome object between changes, as useSyncExternalStore requires', async () => {
    const load = loading(Promise.resolve(1));
    await Promise.resolve();
    expect(load.outcome()).toBe(load.outcome());
  });
});
