import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isRealDate,
  loadJson,
  normalizeQuote,
  quoteInSeed,
  validateDataset,
  type DatasetFiles,
  type ValidationError,
  TOUR_LIMITS,
  wordCount,
} from './validate';
import { loadDatasetFromDisk } from './validate-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

let real: DatasetFiles;

beforeAll(() => {
  real = loadDatasetFromDisk(root);
});

/** A deep copy of the real dataset with one file's JSON changed by `mutate`. */
function mutated(key: Exclude<keyof DatasetFiles, 'seeds' | 'seedDir'>, mutate: (json: AnyJson) => void): DatasetFiles {
  const copy: DatasetFiles = structuredClone(real);
  mutate(copy[key].json);
  return copy;
}

function expectError(errors: ValidationError[], file: string, path: string, message: RegExp): void {
  const hit = errors.find((e) => e.file === file && e.path === path && message.test(e.message));
  expect(
    hit,
    `expected ${file} ${path} ${message}, got:\n${errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n')}`,
  ).toBeDefined();
  expect(hit!.fix.length).toBeGreaterThan(0);
}

const byId = (list: AnyJson[], id: string): number => {
  const i = list.findIndex((x: AnyJson) => x.id === id);
  if (i < 0) throw new Error(`no entry ${id}`);
  return i;
};

describe('the real dataset', () => {
  it('validates with zero errors', () => {
    const errors = validateDataset(real);
    expect(errors.map((e) => `${e.file} ${e.path}: ${e.message}`)).toEqual([]);
  });

  it('has every file loaded', () => {
    for (const key of [
      'catalog',
      'version',
      'layers',
      'actors',
      'places',
      'routes',
      'relations',
      'events',
      'tour',
    ] as const) {
      expect(real[key].parseError, key).toBeUndefined();
    }
    expect(Object.keys(real.seeds)).toHaveLength(5);
  });

  it('records both competing death tolls with who claims them', () => {
    const ev = (real.events.json as AnyJson[]).find(
      (e) => e.certainty === 'disputed' && e.figures?.some((f: AnyJson) => f.amount === 780),
    );
    expect(ev).toBeDefined();
    expect(ev.figures.map((f: AnyJson) => f.amount).sort()).toEqual([240, 780]);
    expect(ev.figures.every((f: AnyJson) => typeof f.claimedBy === 'string')).toBe(true);
  });
});

