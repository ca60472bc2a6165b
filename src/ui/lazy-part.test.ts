import { describe, expect, it, vi } from 'vitest';
import { failureShown, isNewFailure, isPartDownloadFailure, lazyPart, preload, preloadLazyParts } from './lazy-part.ts';

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
    // Node reports an unhandled rejection once the microtasks have run: one macrotask on, not a delay.
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(part.outcome()).toEqual({ ok: false, error });
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('asks again after a failed download, and is loading meanwhile', async () => {
    const error = new TypeError('Failed to fetch dynamically imported module');
    const importer = vi.fn<() => Promise<string>>().mockRejectedValueOnce(error).mockResolvedValue('panel');
    const part = lazyPart(importer);
    await expect(part.load()).rejects.toBe(error);
    const onSettled = vi.fn();
    part.subscribe(onSettled);
    const again = part.load();
    expect(part.outcome()).toBeUndefined();
    expect(onSettled).toHaveBeenCalledTimes(1);
    await expect(again).resolves.toBe('panel');
    expect(part.outcome()).toEqual({ ok: true, value: 'panel' });
    expect(importer).toHaveBeenCalledTimes(2);
    // Once come, it is never asked for again.
    preload(part);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('reports a failure met by wanting until it is shown, and none met only ahead of need', async () => {
    const wantedError = new TypeError('wanted');
    const aheadError = new TypeError('ahead');
    const wantedPart = lazyPart(() => Promise.reject(wantedError));
    const aheadPart = lazyPart(() => Promise.reject(aheadError));
    await wantedPart.load().catch(() => undefined);
    preload(aheadPart);
    // The preload's rejection settles within the microtasks (a load() here would make it wanted).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(isPartDownloadFailure(wantedError) && isPartDownloadFailure(aheadError)).toBe(true);
    expect(isNewFailure(wantedError)).toBe(true);
    expect(isNewFailure(aheadError)).toBe(false);
    failureShown(wantedError);
    expect(isNewFailure(wantedError)).toBe(false);
    expect(isPartDownloadFailure(new TypeError('elsewhere'))).toBe(false);
  });

  it('asks for every part when idle but those left until wanted', () => {
    vi.stubGlobal('window', { requestIdleCallback: true });
    vi.stubGlobal('requestIdleCallback', (run: () => void) => run());
    const early = vi.fn(() => Promise.resolve('early'));
    const whenWanted = vi.fn(() => Promise.resolve('when wanted'));
    lazyPart(early);
    const later = lazyPart(whenWanted, { whenIdle: false });
    preloadLazyParts(false);
    vi.unstubAllGlobals();
    expect(early).toHaveBeenCalledTimes(1);
    expect(whenWanted).not.toHaveBeenCalled();
    // Wanted, it comes as any other.
    void later.load();
    expect(whenWanted).toHaveBeenCalledTimes(1);
  });
});
