import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, buildSearchIndex, search } from './search-index.ts';
import { fold } from './fold.ts';
import { testDataset } from '../table/test-dataset.ts';
import { projectDataset } from '../data/test-project-dataset.ts';

const d = testDataset();
const index = buildSearchIndex(d);
const labels = (q: string) => search(index, q).map((s) => s.label);
const project = buildSearchIndex(projectDataset());
const firstInProject = (q: string) => search(project, q)[0]?.label;

describe('fold', () => {
  it('drops case, accents and punctuation, and apostrophes within a word', () => {
    expect(fold('  Ürümqi–Kashgar ')).toBe('urumqi kashgar');
    expect(fold("Myanmar's")).toBe('myanmars');
    expect(fold('Xi’an')).toBe('xian');
  });
});

describe('search', () => {
  it('finds a country by the start of its name, first among the entries that mention it', () => {
    const hits = search(index, 'Myan');
    expect(hits[0]).toEqual({ kind: 'actor', id: 'MMR', label: 'Myanmar', type: 'Country' });
    expect(hits.map((h) => h.type)).toContain('Relation');
    expect(hits.map((h) => h.label)).toContain('Russia → Myanmar: arms supply');
  });

  it('ignores case and accents', () => {
    expect(labels('MYANMAR')[0]).toBe('Myanmar');
    expect(labels('urumqi')).toEqual(['Ürümqi']);
    expect(labels('Ürüm')).toEqual(['Ürümqi']);
  });

  it('matches the start of any word, every word of the query, but not the middle of a word', () => {
    expect(labels('coup')).toEqual(['Military coup in Myanmar']);
    expect(labels('cooperation shanghai')).toEqual([
      'Shanghai Cooperation Organization',
      'Russia → Shanghai Cooperation Organization: membership',
    ]);
    expect(labels('anmar')).toEqual([]);
  });

  it('ranks the whole name over a prefix over a word, and countries before other kinds', () => {
    expect(labels('china')[0]).toBe('China');
    expect(search(index, 'china')[0].type).toBe('Country');
    // The group's name starts with "Myanmar"; the event and relations only have it as a later
    // word. Ties come before events, Russia's own first.
    expect(labels('myanmar')).toEqual([
      'Myanmar',
      "Myanmar's military junta",
      'Russia → Myanmar: arms supply',
      'China → Myanmar: arms supply',
      'Military coup in Myanmar',
    ]);
  });

  // "Myanmar" listed eight entries: the country, the junta, three ties whose titles start with
  // Myanmar and three events, and none of Russia's four ties with Myanmar, its arms among them.
  it('lists a country’s ties with Russia, whichever party a title names first', () => {
    const myanmar = search(project, 'Myanmar').map((s) => s.label);
    expect(myanmar).toHaveLength(MAX_SUGGESTIONS);
    expect(myanmar).toEqual(
      expect.arrayContaining([
        'Russia → Myanmar: arms supply',
        'Russia → Myanmar: arms deal',
        'Russia → Myanmar: trade',
        'Myanmar → Russia: training',
      ]),
    );
    // Ties whose titles start with India (with the Quad, the US, the SCO) came before Russia's.
    expect(search(project, 'India').map((s) => s.label)).toEqual(
      expect.arrayContaining(['Russia → India: arms supply', 'Russia → India: energy supply']),
    );
  });

  it('forgives a typo in a name: the misspellings readers type find the place or country', () => {
    expect(['myanmr', 'Kazakstan', 'Kyrgystan', 'Moskow'].map(firstInProject)).toEqual([
      'Myanmar',
      'Kazakhstan',
      'Kyrgyzstan',
      'Moscow',
    ]);
    // Vladivostok is not in the data; a place of that name shows how a long word takes two typos.
    const vladivostok = { ...d.places.features[0], id: 'vladivostok' };
    vladivostok.properties = { ...vladivostok.properties, name: 'Vladivostok' };
    const withPort = buildSearchIndex({ ...d, places: { ...d.places, features: [...d.places.features, vladivostok] } });
    expect(search(withPort, 'vladivostock')[0]?.label).toBe('Vladivostok');
    expect(search(withPort, 'vladivstock')[0]?.label).toBe('Vladivostok');
  });

  it('finds a name with an apostrophe typed without it, or with another', () => {
    expect(['Xian', "Xi'an", 'Xi’an'].map(firstInProject)).toEqual(['Xi’an', 'Xi’an', 'Xi’an']);
  });

  it('ranks a typo match below every exact and prefix match, and forgives no typo in a short word', () => {
    const chita = { ...d.places.features[0], id: 'chita' };
    chita.properties = { ...chita.properties, name: 'Chita' };
    const withChita = buildSearchIndex({ ...d, places: { ...d.places, features: [...d.places.features, chita] } });
    const hits = search(withChita, 'china', 20).map((s) => s.label);
    expect(hits.at(-1)).toBe('Chita');
    expect(hits.filter((l) => /china/i.test(l)).length).toBe(hits.length - 1);
    expect(labels('mmx')).toEqual([]);
  });

  it('finds the entries whose summary has a word, below every match by name', () => {
    expect(labels('weapons')).toEqual(['Russia → Vietnam: arms deal']);
    expect(labels('seized power')).toEqual(['Military coup in Myanmar']);
    const fair = { ...d.events[0], id: 'hanoi-fair', title: 'Arms fair in Hanoi', summary: 'Myanmar came to buy.' };
    const hits = search(buildSearchIndex({ ...d, events: [...d.events, fair] }), 'myanmar', 20).map((s) => s.label);
    expect(hits.at(-1)).toBe('Arms fair in Hanoi');
    // The project's own: the words the Energy layer's description uses.
    const ids = (q: string) => search(project, q).map((s) => `${s.kind}:${s.id}`);
    expect(ids('oil')).toEqual(expect.arrayContaining(['relation:rus-chn-oil', 'relation:rus-ind-oil']));
    expect(ids('yuan')[0]).toBe('relation:rus-chn-yuan');
  });

  it('among matches in summaries alone, ranks first the entries whose summary names the word first', () => {
    // Vietnam's arms dependence names oil in passing, near its summary's end.
    expect(search(project, 'oil').map((h) => h.id)).toEqual(['rus-chn-oil', 'rus-ind-oil', 'vnm-rus-arms-dependence']);
  });

  it('opens each kind of entry as the address bar names it', () => {
    const kinds = (q: string) => search(index, q).map((s) => `${s.kind}:${s.id}`);
    expect(kinds('moscow')).toEqual(['place:moscow']);
    expect(kinds('military coup')).toEqual(['event:mmr-coup-2021']);
    expect(kinds('china europe')).toEqual(['route:china-europe-rail']);
    expect(kinds('russia vietnam')).toEqual(['relation:rus-vnm-arms']);
    expect(kinds('mmr')).toContain('actor:MMR');
  });

  it('finds an organisation by its abbreviation, first, before the entries that name it', () => {
    const withSco = buildSearchIndex({
      ...d,
      actors: [
        ...d.actors,
        { ...d.actors[0], id: 'SCO', kind: 'organisation', iso3: undefined, name: 'Shanghai Cooperation Organization' },
      ],
      events: [...d.events, { ...d.events[0], id: 'sco-summit', title: 'SCO summit in Samarkand' }],
    });
    const hits = search(withSco, 'sco');
    expect(hits[0]).toMatchObject({ kind: 'actor', id: 'SCO' });
    expect(hits.map((h) => h.id)).toContain('sco-summit');
  });

  it('finds a country or place by the other names the data gives it, as by its name', () => {
    const prk = { ...d.actors[0], id: 'PRK', iso3: 'PRK', name: 'North Korea', aliases: ['DPRK'] };
    const withPrk = buildSearchIndex({ ...d, actors: [...d.actors, prk] });
    expect(search(withPrk, 'dprk')[0]).toMatchObject({ kind: 'actor', id: 'PRK' });
    expect(search(withPrk, 'dpr')[0]).toMatchObject({ kind: 'actor', id: 'PRK' });
    // The data's own: the sources' "DPRK" and their other spelling of Naypyidaw, found as typed.
    expect(search(project, 'DPR')[0]).toMatchObject({ kind: 'actor', id: 'PRK' });
    expect(search(project, 'Naypyit')[0]).toMatchObject({ kind: 'place', id: 'naypyidaw' });
    // And the names readers know them by: "Burma" found nothing.
    expect(search(project, 'Burma')[0]).toMatchObject({ kind: 'actor', id: 'MMR' });
    expect(search(project, 'U.S.')[0]).toMatchObject({ kind: 'actor', id: 'USA' });
    expect(search(project, 'Republic of Korea')[0]).toMatchObject({ kind: 'actor', id: 'KOR' });
  });

  it('tells apart suggestions with the same label by their dates', () => {
    const twin = { ...d.relations[0], id: 'rus-mmr-arms-later', period: { start: '2021', end: null } };
    const hits = search(buildSearchIndex({ ...d, relations: [...d.relations, twin] }), 'russia myanmar');
    expect(hits.map((h) => h.hint)).toEqual(['2014–2019', 'since 2021']);
    expect(search(index, 'russia myanmar')[0].hint).toBeUndefined();
  });

  it('returns at most eight suggestions, and none for an empty query', () => {
    expect(search(index, 'r').length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    const many = buildSearchIndex({
      ...d,
      actors: Array.from({ length: 20 }, (_, i) => ({ ...d.actors[0], id: `X${i}`, name: `Russia ${i}` })),
    });
    expect(search(many, 'russia')).toHaveLength(MAX_SUGGESTIONS);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  it('builds a dataset’s index once, however often it is asked for', () => {
    expect(buildSearchIndex(d)).toBe(index);
    expect(buildSearchIndex(projectDataset())).not.toBe(project);
  });
});
