/**
 * What the search box can find: actors (countries, organisations, groups, regions), places,
 * relations, events and routes, each with the selection it opens. Matching is by word prefix,
 * case- and accent-insensitive: "myan" finds "Myanmar" and "Russia → Myanmar: arms supply",
 * "kim jong" finds "Kim Jong-un visits…", but "anmar" finds nothing (no mid-word matches, which
 * would flood eight suggestions with noise). A word with a typo ("myanmr", "Kazakstan") finds the
 * word it is one or two edits from, ranked below every exact and prefix match. Words of an entry's
 * summary ("oil", "yuan") find it too, below every match by name.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { Actor } from '../data/schema.ts';
import type { SelectionKind } from '../state/url.ts';
import { relationTitle } from '../data/visible.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { fold, words } from './fold.ts';
import { allowedTypos, withinEdits } from './typo.ts';

export type Suggestion = {
  kind: SelectionKind;
  id: string;
  label: string;
  /** Shown beside the label: "Country", "Place", "Event"… */
  type: string;
  /** When two suggestions share a label ("Russia → India: partnership"), their dates tell them apart. */
  hint?: string;
};

type Entry = Omit<Suggestion, 'hint'> & {
  /** The entry's period or date, shown only to tell apart suggestions with the same label. */
  when?: string;
  folded: string;
  words: string[];
  /** Other whole names it goes by (an ISO code, an abbreviation), folded: typed in full, they match as its name does. */
  aliases: string[];
  /** The words of its summary, if it has one: matched by their start only (no typos, too many words). */
  text: string[];
  /** Where this type ranks among equally good matches: countries first, routes last. */
  rank: number;
};

export type SearchIndex = Entry[];

const ACTOR_TYPE: Record<Actor['kind'], string> = {
  country: 'Country',
  organisation: 'Organisation',
  group: 'Group',
  region: 'Region',
};
/**
 * Ties rank before events: they are what the map draws between its places. Russia's own ties
 * come first among them (RUSSIAN_TIE): "Myanmar" listed eight entries, and none of Russia's four
 * ties with Myanmar, its arms among them, behind events and China's ties.
 */
const RANK: Record<string, number> = {
  Country: 0,
  Organisation: 1,
  Group: 2,
  Region: 2,
  Place: 3,
  Relation: 4.5,
  Event: 5,
  Route: 6,
};
const RUSSIAN_TIE = 4;

export const MAX_SUGGESTIONS = 8;

function entry(
  kind: SelectionKind,
  id: string,
  label: string,
  type: string,
  {
    aliases = [],
    when,
    summary = '',
    rank = RANK[type] ?? 9,
  }: { aliases?: string[]; when?: string; summary?: string; rank?: number } = {},
): Entry {
  const folded = fold(label);
  return {
    kind,
    id,
    label,
    type,
    when,
    folded,
    words: [...(folded ? folded.split(' ') : []), ...aliases.flatMap(words)],
    aliases: aliases.map(fold),
    text: words(summary),
    rank,
  };
}

/** Each dataset's index, built once: an Enter pressed before the index came and the list both ask for it. */
const built = new WeakMap<IndexedDataset, SearchIndex>();

export function buildSearchIndex(d: IndexedDataset): SearchIndex {
  let index = built.get(d);
  if (!index) built.set(d, (index = indexOf(d)));
  return index;
}

function indexOf(d: IndexedDataset): SearchIndex {
  return [
    ...d.actors.map((a) => entry('actor', a.id, a.name, ACTOR_TYPE[a.kind], { aliases: actorAliases(a) })),
    ...d.places.features.map((p) =>
      entry('place', String(p.id), p.properties.name, 'Place', { aliases: p.properties.aliases }),
    ),
    ...d.relations.map((r) =>
      entry('relation', r.id, relationTitle(d, r), 'Relation', {
        when: formatPeriod(r.period),
        summary: r.summary,
        ...(r.from === 'RUS' || r.to === 'RUS' ? { rank: RUSSIAN_TIE } : {}),
      }),
    ),
    ...d.events.map((e) => entry('event', e.id, e.title, 'Event', { when: formatDate(e.date), summary: e.summary })),
    ...d.routes.features.map((r) =>
      entry('route', String(r.id), r.properties.name, 'Route', {
        when: formatPeriod(r.properties.period),
        summary: r.properties.summary,
      }),
    ),
  ];
}

