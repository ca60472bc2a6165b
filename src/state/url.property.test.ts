/**
 * Property-based tests for the address-bar parser: whatever a link, a bookmark or an attacker
 * puts in the query string, `parseUrl` returns a valid view, and writing that view back and
 * reading it again changes nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALL_LAYERS,
  DEFAULT_URL_STATE,
  MAX_CHAPTER,
  SELECTION_KINDS,
  YEAR_LIMITS,
  parseUrl,
  serializeUrl,
  type UrlState,
} from './url.ts';

const RUNS = { numRuns: 500 };
const KEYS = ['layers', 'sel', 'year', 'mode', 'cam', 'proj', 'view', 'tour', 'present', 'embed', 'theme'];

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'-alert(1)-'",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'relation:<script>alert(1)</script>',
  'relation:javascript:alert(1)',
  'relation:rus-mmr-arms-supply<script>',
  'relation:rus mmr',
  'relation:"quoted"',
  "actor:it's",
  'relation:',
  ':rus-mmr-arms-supply',
  'relation::x',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '+0',
  '0x7E0',
  '1e3',
  '2.02e3',
  '２０２０',
  '٢٠٢٠',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  '1'.repeat(5000),
  'NaN,NaN,NaN',
  'Infinity,0,1',
  '-0,-0,-0',
  '-0.00,-0.001,0.8',
  '180.001,85,3',
  '-180,-85,0',
  '100,25,3.2,7',
  '100,,3',
  ',,',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF%FE',
  '%uD800',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Erelation:abc',
  'arms,arms,arms,china,china',
  'china,arms,bogus',
  'ARMS',
  ' arms',
  'map',
  'table',
  'sources',
  'TABLE',
  'flat',
  'globe',
  'at',
  'upto',
  '🇷🇺🇨🇳',
  'Россия',
  '中国',
];

/** A number written the ways a hand-edited or hostile link might write it. */
const numberText = fc.oneof(
  fc.double().map(String),
  fc.double().map((n) => n.toFixed(Math.abs(n) < 1e20 ? 3 : 0)),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: -200_000, max: 200_000 }).map((n) => (n / 1000).toFixed(3)),
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '-0.0', '0e0', '.5', '5.', '00001', '-'),
);

const layerList = fc
  .array(fc.oneof(fc.constantFrom(...ALL_LAYERS), fc.constantFrom('', 'bogus', 'Arms', 'china ', '__proto__')), {
    maxLength: 12,
  })
  .map((ls) => ls.join(','));

const selectionText = fc
  .tuple(
    fc.oneof(fc.constantFrom<string>(...SELECTION_KINDS), fc.constantFrom('', 'Relation', 'javascript', 'x')),
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,90}$/),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...HOSTILE),
    ),
    fc.constantFrom(':', '::', '%3A', ''),
  )
  .map(([kind, id, colon]) => `${kind}${colon}${id}`);

const cameraText = fc
  .tuple(numberText, numberText, numberText, fc.option(numberText, { nil: undefined }))
  .map((parts) => parts.filter((p) => p !== undefined).join(','));

const nestedKey = fc
  .tuple(fc.constantFrom(...KEYS, 'a'), fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 30 }))
  .map(([key, path]) => key + path.map((p) => `[${p}]`).join(''));

const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  numberText,
  layerList,
  selectionText,
  cameraText,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 6000 }),
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: nestedKey },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'LAYERS', 'sel[]', 'cam[0]', '', '&', '=') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** How a pair is written: raw, properly encoded, or encoded and then damaged. */
const encode = fc.constantFrom(
  (s: string) => s,
  (s: string) => encodeURIComponent(safe(s)),
  (s: string) => encodeURIComponent(safe(s)).replace(/%2C/g, ',').replace(/%3A/g, ':'),
  (s: string) => `${s}%`,
  (s: string) => s.replace(/./gu, (c) => `%${c.charCodeAt(0).toString(16)}`),
);

