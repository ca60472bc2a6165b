import { describe, expect, it } from 'vitest';
import { indexDataset, type CitedEntries } from '../data/dataset.ts';
import { testDataset } from '../table/test-dataset.ts';
import {
  eventsCsv,
  figureText,
  placesGeoJson,
  relationsCsv,
  routesGeoJson,
  type ExportMeta,
} from './dataset-exports.ts';

const meta: ExportMeta = {
  title: 'The map',
  version: '1.0.0',
  versionDate: '2024',
  url: 'https://example.org/map/',
  citeAs: 'The map (Version 1.0.0). https://example.org/map/',
};

/** Header and rows of a CSV this module wrote (quoted cells may hold commas and line breaks). */
function read(csv: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  const re = /(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|$)/gy;
  const text = csv.replace(/^\uFEFF/, '');
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) {
    rows.at(-1)!.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m[3] === '\r\n') rows.push([]);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('relations.csv', () => {
  const rows = read(relationsCsv(testDataset(), meta));

  it('has one row per relation with names beside ids, dates and figures', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'rus-mmr-arms',
      'chn-mmr-arms',
      'rus-vnm-arms',
      'rus-ind-arms',
      'rus-sco-membership',
    ]);
    expect(rows[0]).toMatchObject({
      from: 'RUS',
      from_name: 'Russia',
      to_name: 'Myanmar',
      period_start: '2014',
      period_end: '2019',
      value_amount: '807',
      value_unit: 'USD',
    });
    expect(rows[0].figures.split('\n')).toEqual(['about $807: arms delivered', "16%: share of Myanmar's arms imports"]);
    expect(rows[4].value_amount).toBe('');
  });

  it('gives every row its citations, the data version and how to cite the map', () => {
    for (const row of rows) {
      expect(row.citations).toMatch(/^“a quote long enough to stand on its own here” — /);
      expect(row.dataset_version).toBe('1.0.0');
      expect(row.cite_as).toBe(meta.citeAs);
    }
    expect(rows[0].citations).toBe(
      '“a quote long enough to stand on its own here” — Arms and Myanmar: a long title for the tests. Dan Southerland, RFA, May 2021.',
    );
    expect(rows[2].citations.split('\n')).toHaveLength(2);
    expect(rows[2].citation_seeds).toBe('src-a src-b');
  });

  it('keeps hostile text as inert text', () => {
    const d = testDataset();
    const hostile = indexDataset<CitedEntries>({
      ...d,
      relations: [{ ...d.relations[0], summary: '=HYPERLINK("http://evil.example","Click, now")' }],
    });
    const csv = relationsCsv(hostile, meta);
    expect(csv).toContain(',"\'=HYPERLINK(""http://evil.example"",""Click, now"")",');
    expect(read(csv)[0].summary).toBe('\'=HYPERLINK("http://evil.example","Click, now")');
  });
});

describe('events.csv', () => {
  it('names the place and the actors and carries the same provenance columns', () => {
    const [coup] = read(eventsCsv(testDataset(), meta));
    expect(coup).toMatchObject({
      id: 'mmr-coup-2021',
      date: '2021-02-01',
      date_precision: 'day',
      place_name: 'Naypyidaw',
      actors: 'myanmar-junta MMR',
      actor_names: "Myanmar's military junta; Myanmar",
      dataset_version: '1.0.0',
      cite_as: meta.citeAs,
    });
  });
});

describe('GeoJSON downloads', () => {
  it('are feature collections with the version, how to cite and the sources in a metadata member', () => {
    for (const text of [placesGeoJson(testDataset(), meta), routesGeoJson(testDataset(), meta)]) {
      const geo = JSON.parse(text);
      expect(geo.type).toBe('FeatureCollection');
      expect(geo.metadata).toMatchObject({ dataset_version: '1.0.0', dataset_date: '2024', cite_as: meta.citeAs });
      expect(geo.metadata.sources).toEqual([
        { id: 'src-a', reference: 'Arms and Myanmar: a long title for the tests. Dan Southerland, RFA, May 2021.' },
        { id: 'src-b', reference: 'The multilateral dimensions. Stephen J. Blank, publisher not named, 28 June 2017.' },
      ]);
    }
  });

  it('keep the routes’ geometry and citations as they are', () => {
    const d = testDataset();
    const [route] = JSON.parse(routesGeoJson(d, meta)).features;
    expect(route.geometry).toEqual(d.routes.features[0].geometry);
    expect(route.properties.citations).toEqual(d.routes.features[0].properties.citations);
    expect(route.properties.dataset_version).toBe('1.0.0');
  });
});

describe('figure text', () => {
  it('says what the number measures, when, and who gives it', () => {
    expect(
      figureText({
        amount: 1.44e9,
        unit: 'USD',
        label: 'arms bought from Russia',
        period: { start: '2000', end: '2019' },
        claimedBy: 'ISEAS',
      }),
    ).toBe('$1.44 billion: arms bought from Russia (2000–2019), according to ISEAS');
    expect(figureText({ amount: 2, unit: 'count', label: 'new railway projects agreed' })).toBe(
      '2 new railway projects agreed',
    );
  });
});
