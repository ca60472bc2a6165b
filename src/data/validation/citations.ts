/**
 * The text checks shared by entries and routes: citations quote their seed verbatim, dates and
 * periods are real and justified by a quote or a publication date, figures and the numbers in the
 * prose come from a quote, and a summary is in the curator's own words.
 */
import { amountInText, numberForms, numeralInText, plainNumber } from '../amounts.ts';
import { normalizeQuote, quoteInText } from '../normalize.ts';
import type { Citation, Figure, CitedMapEvent, Period, CitedRelation, SeedEntry } from '../schema.ts';
import type { Collector } from './collector.ts';
import type { DatasetFiles } from './dataset-files.ts';
import { earliest, isRealDate, latest } from './dates.ts';

export type Entry = CitedRelation | CitedMapEvent;

/** What the text checks read: where errors go, the seed texts and the catalogue that names them. */
export interface SourceContext {
  c: Collector;
  input: DatasetFiles;
  /** Folder the seed files live in, for messages. */
  seedDir: string;
  seedById: Map<string, SeedEntry>;
}

const FOUR_DIGIT_YEAR = /^(1[89]|20)\d\d$/;

function pubYears(ctx: SourceContext, cits: Citation[]): number[] {
  return cits.flatMap((ct) => {
    const s = ctx.seedById.get(ct.seed);
    return s?.published ? [Number(s.published.slice(0, 4))] : [];
  });
}

/** A year is justified when it occurs in a quote, or lies within two years before a cited seed's publication. */
function yearJustified(ctx: SourceContext, year: string, cits: Citation[]): boolean {
  return (
    cits.some((ct) => numeralInText(year, normalizeQuote(ct.quote))) ||
    pubYears(ctx, cits).some((py) => Number(year) <= py && Number(year) >= py - 2)
  );
}

export function checkCitations(ctx: SourceContext, file: string, path: string, cits: Citation[]): void {
  const { c, input, seedDir, seedById } = ctx;
  cits.forEach((ct, i) => {
    const cp = `${path}.citations[${i}]`;
    const seed = seedById.get(ct.seed);
    if (!seed) {
      c.add(file, `${cp}.seed`, `unknown seed "${ct.seed}"`, `use a seed id from ${input.catalog.file}`);
      return;
    }
    const text = input.seeds[seed.file];
    if (text === undefined) return; // reported on the catalogue
    if (!quoteInText(ct.quote, text)) {
      c.add(
        file,
        `${cp}.quote`,
        `quote not found in seed "${ct.seed}"`,
        `copy the passage exactly from ${seedDir}/${seed.file}`,
      );
    }
  });
}

/** Reports a date that is not real or whose year is not justified; false when it is not a real date. */
export function checkDate(
  ctx: SourceContext,
  file: string,
  path: string,
  d: string | null | undefined,
  cits: Citation[],
): boolean {
  const { c } = ctx;
  if (d === null || d === undefined) return true;
  if (!isRealDate(d)) {
    c.add(file, path, `"${d}" is not a real calendar date`, 'give an existing date (check the day of the month)');
    return false;
  }
  const y = d.slice(0, 4);
  if (!yearJustified(ctx, y, cits)) {
    c.add(
      file,
      path,
      `year ${y} appears in none of the entry's quotes and is not within two years before a cited seed's publication`,
      'quote the passage that gives the year, or correct the date',
    );
  }
  return true;
}

export function checkPeriod(
  ctx: SourceContext,
  file: string,
  path: string,
  p: Period | undefined,
  cits: Citation[],
): void {
  if (!p) return;
  const okS = checkDate(ctx, file, `${path}.start`, p.start, cits);
  const okE = checkDate(ctx, file, `${path}.end`, p.end, cits);
  if (okS && okE && p.start && p.end && earliest(p.start) > latest(p.end)) {
    ctx.c.add(
      file,
      path,
      `period runs backwards: start ${p.start} is after end ${p.end}`,
      'swap start and end, or correct them',
    );
  }
}

export function checkFigures(ctx: SourceContext, file: string, path: string, e: Entry): void {
  const { c } = ctx;
  const figs: [Figure, string][] = [];
  if (e.value) figs.push([e.value, `${path}.value`]);
  (e.figures ?? []).forEach((f, i) => figs.push([f, `${path}.figures[${i}]`]));
  for (const [f, fp] of figs) {
    if (!e.citations.some((ct) => amountInText(f.amount, f.unit, ct.quote))) {
      c.add(
        file,
        `${fp}.amount`,
        `${plainNumber(f.amount)} (${f.unit}) appears in none of the entry's quotes`,
        `quote the passage that gives the number, as written (e.g. "${numberForms(f.amount)[2] ?? plainNumber(f.amount)}${f.unit === 'percent' ? ' percent' : ''}")`,
      );
    }
    checkPeriod(ctx, file, `${fp}.period`, f.period, e.citations);
  }
  if (e.certainty === 'disputed') {
    const claimed = figs.filter(([f]) => f.claimedBy);
    if (claimed.length < 2 && e.citations.length < 2) {
      c.add(
        file,
        `${path}.certainty`,
        'a disputed entry needs the competing claims: two figures with claimedBy, or two citations',
        'record each competing figure with who claims it (or cite each competing claim), or choose another certainty',
      );
    }
  }
}

/** Digits in a summary or title must come from a quote (or be a year justified as above). */
export function checkNumbersInProse(
  ctx: SourceContext,
  file: string,
  path: string,
  text: string,
  cits: Citation[],
): void {
  const tokens = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  for (const tok of tokens) {
    if (cits.some((ct) => numeralInText(tok, normalizeQuote(ct.quote)))) continue;
    if (FOUR_DIGIT_YEAR.test(tok) && yearJustified(ctx, tok, cits)) continue;
    ctx.c.add(
      file,
      path,
      `the number ${tok} appears in none of the entry's quotes`,
      'quote the passage that gives it, or remove it from the text',
    );
  }
}

export function checkOwnWords(ctx: SourceContext, file: string, path: string, summary: string, cits: Citation[]): void {
  const s = normalizeQuote(summary)
    .toLowerCase()
    .replace(/[.\s]+$/, '');
  for (const ct of cits) {
    const seed = ctx.seedById.get(ct.seed);
    const text = seed ? ctx.input.seeds[seed.file] : undefined;
    if (text && normalizeQuote(text).toLowerCase().includes(s)) {
      ctx.c.add(
        file,
        path,
        'the summary is copied from the source',
        'write the summary in your own words; the quote carries the source text',
      );
      return;
    }
  }
}
