/**
 * How to cite the current view of the app, in APA (7th ed.), Chicago (notes and bibliography)
 * and BibTeX. Pure: the caller supplies the address (which encodes the view), the dataset's
 * version and date, and the day of access, so the output is testable and reproducible.
 */
import type { PartialDate } from '../data/schema.ts';
import { APP_TITLE } from '../app-name.ts';

export type CiteInput = {
  url: string;
  /** Dataset version, e.g. "1.0.0". */
  version: string;
  /** Dataset date, as precise as given: "2026-11-23". */
  versionDate: PartialDate;
  accessed: Date;
};

export type CitationFormat = 'apa' | 'chicago' | 'bibtex';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Parts = { y: number; m?: number; d?: number };
const partsOf = (date: PartialDate): Parts => {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
};
// The reader's own calendar day: "accessed today" means their today.
const partsOfDay = (date: Date): Required<Parts> => ({
  y: date.getFullYear(),
  m: date.getMonth() + 1,
  d: date.getDate(),
});

/** APA's "(2026, November 23)" order. */
function apaDate({ y, m, d }: Parts): string {
  if (!m) return String(y);
  return d ? `${y}, ${MONTHS[m - 1]} ${d}` : `${y}, ${MONTHS[m - 1]}`;
}

/** "November 23, 2026", as Chicago and APA's retrieval statement write it. */
function monthDayYear({ y, m, d }: Parts): string {
  if (!m) return String(y);
  return d ? `${MONTHS[m - 1]} ${d}, ${y}` : `${MONTHS[m - 1]} ${y}`;
}

const iso = ({ y, m, d }: Required<Parts>) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function apa({ url, version, versionDate, accessed }: CiteInput): string {
  return (
    `${APP_TITLE} (Version ${version}) [Interactive map and data set]. (${apaDate(partsOf(versionDate))}). ` +
    `Retrieved ${monthDayYear(partsOfDay(accessed))}, from ${url}`
  );
}

export function chicago({ url, version, versionDate, accessed }: CiteInput): string {
  return (
    `“${APP_TITLE}.” Interactive map and data set, version ${version}, ${monthDayYear(partsOf(versionDate))}. ` +
    `Accessed ${monthDayYear(partsOfDay(accessed))}. ${url}.`
  );
}

/** Braces would end a BibTeX field early; the URL stays valid with them percent-encoded. */
const bibUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');

export function bibtex({ url, version, versionDate, accessed }: CiteInput): string {
  const { y } = partsOf(versionDate);
  const key = `russia-pivot-asia-map-${version.replace(/\./g, '-')}`;
  return [
    `@misc{${key},`,
    // Double braces keep BibTeX from lower-casing the title.
    `  title = {{${APP_TITLE}}},`,
    `  year = {${y}},`,
    `  date = {${versionDate}},`,
    `  version = {${version}},`,
    `  howpublished = {Interactive map and data set},`,
    `  url = {${bibUrl(url)}},`,
    `  urldate = {${iso(partsOfDay(accessed))}},`,
    `  note = {Dataset version ${version} of ${versionDate}; accessed ${iso(partsOfDay(accessed))}}`,
    `}`,
  ].join('\n');
}

export const CITATION_FORMATS: { id: CitationFormat; name: string; format: (input: CiteInput) => string }[] = [
  { id: 'apa', name: 'APA', format: apa },
  { id: 'chicago', name: 'Chicago', format: chicago },
  { id: 'bibtex', name: 'BibTeX', format: bibtex },
];
