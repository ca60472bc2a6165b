/**
 * The Fullscreen API, guarded: some browsers lack it (Safari on iPhone), a page in a frame may
 * not be allowed it, and a request may be refused. Failing to go fullscreen is never an error:
 * presentation mode works in a window too.
 */
import { useSyncExternalStore } from 'react';

export function canFullscreen(): boolean {
  return document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

/** Asks for fullscreen; must run inside the click that asked for it (transient user activation). */
export function enterFullscreen(): void {
  if (!canFullscreen() || document.fullscreenElement) return;
  document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Whether the page is fullscreen now: also when the reader left it with Esc or the browser's own UI. */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    },
    () => document.fullscreenElement !== null,
  );
}
