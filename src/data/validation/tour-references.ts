/**
 * A tour chapter's references: what it cites and selects exists and is drawn on the map it opens
 * (its layer shown, its date within the year), and every number in its text comes from them.
 */
import { numeralInText } from '../amounts.ts';
import { normalizeQuote } from '../normalize.ts';
import type { Citation, TourChapter } from '../schema.ts';
import { dateMatches, periodMatches, type TimeFilter } from '../time.ts';
import type { Collector } from './collector.ts';
import type { TourContext } from './tour-context.ts';

/** What a `kind:id` reference names: its layer, its dates and its quotes (null when it names nothing). */
type Cited = { layer: string | null; visibleAt: (t: TimeFilter) => boolean; quotes: string[]; years: string[] };

function resolveCite(ctx: TourContext, kind: string, id: string): Cited | null {
  const yearsOf = (...dates: (string | null | undefined)[]) => dates.flatMap((d) => (d ? [d.slice(0, 4)] : []));
  const quotesOf = (cits: Citation[]) => cits.map((ct) => normalizeQuote(ct.quote));
  switch (kind) {
    case 'relation': {
      const r = ctx.relations.get(id);
      if (!r) return null;
      const figureYears = [r.value, ...(r.figures ?? [])].flatMap((f) => yearsOf(f?.period?.start, f?.period?.end));
      return {
        layer: r.layer,
        visibleAt: (t) => periodMatches(r.period, t),
        quotes: quotesOf(r.citations),
        years: [...yearsOf(r.period.start, r.period.end), ...figureYears],
      };
    }
    case 'event': {
      const e = ctx.events.get(id);
      if (!e) return null;
      return {
        layer: e.layer,
        visibleAt: (t) => dateMatches(e.date, t),
        quotes: quotesOf(e.citations),
        years: yearsOf(e.date),
      };
    }
    case 'route': {
      const r = ctx.routes.get(id)?.properties;
      if (!r) return null;
      return {
        layer: r.layer,
        visibleAt: (t) => periodMatches(r.period, t),
        quotes: quotesOf(r.citations),
        years: yearsOf(r.period.start, r.period.end),
      };
    }
    case 'place':
      return ctx.placeIds.has(id) ? { layer: null, visibleAt: () => true, quotes: [], years: [] } : null;
    case 'actor':
    case 'country': {
      const a = ctx.actors.get(id);
      if (!a || (kind === 'country' && a.kind !== 'country')) return null;
      return { layer: null, visibleAt: () => true, quotes: [], years: [] };
    }
    default:
      return null;
  }
}

/** What a chapter cites and selects exists and is drawn when it opens; its numbers come from what it cites. */
export function checkChapterReferences(
  c: Collector,
  file: string,
  path: string,
  ch: TourChapter,
  ctx: TourContext,
): void {
  const shown = new Set<string>(ch.layers);
  const time = ch.time;
  /** The map a chapter opens must draw what it names: the entry's layer is on, its date within the year. */
  const checkShown = (p: string, what: string, ref: string, target: Cited): void => {
    if (target.layer && !shown.has(target.layer)) {
      c.add(
        file,
        p,
        `${what} ${ref} is on the layer "${target.layer}", which the chapter does not show`,
        `add "${target.layer}" to the chapter's layers`,
      );
    } else if (time && !target.visibleAt(time)) {
      const when = `${time.mode === 'at' ? 'in' : 'up to'} ${time.year}`;
      c.add(
        file,
        p,
        `${what} ${ref} is not shown ${when}`,
        'choose a year in which the entry is shown, or set time to null',
      );
    }
  };

  const cited: Cited[] = [];
  ch.cites.forEach((ref, i) => {
    const [kind, id] = ref.split(':');
    const target = resolveCite(ctx, kind, id);
    const p = `${path}.cites[${i}]`;
    if (!target) {
      const where = ctx.files[kind as keyof TourContext['files']] ?? 'the data';
      c.add(file, p, `unknown ${kind} "${id}"`, `cite an id defined in ${where}`);
      return;
    }
    cited.push(target);
    checkShown(p, 'the cited', ref, target);
  });
  if (new Set(ch.cites).size !== ch.cites.length)
    c.add(file, `${path}.cites`, 'an entry is cited twice', 'cite each entry once');

  if (ch.selection) {
    const { kind, id } = ch.selection;
    const target = resolveCite(ctx, kind, id);
    if (!target) {
      c.add(
        file,
        `${path}.selection.id`,
        `unknown ${kind} "${id}"`,
        `select an existing ${kind}, or set selection to null`,
      );
    } else checkShown(`${path}.selection`, 'the selected', `${kind}:${id}`, target);
  }

  // Every number in the text comes from what the chapter cites: a quote, or an entry's date.
  for (const [field, text] of [
    ['title', ch.title],
    ['body', ch.body],
  ] as const) {
    for (const tok of text.match(/\d+(?:[.,]\d+)*/g) ?? []) {
      const inQuote = cited.some((t) => t.quotes.some((q) => numeralInText(tok, q)));
      if (inQuote || cited.some((t) => t.years.includes(tok))) continue;
      c.add(
        file,
        `${path}.${field}`,
        `the number ${tok} appears in none of the cited entries' quotes or dates`,
        'cite the entry that gives it, or remove it from the text',
      );
    }
  }
}
