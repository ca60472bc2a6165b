/**
 * One chapter's card, beside or over the map (tour.css): progress, title and text, the entries it rests on (buttons
 * that open their details), Previous and Next, a button that folds the text away to show the map,
 * and a close button. Sizes are in em so a presentation mode can scale the card by its font-size.
 */
import { useEffect, useId, useRef, type Ref } from 'react';
import type { IndexedDataset } from '../data/dataset.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { citeSelection, progressText } from './chapters.ts';
import { selectionLabel } from '../data/selection.ts';
import { keysFor, keysHint, type TourAction } from './keys.ts';
import { TOUR_BUTTON_ID } from './TourButton.tsx';
import { useTabbableWhileScrolling } from '../ui/useTabbableWhileScrolling.ts';
import { PointingButton } from '../ui/PointingButton.tsx';
import { prefersReducedMotion } from '../ui/motion.ts';
import { focusInPlace, scrollIntoSight } from '../ui/in-place.ts';

type Props = {
  ref: Ref<HTMLElement>;
  dataset: IndexedDataset;
  /** 1-based, within the tour. */
  chapter: number;
  go: (action: TourAction) => void;
  openEntry: (entry: Selection) => void;
  /** Whether the list of cited entries is open; kept from chapter to chapter. */
  citesOpen: boolean;
  setCitesOpen: (open: boolean) => void;
  folded: boolean;
  setFolded: (folded: boolean) => void;
};

