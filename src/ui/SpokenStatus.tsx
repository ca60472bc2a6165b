/**
 * Statuses only screen readers hear: what a control did where the reader's focus stays put
 * (details opened beside a list), and counts that change with each key typed.
 */
import { useSettled } from './useSettled.ts';

/** Said politely each time `text` changes. */
export function SpokenStatus({ text }: { text: string }) {
  return (
    <p className="visually-hidden" role="status">
      {text}
    </p>
  );
}

/** Long enough for a pause between words, short enough to answer a finished query. */
const SETTLE_MS = 1000;

/**
 * A status that changes with each key typed (a count of matches): said once the typing has
 * paused, not at every key, where it talked over the reader's own echo of the typing.
 */
export function SettledStatus({ text }: { text: string }) {
  return <SpokenStatus text={useSettled(text, SETTLE_MS)} />;
}