describe('one bad input of each kind', () => {
  it('reports a bad schema field', () => {
    const d = mutated('relations', (r) => {
      r[0].certainty = 'rumoured';
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].certainty', /./);
  });

  it('reports an unknown field (a typo zod would drop)', () => {
    const d = mutated('relations', (r) => {
      r[0].figure = r[0].figures;
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].figure', /unknown field "figure"/);
  });

  it('reports a duplicate entry id', () => {
    const d = mutated('relations', (r) => {
      r[1].id = r[0].id;
    });
    expectError(validateDataset(d), 'data/relations.json', '$[1].id', /duplicate entry id/);
  });

  it('reports two relations a reader could not tell apart (same actors, same kind, no topic)', () => {
    const i = byId(real.relations.json as AnyJson[], 'rus-far-east-development');
    const d = mutated('relations', (r) => {
      delete r[i].topic;
      r[i].kind = 'policy';
      delete r[byId(r, 'rus-far-east-pivot')].topic;
    });
    const errors = validateDataset(d);
    expect(errors.find((e) => /could not tell them apart/.test(e.message))?.fix).toMatch(/"topic"/);
    // With its topic back, the title differs and the error goes.
    const fixed = mutated('relations', (r) => {
      delete r[byId(r, 'rus-far-east-pivot')].topic;
    });
    expect(validateDataset(fixed).filter((e) => /could not tell them apart/.test(e.message))).toEqual([]);
  });

  it('reports an id shared by a relation and an event', () => {
    const d = structuredClone(real);
    (d.events.json as AnyJson[])[0].id = (d.relations.json as AnyJson[])[0].id;
    expectError(validateDataset(d), 'data/events.json', '$[0].id', /duplicate entry id/);
  });

  it('reports an unknown actor in a relation', () => {
    const d = mutated('relations', (r) => {
      r[0].to = 'XXX';
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].to', /unknown actor "XXX"/);
  });

  it('reports an unknown actor in an event', () => {
    const d = mutated('events', (e) => {
      e[0].actors.push('ATLANTIS');
    });
    const i = (real.events.json as AnyJson[])[0].actors.length;
    expectError(validateDataset(d), 'data/events.json', `$[0].actors[${i}]`, /unknown actor "ATLANTIS"/);
  });

  it('reports an unknown place in an event', () => {
    const d = mutated('events', (e) => {
      e[0].place = 'vladivostok-typo';
    });
    expectError(validateDataset(d), 'data/events.json', '$[0].place', /unknown place "vladivostok-typo"/);
  });

  it('reports an unknown anchor place for an actor', () => {
    const d = mutated('actors', (a) => {
      a[0].anchor = 'nowhere';
    });
    expectError(validateDataset(d), 'data/actors.json', '$[0].anchor', /unknown place "nowhere"/);
  });

  it('reports an unknown via place on a route', () => {
    const d = mutated('routes', (fc) => {
      fc.features[0].properties.via[1] = 'nowhere';
    });
    expectError(
      validateDataset(d),
      'data/routes.geojson',
      '$.features[0].properties.via[1]',
      /unknown place "nowhere"/,
    );
  });

  it('reports an unknown seed in a citation', () => {
    const d = mutated('relations', (r) => {
      r[0].citations[0].seed = 'nyt-2021';
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].citations[0].seed', /unknown seed "nyt-2021"/);
  });

  it('reports a catalogued seed file that does not exist', () => {
    const d = mutated('catalog', (c) => {
      c[0].file = 'missing.txt';
    });
    expectError(validateDataset(d), 'seeds/catalog.json', '$[0].file', /does not exist/);
  });

  it('reports an unknown layer (not in the enum)', () => {
    const d = mutated('relations', (r) => {
      r[0].layer = 'nuclear';
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].layer', /./);
  });

  it('reports a layer missing from layers.json', () => {
    const d = mutated('layers', (l) => {
      l.splice(byId(l, 'rail'), 1);
    });
    const errors = validateDataset(d);
    expectError(errors, 'data/layers.json', '$', /layer "rail" is missing/);
    expectError(
      errors,
      'data/relations.json',
      `$[${byId(real.relations.json as AnyJson[], 'chn-kgz-rail')}].layer`,
      /unknown layer "rail"/,
    );
  });

  it('reports a layer with no entry', () => {
    const d = structuredClone(real);
    const keep = (x: AnyJson): boolean => x.layer !== 'far-east';
    d.relations.json = (d.relations.json as AnyJson[]).filter(keep);
    d.events.json = (d.events.json as AnyJson[]).filter(keep);
    expectError(
      validateDataset(d),
      'data/layers.json',
      `$[${byId(real.layers.json as AnyJson[], 'far-east')}]`,
      /has no relation, event or route/,
    );
  });

  it('reports straight apostrophes and quotation marks in the data’s own words, not in quotes', () => {
    const d = mutated('relations', (r) => {
      r[0].summary = "Russia's arms";
      r[0].citations[0].quote = r[0].citations[0].quote.replace('’', "'");
    });
    d.tour.json = structuredClone(real.tour.json);
    (d.tour.json as AnyJson[])[0].questions[1] = 'Is it a "pivot"?';
    const errors = validateDataset(d);
    expectError(errors, 'data/relations.json', '$[0].summary', /straight apostrophe/);
    expectError(errors, 'data/tour.json', '$[0].questions[1]', /straight quotation mark.*"pivot/);
    expect(errors.filter((e) => e.path.includes('citations'))).toEqual([]);
  });

  it('reports a seed that is never cited', () => {
    const d = structuredClone(real);
    const notBlank = (c: AnyJson): boolean => c.seed !== 'blank-2017';
    d.relations.json = (d.relations.json as AnyJson[]).filter((r) => r.citations.some(notBlank));
    for (const r of d.relations.json as AnyJson[]) r.citations = r.citations.filter(notBlank);
    expectError(
      validateDataset(d),
      'seeds/catalog.json',
      `$[${byId(real.catalog.json as AnyJson[], 'blank-2017')}]`,
      /never cited/,
    );
  });

  it('reports a quote that is not verbatim', () => {
    const d = mutated('relations', (r) => {
      r[0].citations[0].quote = r[0].citations[0].quote.replace('second largest', 'second-biggest');
    });
    expectError(
      validateDataset(d),
      'data/relations.json',
      '$[0].citations[0].quote',
      /quote not found in seed "pacnet-2021"/,
    );
  });

  it('reports a number that is in no quote', () => {
    const i = byId(real.relations.json as AnyJson[], 'prk-rus-labour');
    const d = mutated('relations', (r) => {
      r[i].figures[0].amount = 19;
    });
    expectError(validateDataset(d), 'data/relations.json', `$[${i}].figures[0].amount`, /19 \(km\) appears in none/);
  });

  it('reports a figure amount that is in no quote (USD)', () => {
    const d = mutated('relations', (r) => {
      r[0].value.amount = 1450000000;
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].value.amount', /1450000000 \(USD\) appears in none/);
  });

  it('reports a number in a summary that is in no quote', () => {
    const d = mutated('relations', (r) => {
      r[0].summary = 'Russia sold Myanmar 99 fighter jets according to nobody at all.';
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].summary', /number 99 appears in none/);
  });

  it('reports an impossible date', () => {
    const i = byId(real.events.json as AnyJson[], 'myanmar-coup-2021');
    const d = mutated('events', (e) => {
      e[i].date = '2021-02-30';
    });
    expectError(validateDataset(d), 'data/events.json', `$[${i}].date`, /not a real calendar date/);
  });

  it('reports a year that neither a quote nor the publication date justifies', () => {
    const i = byId(real.events.json as AnyJson[], 'myanmar-coup-2021');
    const d = mutated('events', (e) => {
      e[i].date = '2011-02-01';
    });
    expectError(validateDataset(d), 'data/events.json', `$[${i}].date`, /year 2011 appears in none/);
  });

  it('reports an event dated after the publication of every cited seed', () => {
    const i = byId(real.events.json as AnyJson[], 'myanmar-death-toll-2021');
    const d = mutated('events', (e) => {
      e[i].date = '2021-06-09';
    });
    expectError(validateDataset(d), 'data/events.json', `$[${i}].date`, /after the publication of every cited seed/);
  });

  it('reports a backwards period', () => {
    const d = mutated('relations', (r) => {
      r[0].period = { start: '2019', end: '2000' };
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].period', /period runs backwards/);
  });

  it('reports a backwards figure period', () => {
    const d = mutated('relations', (r) => {
      r[0].figures[0].period = { start: '2019', end: '2014' };
    });
    expectError(validateDataset(d), 'data/relations.json', '$[0].figures[0].period', /period runs backwards/);
  });

  it('reports a precision that does not match the date', () => {
    const i = byId(real.events.json as AnyJson[], 'myanmar-coup-2021');
    const d = mutated('events', (e) => {
      e[i].precision = 'month';
    });
    expectError(validateDataset(d), 'data/events.json', `$[${i}].precision`, /does not match date "2021-02-01"/);
  });

  it('reports an out-of-range (swapped) longitude', () => {
    const i = byId((real.places.json as AnyJson).features, 'magadan');
    const d = mutated('places', (fc) => {
      fc.features[i].geometry.coordinates = [59.56, 150.8];
    });
    const errors = validateDataset(d);
    expectError(
      errors,
      'data/places.geojson',
      `$.features[${i}].geometry.coordinates`,
      /latitude 150.8 is out of range/,
    );
  });

  it('reports a longitude beyond 180', () => {
    const i = byId((real.places.json as AnyJson).features, 'moscow');
    const d = mutated('places', (fc) => {
      fc.features[i].geometry.coordinates = [197.6, 55.7];
    });
    expectError(
      validateDataset(d),
      'data/places.geojson',
      `$.features[${i}].geometry.coordinates`,
      /longitude 197.6 is out of range/,
    );
  });

  it('reports a route position that differs from its via place', () => {
    const d = mutated('routes', (fc) => {
      fc.features[0].geometry.coordinates[0] = [39.47, 75.99];
    });
    expectError(
      validateDataset(d),
      'data/routes.geojson',
      '$.features[0].geometry.coordinates[0]',
      /differs from via place "kashgar"/,
    );
  });

  it('reports a LineString without two distinct positions', () => {
    const d = mutated('routes', (fc) => {
      const f = fc.features[0];
      f.properties.via = [f.properties.via[0], f.properties.via[0]];
      f.geometry.coordinates = [f.geometry.coordinates[0], f.geometry.coordinates[0]];
    });
    expectError(
      validateDataset(d),
      'data/routes.geojson',
      '$.features[0].geometry.coordinates',
      /at least two distinct positions/,
    );
  });

  it('reports a duplicate feature id', () => {
    const d = mutated('places', (fc) => {
      fc.features[1].id = fc.features[0].id;
    });
    expectError(validateDataset(d), 'data/places.geojson', '$.features[1].id', /duplicate feature id "moscow"/);
  });

  it('reports a route id that repeats a place id', () => {
    const d = mutated('routes', (fc) => {
      fc.features[0].id = 'moscow';
    });
    expectError(validateDataset(d), 'data/routes.geojson', '$.features[0].id', /duplicate feature id "moscow"/);
  });

  it('reports a clockwise polygon ring (and an unclosed one)', () => {
    const d = mutated('places', (fc) => {
      fc.features.push({
        type: 'Feature',
        id: 'test-area',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100, 0],
              [100, 1],
              [101, 1],
              [101, 0],
              [100, 0],
            ],
          ],
        },
        properties: { name: 'Test area', kind: 'region', country: 'CHN' },
      });
      fc.features.push({
        type: 'Feature',
        id: 'test-area-2',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100, 0],
              [101, 0],
              [101, 1],
              [100, 1],
            ],
          ],
        },
        properties: { name: 'Test area 2', kind: 'region', country: 'CHN' },
      });
    });
    const n = (real.places.json as AnyJson).features.length;
    const errors = validateDataset(d);
    expectError(errors, 'data/places.geojson', `$.features[${n}].geometry.coordinates[0]`, /outer ring is clockwise/);
    expectError(errors, 'data/places.geojson', `$.features[${n + 1}].geometry.coordinates[0]`, /not closed/);
  });

  it('reports a country whose id is not its ISO code', () => {
    const d = mutated('actors', (a) => {
      a[0].id = 'russia';
    });
    expectError(validateDataset(d), 'data/actors.json', '$[0].id', /must be its iso3 code "RUS"/);
  });

  it('reports an actor nobody uses', () => {
    const d = mutated('actors', (a) => {
      a.push({ id: 'MNG', name: 'Mongolia', kind: 'country', iso3: 'MNG', anchor: 'beijing' });
    });
    const n = (real.actors.json as AnyJson[]).length;
    expectError(validateDataset(d), 'data/actors.json', `$[${n}]`, /not used/);
  });

  it('reports a disputed entry without competing claims', () => {
    const i = byId(real.relations.json as AnyJson[], 'rus-syr-policy');
    const d = mutated('relations', (r) => {
      r[i].certainty = 'disputed';
    });
    expectError(validateDataset(d), 'data/relations.json', `$[${i}].certainty`, /disputed entry needs/);
  });

  it('reports a summary copied from the source', () => {
    const i = byId(real.relations.json as AnyJson[], 'rus-syr-policy');
    const d = mutated('relations', (r) => {
      r[i].summary = 'Syria was the first case in which Russia challenged Western attempts to change the status quo.';
    });
    expectError(validateDataset(d), 'data/relations.json', `$[${i}].summary`, /copied from the source/);
  });

  it('reports invalid JSON with the parse message, without crashing', () => {
    const d = structuredClone(real);
    d.relations = loadJson('data/relations.json', '[{"id": "x",}]');
    const errors = validateDataset(d);
    expectError(errors, 'data/relations.json', '$', /not valid JSON/);
    // no cascade of "unused" errors from the unreadable file
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual(['data/relations.json $']);
  });

  it('still checks the other files when one is not valid JSON', () => {
    const d = structuredClone(real);
    d.events = loadJson('data/events.json', '{');
    (d.relations.json as AnyJson[])[0].to = 'XXX';
    const errors = validateDataset(d);
    expectError(errors, 'data/events.json', '$', /not valid JSON/);
    expectError(errors, 'data/relations.json', '$[0].to', /unknown actor "XXX"/);
  });

  it('reports all errors at once', () => {
    const d = mutated('relations', (r) => {
      r[0].to = 'XXX';
      r[1].citations[0].quote = 'This sentence is in no seed at all, anywhere.';
      r[2].period = { start: '2021-13', end: null };
    });
    const errors = validateDataset(d);
    expectError(errors, 'data/relations.json', '$[0].to', /unknown actor/);
    expectError(errors, 'data/relations.json', '$[1].citations[0].quote', /quote not found/);
    expectError(errors, 'data/relations.json', '$[2].period.start', /YYYY/);
  });
});

describe('the tour', () => {
  const TOUR = 'data/tour.json';
  const chapterOf = (id: string) => byId(real.tour.json as AnyJson[], id);

  it('has 8 to 10 chapters of about 80 words, each with 2 or 3 questions for the class', () => {
    const tour = real.tour.json as AnyJson[];
    expect(tour.length).toBeGreaterThanOrEqual(TOUR_LIMITS.minChapters);
    expect(tour.length).toBeLessThanOrEqual(TOUR_LIMITS.maxChapters);
    for (const ch of tour) {
      expect(wordCount(ch.body), ch.id).toBeLessThanOrEqual(80);
      expect(ch.questions.length, ch.id).toBeGreaterThanOrEqual(2);
      expect(ch.questions.length, ch.id).toBeLessThanOrEqual(3);
    }
  });

  it('counts words, not dashes or stray punctuation', () => {
    expect(wordCount('Myanmar bought arms in 2000–2019 — second only to China.')).toBe(9);
  });

  it('reports a citation of an entry that does not exist', () => {
    const d = mutated('tour', (t) => {
      t[0].cites[1] = 'event:putin-visits-mars-2012';
    });
    expectError(validateDataset(d), TOUR, '$[0].cites[1]', /unknown event "putin-visits-mars-2012"/);
  });

  it('points an unknown citation or layer to the file that defines its kind', () => {
    const d = mutated('tour', (t) => {
      t[0].cites[1] = 'place:atlantis';
      t[0].cites[2] = 'route:moon-railway';
    });
    const layer = (d.tour.json as AnyJson[])[0].layers[0];
    d.layers.json = (d.layers.json as AnyJson[]).filter((l: AnyJson) => l.id !== layer);
    d.places.file = 'elsewhere/places.geojson';
    d.routes.file = 'elsewhere/routes.geojson';
    d.layers.file = 'elsewhere/layers.json';
    const fixes = validateDataset(d)
      .filter((e) => e.file === TOUR && e.path.startsWith('$[0].') && /^unknown/.test(e.message))
      .map((e) => e.fix);
    expect(fixes).toEqual([
      'use a layer id from elsewhere/layers.json',
      'cite an id defined in elsewhere/places.geojson',
      'cite an id defined in elsewhere/routes.geojson',
    ]);
  });

  it('reports a selection that names nothing', () => {
    const d = mutated('tour', (t) => {
      t[2].selection = { kind: 'relation', id: 'rus-atl-arms-supply' };
    });
    expectError(validateDataset(d), TOUR, '$[2].selection.id', /unknown relation "rus-atl-arms-supply"/);
  });

  it('reports a layer that does not exist', () => {
    const n = (real.tour.json as AnyJson[])[0].layers.length;
    const d = mutated('tour', (t) => {
      t[0].layers.push('nuclear');
    });
    expectError(validateDataset(d), TOUR, `$[0].layers[${n}]`, /./);
  });

  it('reports a selection on a layer the chapter does not show', () => {
    const i = chapterOf('arms');
    const d = mutated('tour', (t) => {
      t[i].selection = { kind: 'relation', id: 'chn-rus-semiconductors' };
    });
    expectError(validateDataset(d), TOUR, `$[${i}].selection`, /layer "energy", which the chapter does not show/);
  });

  it('reports a cited entry the chapter’s year hides', () => {
    const i = chapterOf('origins');
    const d = mutated('tour', (t) => {
      t[i].time = { year: 2011, mode: 'upto' };
    });
    expectError(
      validateDataset(d),
      TOUR,
      `$[${i}].cites[1]`,
      /event:putin-announces-pivot-2012 is not shown up to 2011/,
    );
  });

  it('reports a year outside the data', () => {
    const d = mutated('tour', (t) => {
      t[1].time = { year: 1995, mode: 'at' };
    });
    expectError(validateDataset(d), TOUR, '$[1].time.year', /outside the years the data covers \(2000–2022\)/);
  });

  it('reports a body over 90 words', () => {
    const d = mutated('tour', (t) => {
      t[0].body = `${t[0].body} ${'Russia looked east again and again. '.repeat(6)}`;
    });
    expectError(validateDataset(d), TOUR, '$[0].body', /the body has \d+ words/);
  });

  it('reports a number no cited entry gives', () => {
    const i = chapterOf('arms');
    const d = mutated('tour', (t) => {
      t[i].body = t[i].body.replace('$1.44 billion', '$1.5 billion');
    });
    expectError(validateDataset(d), TOUR, `$[${i}].body`, /the number 1.5 appears in none of the cited entries/);
  });

  it('reports a sentence copied from a source', () => {
    const d = mutated('tour', (t) => {
      t[0].body +=
        ' The policy proposes shifting Russia’s economic ties eastward from the European Union to the Asia-Pacific.';
    });
    expectError(validateDataset(d), TOUR, '$[0].body', /copied from a source/);
  });

  it('reports too few chapters and a duplicate chapter id', () => {
    const d = mutated('tour', (t) => {
      t.splice(7);
      t[1].id = t[0].id;
    });
    const errors = validateDataset(d);
    expectError(errors, TOUR, '$', /the tour has 7 chapters/);
    expectError(errors, TOUR, '$[1].id', /duplicate chapter id "origins"/);
  });

  it('reports a missing tour file', () => {
    const d = structuredClone(real);
    d.tour = { file: TOUR, json: undefined, parseError: 'file not found' };
    expectError(validateDataset(d), TOUR, '$', /not valid JSON: file not found/);
  });
});

describe('normalizeQuote', () => {
  it('folds typographic quotes, dashes and whitespace only', () => {
    expect(normalizeQuote('Russia’s “Pivot”\u00a0 to  Asia – 1998—1999 ‘x’')).toBe(
      "Russia's \"Pivot\" to Asia - 1998-1999 'x'",
    );
  });
  it('keeps case and other punctuation', () => {
    expect(normalizeQuote('Moscow, Inc.!')).toBe('Moscow, Inc.!');
    expect(normalizeQuote('moscow')).not.toBe(normalizeQuote('Moscow'));
  });
  it('matches a quote typed with straight marks against a curly seed', () => {
    expect(
      quoteInSeed('Russia\'s "flexible strategic partnership"', 'Russia’s “flexible strategic partnership” with China'),
    ).toBe(true);
    expect(quoteInSeed('Russia’s flexible partnership', 'Russia’s “flexible strategic partnership”')).toBe(false);
  });
});

describe('isRealDate', () => {
  it('accepts real partial dates and rejects impossible ones', () => {
    expect(isRealDate('2021')).toBe(true);
    expect(isRealDate('2021-02')).toBe(true);
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2021-13')).toBe(false);
  });
});