export function ChapterCard(props: Props) {
  const { ref, dataset, chapter, go, openEntry, citesOpen, setCitesOpen, folded, setFolded } = props;
  const count = dataset.tour.length;
  const { title, body, cites } = dataset.tour[chapter - 1];
  const selection = useAppStore((s) => s.selection);
  const [titleId, progressId, textId, citesId] = [useId(), useId(), useId(), useId()];
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useRef<HTMLDivElement>(null);
  useTabbableWhileScrolling(text);
  const first = chapter === 1;
  const last = chapter === count;

  // Started from the Tour button: take the focus to the chapter, where the arrow keys step.
  useEffect(() => {
    if (document.activeElement?.id === TOUR_BUTTON_ID) focusInPlace(heading.current);
  }, []);

  // Each chapter's text from its start: the card stays from chapter to chapter, and a phone's,
  // scrolled down the previous chapter's entries, opened the next 115 px down, its first lines hidden.
  // (Braces: Chromium's scrollTo returns a promise, which React would take for the cleanup.)
  useEffect(() => {
    text.current?.scrollTo({ top: 0 });
  }, [chapter]);

  // Opened, the list of entries comes into sight: it follows the chapter's text, in the text's
  // scrolling box, and at a projector's large type it opened below the box's foot, as if the
  // button had done nothing. Only when opened by the button: kept open, it stays put from chapter
  // to chapter, where the text starts from its top.
  const citesOpened = useRef(false);
  useEffect(() => {
    if (!citesOpen || !citesOpened.current) return;
    citesOpened.current = false;
    // Nearest: a list taller than the box comes in from its top, a shorter one whole.
    const list = document.getElementById(citesId);
    if (list) scrollIntoSight(list, { smooth: !prefersReducedMotion() });
  }, [citesOpen, citesId]);

  // A step replaces the cited entries: focus left on one of them fell to the page with it. Keep
  // it on the card, at the new chapter's title. So too from the details, which now hold the new
  // chapter's entry: a clicker's PageDown left the focus on a button of it, scrolled out of sight.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const lost = lastFocused.current && !lastFocused.current.isConnected;
    const inDetails = document.activeElement?.closest('.details-panel');
    if ((lost && document.activeElement === document.body) || inDetails) focusInPlace(heading.current);
  }, [chapter]);

  return (
    <section
      ref={ref}
      // Open, it holds back the details where they would cover it (tour.css).
      className={folded ? 'tour-card' : 'tour-card holds-details'}
      data-folded={folded}
      aria-labelledby={`${progressId} ${titleId}`}
      onFocus={(e) => (lastFocused.current = e.target)}
    >
      <div className="tour-head">
        <p className="tour-progress-text" id={progressId}>
          {progressText(chapter, count)}
        </p>
        <div
          className="tour-progress"
          role="progressbar"
          aria-label="Tour progress"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={chapter}
          aria-valuetext={progressText(chapter, count)}
        >
          {dataset.tour.map((c, i) => (
            <span key={c.id} className="tour-step" data-done={i < chapter} />
          ))}
        </div>
        <button
          type="button"
          className="button tour-fold"
          aria-expanded={!folded}
          aria-controls={textId}
          onClick={() => setFolded(!folded)}
        >
          {folded ? 'Show text' : 'Hide text'}
        </button>
        <button
          type="button"
          className="button tour-close"
          aria-label="Leave the tour"
          {...keyTips('leave', 'Leave the tour')}
          onClick={() => go('leave')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* The chapter, stacked on the other chapters' texts, unseen, where the card stands at the top
          of its column (tour.css): the card is as tall in every chapter, and Next stays under the
          pointer. Its top moved 130 px from chapter to chapter presenting at 1920 × 1080, and a
          second click on Next, in the same place, fell on the card's empty foot. */}
      <div className="tour-pages">
        <div className="tour-page">
          <h2 className="tour-title" id={titleId} ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {/* A group named by the chapter's title: Tab reaches it while it scrolls (useTabbableWhileScrolling). */}
          <div
            className="tour-text"
            id={textId}
            ref={text}
            hidden={folded}
            role="group"
            aria-labelledby={titleId}
            onScroll={(e) => e.currentTarget.toggleAttribute('data-scrolled', e.currentTarget.scrollTop > 0)}
          >
            <p className="tour-body">{body}</p>
            {citesOpen && (
              <ul className="tour-cites" id={citesId} aria-label="Entries this chapter rests on">
                {cites.map((cite) => {
                  const target = citeSelection(cite);
                  if (!target) return null;
                  const current = selection?.kind === target.kind && selection.id === target.id;
                  return (
                    <li key={cite}>
                      <PointingButton
                        selection={target}
                        className="button tour-cite"
                        current={current}
                        onClick={() => openEntry(target)}
                      >
                        {selectionLabel(dataset, target)}
                      </PointingButton>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
        {!folded &&
          dataset.tour.map(
            (other, i) =>
              i !== chapter - 1 && (
                <div key={other.id} className="tour-page tour-ghost" aria-hidden="true">
                  <div className="tour-ghost-title">{other.title}</div>
                  <p className="tour-ghost-body">{other.body}</p>
                </div>
              ),
          )}
      </div>
      <div className="tour-foot">
        {!folded && (
          <button
            type="button"
            className="button tour-sources"
            aria-expanded={citesOpen}
            aria-controls={citesOpen ? citesId : undefined}
            onClick={() => {
              citesOpened.current = !citesOpen;
              setCitesOpen(!citesOpen);
            }}
          >
            Based on {cites.length} {cites.length === 1 ? 'entry' : 'entries'}
          </button>
        )}
        <nav className="tour-nav" aria-label="Tour chapters">
          <button
            type="button"
            className="button tour-previous"
            aria-disabled={first}
            {...keyTips('previous', 'Previous chapter')}
            onClick={() => !first && go('previous')}
          >
            Previous
          </button>
          {last ? (
            <button
              type="button"
              className="button tour-next"
              {...keyTips('leave', 'Leave the tour')}
              onClick={() => go('leave')}
            >
              End tour
            </button>
          ) : (
            <button
              type="button"
              className="button tour-next"
              {...keyTips('next', 'Next chapter')}
              onClick={() => go('next')}
            >
              Next
            </button>
          )}
        </nav>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {`${progressText(chapter, count)}: ${title}`}
      </p>
    </section>
  );
}

/** A button's keys, for assistive technology and, in its tooltip, for the teacher with a keyboard or clicker. */
function keyTips(action: TourAction, what: string) {
  return { 'aria-keyshortcuts': keysFor(action).join(' '), title: `${what} (${keysHint(action)})` };
}
