/**
 * The timeline: a year slider over the span of the data, "in that year" or "up to that year",
 * a play button that steps through the years, a mark for each year with events, and the years
 * labelled under the slider (year-labels.ts picks those between its ends).
 */
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store.ts';
import type { TimeMode } from '../data/time.ts';
import { useWidth } from '../ui/useWidth.ts';
import { innerYearLabels } from './year-labels.ts';
import './timeline.css';

const STEP_MS = 900;
/** How far in from each side of the slider its thumb's centre stops (px): where the first and last years sit. */
const THUMB_INSET = 8;

export function Timeline() {
  // Only what this reads: the whole store would re-render it on every hover.
  const { dataset, time, setTime, layers } = useAppStore(
    useShallow((s) => ({ dataset: s.dataset, time: s.time, setTime: s.setTime, layers: s.layers })),
  );
  const [playing, setPlaying] = useState(false);
  const span = dataset?.years;

  const eventYears = useMemo(() => {
    const counts = new Map<number, number>();
    for (const e of dataset?.events ?? []) {
      if (!layers.includes(e.layer)) continue;
      const y = Number(e.date.slice(0, 4));
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    return counts;
  }, [dataset, layers]);

  useEffect(() => {
    if (!playing || !span) return;
    const timer = window.setInterval(() => {
      const current = useAppStore.getState().time;
      const next = current ? current.year + 1 : span.first;
      if (next > span.last) setPlaying(false);
      else setTime({ year: next, mode: current?.mode ?? 'upto' });
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, span, setTime]);

  if (!dataset || !span) return null;
  const year = time?.year ?? span.last;
  const mode: TimeMode = time?.mode ?? 'upto';
  const position = (y: number) => yearPosition(y, span);
  const allYears = `All years, ${span.first}–${span.last}`;
  const status = time ? `${mode === 'at' ? 'In' : 'Up to'} ${year}` : allYears;

  return (
    <section className="timeline" aria-label="Timeline">
      <button
        type="button"
        className="button play"
        onClick={() => {
          if (!playing && (!time || time.year >= span.last)) setTime({ year: span.first, mode });
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="track">
        <div className="event-marks" aria-hidden="true" style={{ insetInline: THUMB_INSET }}>
          {[...eventYears].map(([y, n]) => (
            <span
              key={y}
              className="mark"
              style={{ left: position(y), height: `${Math.min(6 + n * 3, 22)}px` }}
              title={`${y}: ${n} event${n === 1 ? '' : 's'}`}
            />
          ))}
        </div>
        <input
          type="range"
          min={span.first}
          max={span.last}
          step={1}
          value={year}
          aria-label="Year"
          aria-valuetext={status}
          // The track filled up to the thumb's centre for "up to", not for a year alone (timeline.css).
          style={{ '--fill': mode === 'upto' ? trackUpTo(year, span) : '0%' } as CSSProperties}
          // A slider the reader takes hold of pauses the play, as a player's slider does: pressed
          // (its thumb too, left where it is) or moved by a key.
          onPointerDown={() => setPlaying(false)}
          onChange={(e) => (setPlaying(false), setTime({ year: Number(e.target.value), mode }))}
        />
        <YearLabels first={span.first} last={span.last} />
      </div>
      <label className="mode">
        <span className="visually-hidden">Show</span>
        <select value={mode} onChange={(e) => setTime({ year, mode: e.target.value as TimeMode })}>
          <option value="upto">up to</option>
          <option value="at">in</option>
        </select>
      </label>
      {/* data-widest: the longest status holds its width (timeline.css), so the slider keeps its size.
          Not a live region: the slider says its value as it moves, and "In this view" (ViewSummary.tsx)
          announces the year with the view once it settles; a third copy made each step heard twice. */}
      <span className="time-status" data-widest={allYears}>
        {time ? (
          status
        ) : (
          // Where the status wraps (a phone), it breaks after the comma, not inside the span of years.
          <>
            All years, <span className="years">{`${span.first}–${span.last}`}</span>
          </>
        )}
      </span>
      {/* aria-disabled, not disabled: a disabled button drops the focus of the key that pressed it. */}
      <button
        type="button"
        className="button all-years"
        aria-disabled={!time}
        onClick={() => time && (setPlaying(false), setTime(null))}
      >
        All years
      </button>
    </section>
  );
}

/** The length of the slider's track up to the thumb's centre at a year. */
function trackUpTo(year: number, { first, last }: { first: number; last: number }): string {
  return `calc(${THUMB_INSET}px + (100% - ${2 * THUMB_INSET}px) * ${(year - first) / (last - first || 1)})`;
}

/** Where a year sits along the slider's track, between the thumb's two stops. */
function yearPosition(year: number, { first, last }: { first: number; last: number }): string {
  return `${((year - first) / (last - first)) * 100}%`;
}

/** The years under the slider: its two ends, and as many round years between as fit (year-labels.ts). */
function YearLabels({ first, last }: { first: number; last: number }) {
  const [slider, width] = useWidth<HTMLDivElement>();
  // A label's width follows the type's size, larger in Present.
  const [firstLabel, labelWidth] = useWidth<HTMLSpanElement>();
  const inner = innerYearLabels(first, last, { width, inset: THUMB_INSET, labelWidth });
  return (
    <div className="ticks" aria-hidden="true" ref={slider}>
      <span ref={firstLabel}>{first}</span>
      <span className="inner-years" style={{ insetInline: THUMB_INSET }}>
        {inner.map((year) => (
          <span key={year} style={{ left: yearPosition(year, { first, last }) }}>
            {year}
          </span>
        ))}
      </span>
      <span>{last}</span>
    </div>
  );
}
