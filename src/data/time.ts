/**
 * Time filters for the timeline. The timeline moves in whole years; an entry's partial dates
 * are read as the whole year, month or day they name.
 *
 * - "at" a year: relations whose period overlaps that year, events that happened in it.
 * - "up to" a year: everything that had begun by the end of that year.
 * An open start means "already before the sources begin"; an open end, "still so when written".
 */
import type { Period, PartialDate } from './schema.ts';

export type TimeMode = 'at' | 'upto';
export type TimeFilter = { year: number; mode: TimeMode };

const yearOf = (d: PartialDate) => Number(d.slice(0, 4));

export function periodYears(period: Period): [number, number] {
  return [period.start ? yearOf(period.start) : -Infinity, period.end ? yearOf(period.end) : Infinity];
}

/** A period the sources give no year for: it matches every year, so a year view draws it faded. */
export function isUndated(period: Period): boolean {
  return !period.start && !period.end;
}

export function periodMatches(period: Period, { year, mode }: TimeFilter): boolean {
  const [start, end] = periodYears(period);
  return mode === 'at' ? start <= year && year <= end : start <= year;
}

export function dateMatches(date: PartialDate, { year, mode }: TimeFilter): boolean {
  const y = yearOf(date);
  return mode === 'at' ? y === year : y <= year;
}

/**
 * The filter moved into the data's span of years: an address may name any plausible year, but
 * the slider reaches only those the data covers, and the two must agree. Null stays null.
 */
export function withinYears(time: TimeFilter | null, years: { first: number; last: number }): TimeFilter | null {
  if (!time) return null;
  const year = Math.min(Math.max(time.year, years.first), years.last);
  return year === time.year ? time : { ...time, year };
}

// Spelled out, not asked of Intl: toLocaleString builds a formatter on every call, which took
// 0.3 s of one task for the search index of a dataset 100 times today's.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "2021", "March 2021" or "27 March 2021", as precise as the source. */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const month = MONTHS[m - 1];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/**
 * "2000–2019", with the en dash closed up as the timeline writes years; spaced only between
 * dates of several words ("March 2020 – May 2021"), where a closed dash would bind "2020–May".
 */
export function formatPeriod(period: Period): string {
  const { start, end } = period;
  if (start && end) {
    if (start === end) return formatDate(start);
    const [from, to] = [formatDate(start), formatDate(end)];
    return from.includes(' ') || to.includes(' ') ? `${from} – ${to}` : `${from}–${to}`;
  }
  if (start) return `since ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return 'no date given';
}

/**
 * The first and last year any dated entry names (relations' and routes' periods, events' dates):
 * the timeline's span, and the range a tour chapter's year must lie in. Null when nothing is dated.
 */
export function yearSpanOf(
  relations: Iterable<{ period: Period }>,
  events: Iterable<{ date: PartialDate }>,
  routes: Iterable<{ properties: { period: Period } }>,
): [number, number] | null {
  const dates = [
    ...[...relations].flatMap((r) => [r.period.start, r.period.end]),
    ...[...events].map((e) => e.date),
    ...[...routes].flatMap((r) => [r.properties.period.start, r.properties.period.end]),
  ];
  const years = dates.flatMap((d) => (d ? [yearOf(d)] : []));
  return years.length > 0 ? [Math.min(...years), Math.max(...years)] : null;
}
