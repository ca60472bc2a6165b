/**
 * The timeline: a year slider over the span of the data, "in that year" or "up to that year",
 * a play button that steps through the years, and a mark for each year with events.
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store.ts';
import type { TimeMode } from '../data/time.ts';
import './timeline.css';

const STEP_MS = 900;

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
  const position = (y: number) => `${((y - span.first) / (span.last - span.first)) * 100}%`;
  const status = time ? `${mode === 'at' ? 'In' : 'Up to'} ${year}` : `All years, ${span.first}–${span.last}`;

  return (
    <section className="timeline" aria-label="Timeline">
      <button
        type="button"
        className="button play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && (!time || time.year >= span.last)) setTime({ year: span.first, mode });
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="track">
        <div className="event-marks" aria-hidden="true">
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
          onChange={(e) => setTime({ year: Number(e.target.value), mode })}
        />
        <div className="ticks" aria-hidden="true">
          <span>{span.first}</span>
          <span>{span.last}</span>
        </div>
      </div>
      <label className="mode">
        <span className="visually-hidden">Show</span>
        <select value={mode} onChange={(e) => setTime({ year, mode: e.target.value as TimeMode })}>
          <option value="upto">up to</option>
          <option value="at">in</option>
        </select>
      </label>
      <output className="time-status" aria-live="polite">
        {status}
      </output>
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