/** A query string of key=value pairs, repeated keys included, sometimes with a "?", "&&" or a key with no "=". */
const queryString = fc
  .tuple(
    fc.constantFrom('?', '', '??', '?&'),
    fc.array(fc.tuple(key, value, encode, fc.constantFrom('=', '==', '')), { maxLength: 10 }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([start, pairs, join]) => start + pairs.map(([k, v, enc, eq]) => enc(k) + eq + enc(v)).join(join));

/** Anything at all, including lone surrogates and control characters. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

/** Close to a real link: each key at most once, mostly well-formed values, some just outside the limits. */
const coordinate = (limit: number) =>
  fc.oneof(
    fc.double({ min: -limit - 1, max: limit + 1, noNaN: true }).map(String),
    fc
      .tuple(fc.integer({ min: -limit - 1, max: limit + 1 }), fc.nat({ max: 999_999 }))
      .map(([whole, fraction]) => `${whole}.${fraction}`),
    fc.integer({ min: -limit * 1000, max: limit * 1000 }).map((n) => (n / 1000).toString()),
    fc.constantFrom('-0', '-0.00', '0.001', '-0.004', '-0.005'),
  );
const plausibleQuery = fc
  .record(
    {
      layers: layerList,
      sel: selectionText,
      year: fc.oneof(fc.integer({ min: 1980, max: 2040 }).map(String), numberText),
      mode: fc.constantFrom('at', 'upto', 'AT', ''),
      cam: fc.tuple(coordinate(180), coordinate(85), coordinate(9)).map((c) => c.join(',')),
      proj: fc.constantFrom('flat', 'globe', 'mercator', ''),
      view: fc.constantFrom('map', 'table', 'sources', 'Table', ''),
      tour: fc.oneof(fc.integer({ min: -3, max: 30 }).map(String), numberText),
      present: fc.constantFrom('1', '0', 'true', ''),
      embed: fc.constantFrom('1', '0', 'yes', ''),
      theme: fc.constantFrom('auto', 'light', 'dark', 'Dark', 'sepia', ''),
    },
    { requiredKeys: [] },
  )
  .map((r) => '?' + new URLSearchParams(r as Record<string, string>).toString());

const hostileQuery = fc.oneof(
  { weight: 4, arbitrary: queryString },
  { weight: 2, arbitrary: plausibleQuery },
  { weight: 1, arbitrary: anyString },
);

/** encodeURIComponent throws on a lone surrogate; the raw form of such text is tried too. */
function safe(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function expectValidView(state: UrlState) {
  expect(
    Object.keys(state)
      .filter((k) => k !== 'layersWritten')
      .sort(),
  ).toEqual(['camera', 'chapter', 'embed', 'layers', 'present', 'projection', 'selection', 'theme', 'time', 'view']);
  // Only where the address writes out the default layers (url.ts).
  if ('layersWritten' in state) {
    expect(state.layersWritten).toBe(true);
    expect(state.layers).toEqual(DEFAULT_URL_STATE.layers);
  }
  if (state.chapter !== null) {
    expect(Number.isInteger(state.chapter)).toBe(true);
    expect(state.chapter).toBeGreaterThanOrEqual(1);
    expect(state.chapter).toBeLessThanOrEqual(MAX_CHAPTER);
  }
  expect(typeof state.present).toBe('boolean');
  expect(typeof state.embed).toBe('boolean');
  expect(['auto', 'light', 'dark']).toContain(state.theme);

  // Layers: known ids only, in canonical order, each once.
  expect(Array.isArray(state.layers)).toBe(true);
  for (const l of state.layers) expect(ALL_LAYERS).toContain(l);
  expect(state.layers).toEqual(ALL_LAYERS.filter((l) => state.layers.includes(l)));
  expect(new Set(state.layers).size).toBe(state.layers.length);

  if (state.selection !== null) {
    expect(Object.keys(state.selection).sort()).toEqual(['id', 'kind']);
    expect(SELECTION_KINDS).toContain(state.selection.kind);
    expect(state.selection.id).toMatch(SAFE_ID);
    expect(state.selection.id).not.toMatch(/[<>"'`\s:]/);
  }

  if (state.time !== null) {
    expect(Object.keys(state.time).sort()).toEqual(['mode', 'year']);
    expect(Number.isInteger(state.time.year)).toBe(true);
    expect(state.time.year).toBeGreaterThanOrEqual(YEAR_LIMITS.min);
    expect(state.time.year).toBeLessThanOrEqual(YEAR_LIMITS.max);
    expect(['at', 'upto']).toContain(state.time.mode);
  }

  if (state.camera !== null) {
    const { longitude, latitude, zoom, frame } = state.camera;
    expect(Object.keys(state.camera).sort()).toEqual(
      ['latitude', 'longitude', 'zoom', ...(frame ? ['frame'] : [])].sort(),
    );
    if (frame) {
      expect(Object.keys(frame).sort()).toEqual(['height', 'width']);
      for (const side of [frame.width, frame.height])
        expect(side >= 100 && side <= 9999 && Number.isInteger(side)).toBe(true);
    }
    for (const n of [longitude, latitude, zoom]) expect(Number.isFinite(n)).toBe(true);
    expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
    expect(Math.abs(latitude)).toBeLessThanOrEqual(85);
    expect(zoom).toBeGreaterThanOrEqual(0.8);
    expect(zoom).toBeLessThanOrEqual(8);
  }

  expect(['globe', 'mercator']).toContain(state.projection);
  expect(['map', 'table', 'sources']).toContain(state.view);
  if (state.present) expect(state.view).toBe('map');
}

describe('parseUrl under random and hostile query strings', () => {
  it('never throws and always returns a valid view', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        expectValidView(parseUrl(search));
      }),
      RUNS,
    );
  });

  it('reading back what it writes changes nothing (serialize → parse is a fixed point)', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const state = parseUrl(search);
        const written = serializeUrl(state);
        expect(parseUrl(written)).toStrictEqual(state);
        // And writing is stable too: the same view always gives the same link.
        expect(serializeUrl(parseUrl(written))).toBe(written);
      }),
      RUNS,
    );
  });

  it('the hand-picked hostile values, under every key, give valid views', () => {
    for (const k of KEYS)
      for (const v of HOSTILE) {
        for (const search of [`?${k}=${v}`, `?${k}=${encodeURIComponent(safe(v))}`]) {
          const state = parseUrl(search);
          expectValidView(state);
          expect(parseUrl(serializeUrl(state))).toStrictEqual(state);
        }
      }
  });

  it('script text, javascript: urls, quotes and spaces never survive as a selection id', () => {
    const dangerous = HOSTILE.filter((h) => /[<>"'`\s:]/.test(h));
    expect(dangerous.length).toBeGreaterThan(10);
    for (const v of dangerous)
      for (const kind of SELECTION_KINDS) {
        expect(parseUrl(`?sel=${kind}:${encodeURIComponent(safe(v))}`).selection).toBeNull();
        expect(parseUrl(`?sel=${kind}:${v}`).selection).toBeNull();
      }
  });
});

