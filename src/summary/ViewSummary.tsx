/**
 * "In this view": the current view in a sentence or two (see describe-view.ts), on screen in the
 * side panel and announced politely when the layers or the year change, for readers who cannot
 * see the map. The announcer is apart from the panel, in every layout: the panel is a drawer
 * hidden below 1101 px and absent from an embed, and a hidden live region says nothing.
 * Announced once the view has settled: on every step of the timeline, 300 characters each, the
 * announcements had queued far behind the map (13 in the 12 s the timeline plays).
 */
import { useMemo } from 'react';
import { useAppStore, type AppState } from '../state/store.ts';
import { useSettled } from '../ui/useSettled.ts';
import { describeView } from './describe-view.ts';
import { fading, focusOf, type Focus } from '../map/focus.ts';
import { sameLayersAndYears, visibleEntries } from '../data/visible.ts';
import type { IndexedDataset } from '../data/dataset.ts';
import type { LayerId } from '../data/schema.ts';
import type { TimeFilter } from '../data/time.ts';

/** Longer than a step of the timeline playing (Timeline.tsx), so a run of steps is one announcement. */
const SETTLE_MS = 1500;

/** Whether the reader's choice or the tour's chapter fades the lines it is not about (then undated ones are not the faint ones). */
const focusFades = (d: IndexedDataset, layers: LayerId[], time: TimeFilter | null, focus: Focus | null) =>
  focus !== null && fading(d, visibleEntries(d, layers, time), time !== null, focus)?.why === 'focus';

/** The sentence that describes the view now (or says the data is loading or failed). */
function useViewDescription(): string {
  const dataset = useAppStore((s) => s.dataset);
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const failed = useAppStore((s) => s.loadError !== null);
  // The selection itself, or the tour's chapter: the same object from one store change to the next.
  const focus = useAppStore(focusOf);
  // Apart from the text, so that a click on a line (a new focus) writes the sentence again only if it changes this.
  const undatedFaint = useMemo(
    () => dataset !== null && time !== null && !focusFades(dataset, layers, time, focus),
    [dataset, layers, time, focus],
  );
  return useMemo(
    () =>
      dataset
        ? describeView(dataset, layers, time, undatedFaint)
        : failed
          ? 'No data: it could not be loaded.'
          : 'Loading the data…',
    [dataset, layers, time, failed, undatedFaint],
  );
}

export function ViewSummary() {
  return (
    <section className="view-summary" aria-labelledby="view-summary-heading">
      <h2 id="view-summary-heading">In this view</h2>
      <p>{useViewDescription()}</p>
    </section>
  );
}

/** Whether the view is a tour chapter's own: its layers and year, which the chapter's text speaks for. */
function showsChaptersView(s: AppState): boolean {
  const chapter = s.chapter ? s.dataset?.tour[s.chapter - 1] : undefined;
  return chapter !== undefined && sameLayersAndYears(chapter, s);
}

/**
 * The view's description as a screen reader hears it when it changes: once it has settled. Not
 * the view a tour chapter brings: the chapter says itself (ChapterCard), and a description of
 * 300–700 characters after it buried the chapter's text. A change the reader makes in the tour is
 * heard. Kept written but not spoken, so that leaving the tour, which keeps the view, says nothing.
 */
export function ViewAnnouncer() {
  const announced = useSettled(useViewDescription(), SETTLE_MS);
  const chaptersView = useAppStore(showsChaptersView);
  return (
    <p className="visually-hidden" aria-live={chaptersView ? 'off' : 'polite'}>
      {announced}
    </p>
  );
}
