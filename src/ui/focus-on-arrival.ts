/**
 * Where the focus goes after "Try again" (ErrorBoundary) for a part whose code failed to come:
 * the button pressed goes with the message, and the part arrives only once its code has, so
 * without this the focus fell to the page's body and a keyboard reader started again from the top.
 */
import { focusInPlace } from './in-place.ts';

/** The longest the focus waits for the part: a download that fails again shows its message anew. */
const WAIT_MS = 20_000;

/**
 * Focuses the first element matching `selector`: at once if it is in the page, else once it is
 * added, unless the reader has put the focus somewhere meanwhile.
 */
export function focusOnArrival(selector: string): void {
  const target = () => document.querySelector<HTMLElement>(selector);
  const now = target();
  if (now) return focusInPlace(now);
  const observer = new MutationObserver(() => {
    const arrived = target();
    if (!arrived) return;
    stop();
    if (document.activeElement === document.body || document.activeElement === null) focusInPlace(arrived);
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
