import { describe, expect, it, vi } from 'vitest';
import { lazyPart, preload } from './lazy-part.ts';

describe('lazyPart', () => {
  it('asks for the code only when first loaded, once, and tells subscribers when it has come', async () => {
    const importer = vi.fn(() => Promise.resolve({ Panel: 'panel' }));
    const part = lazyPart(importer);
    const onSettled = vi.fn();
    part.subscribe(onSettled);
    expect(importer).not.toHaveBeenCalled();
    expect(part.outcome()).toBeUndefined();

    const first = part.load();
    expect(part.load()).toBe(first);
    await first;
    expect(importer).toHaveBeenCalledTimes(1);
    expect(part.outcome()).toEqual({ ok: true, value: { Panel: 'panel' } });
    expect(onSettled).toHaveBeenCalledTimes(1);
    // The same object until it changes, as useSyncExternalStore requires.
    expect(part.outcome()).toBe(part.outcome());
  });

  it('keeps a failed download as its outcome; preloading it reports nothing', async () => {
    const error = new TypeError('Failed to fetch dynamically imported module');
    const part = lazyPart(() => Promise.reject(error));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    preload(part);
    await expect(part.load()).rejects.toBe(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(part.outcome()).toEqual({ ok: false, error });
    expect(unhandled).not.toHaveBeenCalled();
  });
});
