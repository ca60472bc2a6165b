/**
 * Fails the build when what a reader downloads grows past its budget (gzip -9, as a static host
 * would serve it). Budgets sit a little above the sizes measured on 2026-11-23, so a real
 * regression trips them and ordinary edits do not; raise one only with a reason in the commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const KB = 1024;

/**
 * Each budget covers the files whose path (relative to dist) matches and, with `imports`, the
 * chunks those import statically (transitively), which load with them. Measured → budget.
 */
const BUDGETS: { name: string; match: RegExp; maxGzip: number; imports?: boolean }[] = [
  // The map view is a chunk of its own (loaded only with WebGL) but still the app's code and styles.
  // Code it shares with parts loaded later (the details, the share dialog) is split into chunks
  // of its own, which it imports: still the first view's code, so counted. Measured 2026-11-29,
  // once the details, the tour card, the dialogs' contents and the search index loaded apart
  // (src/ui/lazy-part.ts): 105.2 KB, from 113.5 KB (112.5 KB without the imported chunks).
  // Measured 2026-12-03, once overlapping event markers were drawn as one (map/layers/event-groups.ts,
  // 0.9 KB of it): 115.0 KB. The first view's transfer still keeps under its 150 KB above the floor.
  // Measured 2026-12-05, once the legend captioned its widths' keys and the list of what the map
  // shows said which ties it draws no line for: 117.1 KB. Raised by 1 KB; the first view's
  // transfer (floor + 138.3 KiB in the last benchmark) stays some 11 KB under its 150 KB budget.
  // Measured 2026-12-06, once an address's camera named the frame it was chosen in (an editor's
  // view fitted to a phone's column): 118.0 KB, from 117.9 KB after the tour's keys were paid for
  // by dropping the modulepreload polyfill. Raised by 1 KB: nothing left to drop costs no reader,
  // and the first view's transfer stays some 10 KB under its budget. 118.2 KB once a tour chapter
  // singled out the ties it cites (map/focus.ts). Measured 2026-12-06 (later): 119.3 KB, once focus
  // and scrolling kept to the app's own page (ui/in-place.ts), where the browser's own scrolled the
  // article around an embed. Raised by half a KB: it is a fix for every embed's host page, and the
  // first view's transfer stays some 8 KB under its budget. Measured 2026-12-06 (later still):
  // 119.6 KB, once a chapter was framed again for a window that changed size (a laptop plugged into
  // a projector) and a tour's link naming an entry the data lacks was cleaned. Raised by half a KB:
  // each is a fix a class or an editor meets, and the first view's transfer stays under its budget.
  // Measured 2026-12-07: 120.0 KB, once a finger's tap took the marker a tie ends at (map/pick.ts),
  // left no country outlined, and the slider paused the playing years. Raised by half a KB: each is
  // a fix a phone reader met, and the first view's transfer stays some 7 KB under its budget.
  // Measured 2026-12-07 (later): 120.6 KB, once the flat map opened on a frame of its own that takes
  // in Moscow (a phone's began east of it); the bundler then put map/camera.ts in a chunk of its
  // own, whose imports and exports are some 0.2 KB of the growth. Raised by half a KB: it is a fix a
  // phone reader met, and the first view's transfer stays some 6 KB under its budget.
  { name: 'app code (JS)', match: /^assets\/(index|MapView)-.*\.js$/, maxGzip: 121 * KB, imports: true }, // 120.6 KB
  // Measured 2026-12-01, once MapLibre's sheet lost the rules of controls the map does not use
  // (scripts/vite/maplibre-css-subset.ts): 8.7 KB, from 16.6 KB.
  // 10.0 KB on 2026-12-05 with the legend's captions; 9.5 KB once the rules for paper (print.css)
  // left for a stylesheet of their own, linked with media="print" (index.html), which no paint waits for.
  // 10.0 KB on 2026-12-06 with what phone readers lacked: the sheet's handle, the tour card's scroll
  // shade and the reset button. Raised by half a KB: each is a rule a reader sees, and the first
  // view's transfer stays some 10 KB under its budget. 10.1 KB once the page drew the year slider.
  // 10.5 KB (10,747 bytes, 5 left) on 2026-12-07, once an embed's year stood whole beside the
  // details. Raised by 0.1 KB for a 320 px phone's timeline in two rows, not three (timeline.css),
  // which gives its map 37 px more of 568: the first view's transfer stays under its budget.
  { name: 'app styles (CSS)', match: /^assets\/(index|MapView)-.*\.css$/, maxGzip: 10.6 * KB },
  { name: 'map engine', match: /^assets\/maplibre-gl-(?!worker).*\.js$/, maxGzip: 300 * KB }, // 287 KB
  { name: 'map engine worker', match: /^assets\/maplibre-gl-worker-.*\.mjs$/, maxGzip: 150 * KB }, // 144 KB
  { name: 'basemap', match: /^generated\/basemap\/.*\.json$/, maxGzip: 275 * KB }, // 261 KB
  // Measured 2026-12-04, once the quotes came apart (generated/citations.json, loaded after the
  // first view): 21.3 KB of entries, from 33.5 KB with their quotes, and 14.7 KB of quotes.
  { name: 'dataset', match: /^generated\/dataset\.json$/, maxGzip: 30 * KB }, // 21 KB
  { name: 'quotes', match: /^generated\/citations\.json$/, maxGzip: 20 * KB }, // 15 KB
  { name: 'source texts', match: /^generated\/sources\.json$/, maxGzip: 20 * KB }, // 14 KB
  { name: 'static map', match: /^generated\/static\/default\.svg$/, maxGzip: 55 * KB }, // 44 KB
  { name: 'service worker', match: /^sw\.js$/, maxGzip: 9 * KB }, // 6.4 KB
  // Measured 2026-11-29, when the page gained its static header and boot script.
  { name: 'page (HTML and boot script)', match: /^(index\.html|boot\.js)$/, maxGzip: 2 * KB }, // 1.2 KB
];

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** The chunks `chunks` import statically (`from"./x.js"`, `import"./x.js"`), with those they import. */
function withStaticImports(chunks: string[]): string[] {
  const found = new Set(chunks);
  for (const chunk of found) {
    const code = readFileSync(join(DIST, chunk), 'utf8');
    for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) {
      found.add(join(dirname(chunk), name));
    }
  }
  return [...found];
}

const all = files(DIST);
let failed = false;
for (const budget of BUDGETS) {
  const named = all.filter((f) => budget.match.test(f));
  const matched = budget.imports ? withStaticImports(named) : named;
  if (matched.length === 0) {
    console.error(`size: no file for "${budget.name}" (${budget.match}) in ${DIST}: update the budget list`);
    failed = true;
    continue;
  }
  const size = matched.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  const ok = size <= budget.maxGzip;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(18)} ${(size / KB).toFixed(1).padStart(7)} KB of ${budget.maxGzip / KB} KB gzip`,
  );
}
if (failed) {
  console.error('The bundle is over budget (scripts/check-bundle-size.ts).');
  process.exit(1);
}
