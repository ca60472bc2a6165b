/**
 * A status for screen readers that changes with each key typed (a count of matches): said once the
 * typing has paused, not at every key, where it talked over the reader's own echo of the typing.
 */
import { useSettled } from './useSettled.ts';

/** Long enough for a pause between words, short enough to answer a finished query. */
const SETTLE_MS = 1000;

export function SettledStatus({ text }: { text: string }) {
  return (
    <p role="status" className="visually-hidden">
      {useSettled(text, SETTLE_MS)}
    </p>
  );
}
