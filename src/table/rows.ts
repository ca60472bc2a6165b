/**
 * The table's rows: one per relation, event and route, with everything the map says about the
 * entry as text (the table is the map's accessible twin) and the keys the table sorts and
 * filters by. Pure, so the table's contents can be tested without a browser.
 */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { Certainty, Citation, Figure, LayerId, PartialDate, Period, SeedEntry } from '../data/schema.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { formatFigure } from '../data/format.ts';
import { actorName } from '../data/visible.ts';
import { fold } from '../search/fold.ts';

export type RowKind = 'relation' | 'event' | 'route';

export type FigureText = {
  /** "$1.7 billion" */
  amount: string;
  /** "arms delivered, 2014–2019, according to SIPRI" */
  detail: string;
};

export type TableRow = {
  kind: RowKind;
  id: string;
  /** "relation:rus-mmr-arms": unique across kinds, as the address bar writes a selection. */
  key: string;
  layer: LayerId;
  layerName: string;
  /** "Russia → Myanmar" for relations, "Myanmar's military junta, Myanmar" for events and routes. */
  actors: string;
  /** What the entry is, after its actors: "arms supply", an event's title, a route's name. */
  what: string;
  /** "2014–2019", "1 February 2021". */
  when: string;
  /** Chronological key: the period's start or the event's date; null when the source gives none. */
  dateKey: number | null;
  /** The headline figure first, then the others (competing claims of a disputed entry among them). */
  figures: FigureText[];
  /** The headline figure, for sorting by value within its unit. */
  sortFigure: Figure | null;
  certainty: Certainty;
  summary: string;
  /** "in Naypyidaw" for an event, "via Beijing, Ürümqi" for a route. */
  place: string;
  sources: { id: string; short: string; title: string }[];
  /** Folded text the filter box searches: actors, kind, title, summary and place. */
  haystack: string;
};

/**
 * A date as a number that sorts chronologically: 2021 → 20210000, 2021-03-27 → 20210327.
 * A year alone sorts before its months, so "2021" comes before "March 2021".
 */
export function dateKey(date: PartialDate): number {
  const [y, m = 0, d = 0] = date.split('-').map(Number);
  return y * 10000 + m * 100 + d;
}

/** An open start reads "already before the sources begin", so it sorts before every dated start. */
function periodKey(period: Period): number | null {
  if (period.start) return dateKey(period.start);
  return period.end ? Number.NEGATIVE_INFINITY : null;
}

/** A document's short name for a table cell: outlet (or first author's surname) and year. */
export function shortSourceName(seed: SeedEntry): string {
  const who = seed.outlet ?? seed.authors[0]?.split(' ').at(-1) ?? seed.title;
  return seed.published ? `${who} ${seed.published.slice(0, 4)}` : who;
}

function figureText(f: Figure, entryPeriod: Period | null): FigureText {
  const parts = [f.label];
  if (f.period && (!entryPeriod || formatPeriod(f.period) !== formatPeriod(entryPeriod)))
    parts.push(formatPeriod(f.period));
  if (f.claimedBy) parts.push(`according to ${f.claimedBy}`);
  return { amount: formatFigure(f), detail: parts.join(', ') };
}

function sourcesOf(d: CitedIndexedDataset, citations: Citation[]): TableRow['sources'] {
  const ids = [...new Set(citations.map((c) => c.seed))];
  return ids.map((id) => {
    const seed = d.seedById.get(id);
    return { id, short: seed ? shortSourceName(seed) : id, title: seed?.title ?? id };
  });
}

const words = (kind: string) => kind.replace(/-/g, ' ');

export function buildRows(d: CitedIndexedDataset): TableRow[] {
  const layerName = (id: LayerId) => d.layerById.get(id)?.name ?? id;
  const names = (ids: string[]) => ids.map((id) => actorName(d, id)).join(', ');
  const placeName = (id: string) => d.placeById.get(id)?.properties.name ?? id;
  const rows: TableRow[] = [];
  // `kind` is the entry's own kind ("arms-supply", "coup"), which the filter also matches.
  const add = (row: Omit<TableRow, 'key' | 'haystack' | 'layerName'>, kind: string) =>
    rows.push({
      ...row,
      key: `${row.kind}:${row.id}`,
      layerName: layerName(row.layer),
      haystack: fold([row.actors, row.what, row.kind, words(kind), row.summary, row.place].join(' ')),
    });

  for (const r of d.relations) {
    const all = [...(r.value ? [r.value] : []), ...(r.figures ?? [])];
    add(
      {
        kind: 'relation',
        id: r.id,
        layer: r.layer,
        actors: `${actorName(d, r.from)} → ${actorName(d, r.to)}`,
        what: r.topic ?? words(r.kind),
        when: formatPeriod(r.period),
        dateKey: periodKey(r.period),
        figures: all.map((f) => figureText(f, r.period)),
        sortFigure: r.value ?? r.figures?.[0] ?? null,
        certainty: r.certainty,
        summary: r.summary,
        place: '',
        sources: sourcesOf(d, r.citations),
      },
      r.kind,
    );
  }
  for (const e of d.events) {
    const all = [...(e.value ? [e.value] : []), ...(e.figures ?? [])];
    add(
      {
        kind: 'event',
        id: e.id,
        layer: e.layer,
        actors: names(e.actors),
        what: e.title,
        when: formatDate(e.date),
        dateKey: dateKey(e.date),
        figures: all.map((f) => figureText(f, null)),
        sortFigure: e.value ?? e.figures?.[0] ?? null,
        certainty: e.certainty,
        summary: e.summary,
        place: `in ${placeName(e.place)}`,
        sources: sourcesOf(d, e.citations),
      },
      e.kind,
    );
  }
  for (const route of d.routes.features) {
    const p = route.properties;
    add(
      {
        kind: 'route',
        id: String(route.id),
        layer: p.layer,
        actors: names(p.actors),
        what: p.name,
        when: formatPeriod(p.period),
        dateKey: periodKey(p.period),
        figures: [],
        sortFigure: null,
        certainty: p.certainty,
        summary: p.summary,
        place: `via ${p.via.map(placeName).join(', ')}`,
        sources: sourcesOf(d, p.citations),
      },
      'route',
    );
  }
  return rows;
}
