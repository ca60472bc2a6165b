/**
 * What the printed handout says beside the map, all taken from the dataset: the key facts of
 * the visible layers (the entries that give a figure, each with the passages that give it) and
 * the tour's discussion questions, chapter by chapter. Pure.
 */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { Citation, LayerId, TourChapter } from '../data/schema.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { relationTitle, type CitedVisibleEntries } from '../data/visible.ts';
import { allFigures } from '../details/figures.ts';
import { figureCitations } from '../details/figure-source.ts';
import { shortReference } from '../sources/reference.ts';
import { figureText } from './dataset-exports.ts';

export type KeyFact = {
  id: string;
  layer: LayerId;
  title: string;
  /** "2000–2019" or "1 February 2021". */
  when: string;
  figures: string[];
  /** The passages that give the figures, each with a short reference to its document. */
  sources: { reference: string; quote: string }[];
};
export type FactGroup = { layer: LayerId; name: string; facts: KeyFact[] };

function sourcesOf(d: CitedIndexedDataset, entry: { citations: Citation[] }, figures: ReturnType<typeof allFigures>) {
  const giving = new Set(figures.flatMap((f) => figureCitations(entry.citations, f)));
  return entry.citations
    .filter((c) => giving.has(c))
    .map((c) => {
      const seed = d.seedById.get(c.seed);
      return { reference: seed ? shortReference(seed) : c.seed, quote: c.quote };
    });
}

/** The visible entries with figures, grouped by layer in the layers' order. */
export function keyFacts(d: CitedIndexedDataset, visible: CitedVisibleEntries): FactGroup[] {
  const facts: KeyFact[] = [];
  for (const r of visible.relations) {
    const figures = allFigures(r);
    if (figures.length === 0) continue;
    facts.push({
      id: r.id,
      layer: r.layer,
      title: relationTitle(d, r),
      when: formatPeriod(r.period),
      figures: figures.map(figureText),
      sources: sourcesOf(d, r, figures),
    });
  }
  for (const e of visible.events) {
    const figures = allFigures(e);
    if (figures.length === 0) continue;
    facts.push({
      id: e.id,
      layer: e.layer,
      title: e.title,
      when: formatDate(e.date),
      figures: figures.map(figureText),
      sources: sourcesOf(d, e, figures),
    });
  }
  return d.layers
    .map((l) => ({ layer: l.id, name: l.name, facts: facts.filter((f) => f.layer === l.id) }))
    .filter((g) => g.facts.length > 0);
}

export type ChapterQuestions = { number: number; title: string; questions: string[] };

/** The tour's questions, numbered by chapter; none when the tour has no chapters. */
export function discussionQuestions(tour: TourChapter[]): ChapterQuestions[] {
  return tour
    .map((c, i) => ({ number: i + 1, title: c.title, questions: c.questions }))
    .filter((c) => c.questions.length > 0);
}