/**
 * A country's ISO code ("MMR" finds Myanmar, as the address bar names it), an organisation's
 * or group's abbreviation, which is its id ("SCO", "CSTO", "EAEU", "UNSC", "IRPT"): the names
 * the layer descriptions and the sources use; and the other names the data gives it ("DPRK").
 */
function actorAliases(a: Actor): string[] {
  const code = a.iso3 ?? (/^[A-Z][A-Z0-9-]+$/.test(a.id) ? a.id : undefined);
  return [...(code ? [code] : []), ...(a.aliases ?? [])];
}

/**
 * How well an entry matches, lower is better, or null for no match:
 * 0 the whole label or an alias, 1 the label's start (not a tie's: "Myanmar → Russia" is no more
 * about Myanmar than "Russia → Myanmar"), 2 a word's start for every query word, 3 the same with a
 * typo in some query word, 4 the same with some query word only in the summary.
 */
function score(e: Entry, query: string, terms: string[]): number | null {
  if (e.folded === query || e.aliases.includes(query)) return 0;
  // A tie's title starts with the party that acts, not the one it is more about.
  if (e.kind !== 'relation' && e.folded.startsWith(query)) return 1;
  let worst = 2;
  for (const t of terms) {
    const s = termScore(e, t);
    if (s === null) return null;
    worst = Math.max(worst, s);
  }
  return worst;
}

/** One query word: 2 the start of a word of the name, 3 a typo of one, 4 the start of a word of the summary. */
function termScore(e: Entry, term: string): number | null {
  if (e.words.some((w) => w.startsWith(term))) return 2;
  const max = allowedTypos(term);
  if (max > 0 && e.words.some((w) => withinEdits(term, w, max))) return 3;
  return e.text.some((w) => w.startsWith(term)) ? 4 : null;
}

/**
 * How far into an entry's summary the query's words first come (the furthest of them): among
 * matches in the summary alone, a summary is more about what it names first. "oil" put Vietnam's
 * arms dependence, whose summary names oil in passing near its end, above Russia's oil to China
 * and India. A word of the name counts as coming first.
 */
function depthInSummary(e: Entry, terms: string[]): number {
  return Math.max(
    ...terms.map((t) => (e.words.some((w) => w.startsWith(t)) ? 0 : e.text.findIndex((w) => w.startsWith(t)))),
  );
}

export function search(index: SearchIndex, text: string, limit = MAX_SUGGESTIONS): Suggestion[] {
  const query = fold(text);
  if (!query) return [];
  const terms = query.split(' ');
  const hits: { e: Entry; score: number; depth: number }[] = [];
  for (const e of index) {
    const s = score(e, query, terms);
    if (s !== null) hits.push({ e, score: s, depth: s === 4 ? depthInSummary(e, terms) : 0 });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      a.e.rank - b.e.rank ||
      a.depth - b.depth ||
      a.e.label.length - b.e.label.length ||
      a.e.label.localeCompare(b.e.label),
  );
  const top = hits.slice(0, limit).map(({ e }) => e);
  const twice = new Set(top.filter((e, i) => top.findIndex((o) => o.label === e.label) !== i).map((e) => e.label));
  return top.map((e) => ({
    kind: e.kind,
    id: e.id,
    label: e.label,
    type: e.type,
    ...(twice.has(e.label) && e.when ? { hint: e.when } : {}),
  }));
}
