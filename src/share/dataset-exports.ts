/**
 * The dataset as files a reader can take away, built in the browser from the loaded dataset:
 * relations and events as CSV, places and routes as GeoJSON. Every file carries its sources.
 *
 * - CSV has no place for a header note, and a first row of prose would break every reader that
 *   expects column names. So each row carries its own provenance in columns: `citations` (each
 *   source's reference and the quoted passage), `citation_seeds` (the catalogue ids), and
 *   `dataset_version` and `cite_as` (how to cite the map and its data). A row copied out of the
 *   file on its own still says where it comes from.
 * - GeoJSON (RFC 7946, §6.1) allows foreign members: a top-level `metadata` object gives the
 *   title, data version, how to cite, and the five sources by id, which the features' citations
 *   name.
 */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { Citation, CitedMapEvent, CitedRelation, Figure } from '../data/schema.ts';
import { formatFigure } from '../data/format.ts';
import { formatPeriod } from '../data/time.ts';
import { actorName } from '../data/visible.ts';
import { allFigures } from '../details/figures.ts';
import { byline } from '../sources/reference.ts';
import { toCsv, type CsvValue } from './csv.ts';

export type ExportMeta = {
  title: string;
  version: string;
  versionDate: string;
  /** The map's address (its home page, not one view). */
  url: string;
  /** How to cite the map and its data, as one formatted reference. */
  citeAs: string;
};

/** “quote” — Title. Author, outlet, date. */
export function citationText(d: CitedIndexedDataset, c: Citation): string {
  const seed = d.seedById.get(c.seed);
  return seed ? `“${c.quote}” — ${seed.title}. ${byline(seed)}.` : `“${c.quote}” — ${c.seed}`;
}

/**
 * "$1.44 billion: value of arms Myanmar bought from Russia (2000–2019), according to ISEAS";
 * a count reads as a phrase: "2 new railway projects agreed".
 */
export function figureText(f: Figure): string {
  const period = f.period ? ` (${formatPeriod(f.period)})` : '';
  const who = f.claimedBy ? `, according to ${f.claimedBy}` : '';
  return `${formatFigure(f)}${f.unit === 'count' ? ' ' : ': '}${f.label}${period}${who}`;
}

/** Several values in one cell, one per line: spreadsheets show them as lines in the cell. */
const lines = (items: string[]) => items.join('\n');

type Entry = CitedRelation | CitedMapEvent;
const provenanceHeader = ['citations', 'citation_seeds', 'dataset_version', 'cite_as'];
const figureHeader = ['value_amount', 'value_unit', 'figures'];

function figureCells(e: Entry): CsvValue[] {
  return [e.value?.amount, e.value?.unit, lines(allFigures(e).map(figureText))];
}

function provenanceCells(d: CitedIndexedDataset, e: Entry, meta: ExportMeta): CsvValue[] {
  return [
    lines(e.citations.map((c) => citationText(d, c))),
    [...new Set(e.citations.map((c) => c.seed))].join(' '),
    meta.version,
    meta.citeAs,
  ];
}

export function relationsCsv(d: CitedIndexedDataset, meta: ExportMeta): string {
  const header = [
    'id',
    'layer',
    'from',
    'from_name',
    'to',
    'to_name',
    'kind',
    'topic',
    'certainty',
    'period_start',
    'period_end',
    'summary',
    ...figureHeader,
    ...provenanceHeader,
  ];
  const rows = d.relations.map((r) => [
    r.id,
    r.layer,
    r.from,
    actorName(d, r.from),
    r.to,
    actorName(d, r.to),
    r.kind,
    r.topic ?? '',
    r.certainty,
    r.period.start,
    r.period.end,
    r.summary,
    ...figureCells(r),
    ...provenanceCells(d, r, meta),
  ]);
  return toCsv(header, rows);
}

export function eventsCsv(d: CitedIndexedDataset, meta: ExportMeta): string {
  const header = [
    'id',
    'layer',
    'title',
    'date',
    'date_precision',
    'place',
    'place_name',
    'actors',
    'actor_names',
    'kind',
    'certainty',
    'summary',
    ...figureHeader,
    ...provenanceHeader,
  ];
  const rows = d.events.map((e) => [
    e.id,
    e.layer,
    e.title,
    e.date,
    e.precision,
    e.place,
    d.placeById.get(e.place)?.properties.name ?? e.place,
    e.actors.join(' '),
    e.actors.map((a) => actorName(d, a)).join('; '),
    e.kind,
    e.certainty,
    e.summary,
    ...figureCells(e),
    ...provenanceCells(d, e, meta),
  ]);
  return toCsv(header, rows);
}

function geoJsonMetadata(d: CitedIndexedDataset, meta: ExportMeta, what: string) {
  return {
    title: `${meta.title}: ${what}`,
    dataset_version: meta.version,
    dataset_date: meta.versionDate,
    url: meta.url,
    cite_as: meta.citeAs,
    // Citations in the features name these documents by id.
    sources: d.seeds.map((s) => ({ id: s.id, reference: `${s.title}. ${byline(s)}.` })),
    basemap: 'Natural Earth (public domain)',
  };
}

export function placesGeoJson(d: CitedIndexedDataset, meta: ExportMeta): string {
  const what = 'places (geography only; the claims are in the relations, events and routes)';
  const collection = {
    type: 'FeatureCollection',
    metadata: geoJsonMetadata(d, meta, what),
    features: d.places.features,
  };
  return JSON.stringify(collection, null, 2);
}

export function routesGeoJson(d: CitedIndexedDataset, meta: ExportMeta): string {
  const what = 'rail routes, each with the passages it is drawn from';
  const collection = {
    type: 'FeatureCollection',
    metadata: geoJsonMetadata(d, meta, what),
    features: d.routes.features.map((f) => ({
      ...f,
      properties: { ...f.properties, dataset_version: meta.version },
    })),
  };
  return JSON.stringify(collection, null, 2);
}