describe('serializeUrl → parseUrl on valid views', () => {
  /** Numbers with at most two decimals, as the address writes them; bounds in hundredths. */
  const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
  const validState: fc.Arbitrary<UrlState> = fc
    .record({
      layers: fc.subarray(ALL_LAYERS),
      selection: fc.option(
        fc
          .record({
            kind: fc.constantFrom(...SELECTION_KINDS),
            id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/),
          })
          // A country is named by its ISO code, in capitals (a link's lower case is read as them).
          .map((s) => (s.kind === 'country' ? { ...s, id: s.id.toUpperCase() } : s)),
        { nil: null },
      ),
      time: fc.option(
        fc.record({
          year: fc.integer({ min: YEAR_LIMITS.min, max: YEAR_LIMITS.max }),
          mode: fc.constantFrom('at' as const, 'upto' as const),
        }),
        { nil: null },
      ),
      camera: fc.option(
        fc.record({
          longitude: hundredths(-18_000, 18_000),
          latitude: hundredths(-8_500, 8_500),
          zoom: hundredths(80, 800),
          frame: fc.option(
            fc.record({ width: fc.integer({ min: 100, max: 9999 }), height: fc.integer({ min: 100, max: 9999 }) }),
            {
              nil: undefined,
            },
          ),
        }),
        { nil: null },
      ),
      projection: fc.constantFrom('globe' as const, 'mercator' as const),
      view: fc.constantFrom('map' as const, 'table' as const, 'sources' as const),
      chapter: fc.option(fc.integer({ min: 1, max: MAX_CHAPTER }), { nil: null }),
      present: fc.boolean(),
      embed: fc.boolean(),
      theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
    })
    // Presentation shows only the map: `present=1` with another view is read as the map.
    .filter((state) => !state.present || state.view === 'map');

  it('every valid view survives the round trip exactly', () => {
    fc.assert(
      fc.property(validState, (state) => {
        // toEqual, not toStrictEqual: fast-check's records have no prototype; -0 and 0 still differ.
        expect(parseUrl(serializeUrl(state))).toEqual(state);
      }),
      RUNS,
    );
  });

  it('the default view is the empty query string', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
  });
});
