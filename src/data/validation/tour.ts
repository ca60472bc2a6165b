/**
 * The guided tour (data/tour.json): its number of chapters, unique chapter ids, and each chapter's
 * layers, year, length and own words; its references are checked in tour-references.ts.
 */
import { normalizeQuote } from '../normalize.ts';
import { tourChapter, type TourChapter } from '../schema.ts';
import type { Collector } from './collector.ts';
import type { DatasetFile } from './dataset-files.ts';
import { parseArray } from './shapes.ts';
import { dataYears, type TourContext } from './tour-context.ts';
import { checkChapterReferences } from './tour-references.ts';

/** The tour's length limits and the body's word limit: "about 80 words", so 90 at most. */
export const TOUR_LIMITS = { minChapters: 8, maxChapters: 10, maxWords: 90 };
/** A sentence of the body this long or longer may not be copied from a source. */
const COPIED_SENTENCE_WORDS = 8;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Checks the tour: each chapter's shape, that what it cites and selects exists, that the map it
 * opens shows what it cites and selects (layers and year), that its body stays short, in the
 * curator's words, and gives no number the cited entries do not.
 */
export function checkTour(c: Collector, f: DatasetFile, ctx: TourContext): void {
  const parsed = parseArray(c, f, tourChapter);
  if (Array.isArray(f.json) && f.parseError === undefined) {
    const n = f.json.length;
    const { minChapters, maxChapters } = TOUR_LIMITS;
    if (n < minChapters || n > maxChapters) {
      c.add(f.file, '$', `the tour has ${n} chapters`, `give it ${minChapters} to ${maxChapters} chapters`);
    }
  }
  const seen = new Map<string, string>();
  const span = dataYears(ctx);
  for (const { value: ch, path } of parsed.items) {
    const prior = seen.get(ch.id);
    if (prior)
      c.add(
        f.file,
        `${path}.id`,
        `duplicate chapter id "${ch.id}" (already used at ${prior})`,
        'give every chapter its own id',
      );
    seen.set(ch.id, path);
    checkChapter(c, f.file, path, ch, ctx, span);
  }
}

function checkChapter(
  c: Collector,
  file: string,
  path: string,
  ch: TourChapter,
  ctx: TourContext,
  span: [number, number] | null,
): void {
  ch.layers.forEach((l, i) => {
    if (!ctx.layerIds.has(l))
      c.add(file, `${path}.layers[${i}]`, `unknown layer "${l}"`, `use a layer id from ${ctx.files.layers}`);
  });
  if (new Set(ch.layers).size !== ch.layers.length)
    c.add(file, `${path}.layers`, 'a layer is listed twice', 'list each layer once');

  if (ch.time && span && (ch.time.year < span[0] || ch.time.year > span[1])) {
    c.add(
      file,
      `${path}.time.year`,
      `year ${ch.time.year} is outside the years the data covers (${span[0]}–${span[1]})`,
      `choose a year from ${span[0]} to ${span[1]}, or set time to null`,
    );
  }

  const words = wordCount(ch.body);
  if (words > TOUR_LIMITS.maxWords) {
    c.add(
      file,
      `${path}.body`,
      `the body has ${words} words`,
      `shorten it to about 80 words (at most ${TOUR_LIMITS.maxWords})`,
    );
  }
  for (const sentence of ch.body.split(/(?<=[.!?])\s+/)) {
    const s = normalizeQuote(sentence)
      .toLowerCase()
      .replace(/[.!?\s]+$/, '');
    if (wordCount(s) < COPIED_SENTENCE_WORDS) continue;
    if (ctx.seedTexts.some((t) => t.includes(s))) {
      c.add(
        file,
        `${path}.body`,
        `a sentence is copied from a source: "${sentence}"`,
        'write the chapter in your own words',
      );
    }
  }

  if (ctx.resolvable) checkChapterReferences(c, file, path, ch, ctx);
}
