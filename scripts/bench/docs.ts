/** Writes docs/benchmarks.json (every raw run, the medians, the machine) and docs/benchmarks.md. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fmtMs, markdownTable, type Table } from './format.ts';
import type { Machine } from './machine.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { CLICK_QUERY, CLICK_RELATION, type Samples } from './samples.ts';
import type { Summary } from './summary.ts';
import { budgetTable, interactionTable, lighthouseTable, loadTable } from './tables.ts';
import { ROOT } from './synthetic.ts';

export type Report = {
  machine: Machine;
  runs: number;
  summary: Summary;
  samples: Samples;
  lighthouseRuns: LighthouseResult[] | { error: string } | null;
  lighthouseFloorRuns: LighthouseResult[] | { error: string } | null;
};

const md = (t: Table | string) => (typeof t === 'string' ? t : markdownTable(t));

/** Writes a file formatted as the repository's Prettier config would format it. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}

export async function writeDocs(report: Report): Promise<{ json: string; md: string }> {
  const json = join(ROOT, 'docs', 'benchmarks.json');
  const mdFile = join(ROOT, 'docs', 'benchmarks.md');
  await writeFormatted(json, JSON.stringify(report, null, 2));
  const m = report.machine;
  const floor = report.summary.floor;
  const text = `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.ts) on ${m.date.slice(0, 10)}; every figure is the median of
${report.runs} runs, each in a fresh browser context. Raw runs: [benchmarks.json](benchmarks.json).

**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}
(headless, WebGL in software: SwiftShader). Absolute times on this machine are slow; the ratios to the
engine floor and the budgets' verdicts are what to compare.

## Budgets

${md(budgetTable(report.summary))}

## Cold load

The app at \`/\` (default view) and the engine floor (scripts/bench/floor/: a bare MapLibre page with the
same basemap, layers, fonts and worker, nothing else), served gzipped from 127.0.0.1 at 1366×768.
map-ready: navigation start → the \`map-ready\` mark (the map's first idle); map painted: → the start of the
next animation frame, when the browser has drawn the map's last frame (idle does not wait for that).
The budget is checked on both. Transfer: headers and compressed bodies of the
responses that finished before it. 10× and 100× serve synthetic datasets (scripts/bench/synthetic.ts).

${md(loadTable(report.summary))}

## Interactions

One map frame: on the default view, a repaint asked for → the start of the next animation frame after
MapLibre has drawn it (the browser starts it once the page is done with the drawn frame), median of three;
the unit the interactions are compared with. Click: on the flow \`${CLICK_RELATION}\` at \`${CLICK_QUERY}\`, from a capturing click listener to the details
panel's heading painted (MutationObserver, then two animation frames). Timeline: ArrowLeft on the Year
slider, from its \`input\` event to the map's next \`render\` (which may still show the old data), to the
first render after the flows changed (other years' flows are hidden by feature-state, so a step sets
state rather than new data), to the next \`idle\` (everything reloaded and sent to the GPU), and to the
start of the frame after it (the map drawn on screen; the budget is checked on this one). Long tasks: main-thread tasks over 50 ms
inside the measured interval, summed. Views: after the click, in the same page, the header's Table button
to the table's first row painted, then its Sources button to the first entry under a document painted
(scripts/bench/measure-views.ts); both list every entry, so they grow with the data. No budget is set on them.

${md(interactionTable(report.summary))}

## Lighthouse

${md(lighthouseTable(report.summary))}

## Notes

- Synthetic data: each copy of a relation keeps its source actor and points at another actor, each
  copy of an event moves to another place; quotes, figures and dates are verbatim copies, and the
  whole dataset passes \`validateDataset\` before it is served.
- WebGL runs in software here, so every map frame costs far more than on a phone's GPU: figures that
  wait for map frames (map painted, timeline step, Lighthouse TBT) are inflated on this machine.
  In a trace, almost all of a frame is the page waiting for SwiftShader to finish drawing before it
  reads the canvas back (\`GLES2::ReadPixels\` in the compositor's commit); see "one map frame" above.
  An interaction is therefore as fast as the number of map frames it waits for. A click
  waits for none: the details panel paints before the map's frame (src/map/paint-page-first.ts). A
  timeline step waits for one: the map holds its frames while the year's places load
  (src/map/hold-frames.ts), so no frame shows half a year, and of the two frames MapLibre then runs
  (it places new labels twice) only the second draws (src/map/pause-drawing.ts).
- The least a repaint costs here is "one map frame with every layer hidden" (the floor's page, the
  same canvas size): clearing, compositing and reading the canvas back, no layer drawn
  (${fmtMs(floor.emptyFrameMs)} in this run). A step that shows the new year on the map draws its layers
  too, as one floor frame does (${fmtMs(floor.frameMs)}), so none can meet the timeline's 50 ms budget on
  this machine; the step is reported in floor frames too for that reason. The same frames are
  Lighthouse's TBT: it counts each main-thread task's time over 50 ms, after multiplying it by 4 for
  its slow phone, so one frame like the floor's adds ${fmtMs(4 * floor.frameMs - 50)} of TBT. Lighthouse
  gives 600 ms of TBT half marks, and TBT weighs 30% of Performance.
- What a frame costs on the globe: about three times the same view on the flat map, since MapLibre
  subdivides every fill and line so that it bends with the sphere, and the masks that clip each tile
  too: it draws a mask of every tile each time its fill and line layers move to another source, in
  each of its two passes. The app keeps the geometry each tile carries past its edge small
  (\`LINE_TILE_BUFFER\` in src/map/style.ts; MapLibre's default made each tile draw more than twice its
  area), which took a fifth off a frame at 1× and over a quarter at 100×, and draws land, coastlines and
  borders from one source (scripts/build-basemap.ts), which took off about another tenth, as did
  drawing the flows and routes from one source (src/map/layers/lines.ts). The floor draws the same
  basemap files with the same layers, so it shares the second saving but neither of the others.
- Cold load: the floor draws as MapLibre does by default, a frame each time a source or a batch of
  tiles arrives (eight before the opening globe is whole). The app draws once, when all its sources
  have loaded (src/map/pause-drawing.ts; "Drawing the map…" shows meanwhile). Its idle therefore comes
  before the floor's, but that one frame, the first to compile the shaders, is the slowest to reach the
  screen: compare the floor and the app on "map painted" too.
- Transfer: the floor loads MapLibre's whole stylesheet (10 KiB gzip, 72 KB raw, over half of it
  its logo as inline SVG); the app's build keeps only the rules of the controls the map uses
  (scripts/vite/maplibre-css-subset.ts), 8 KiB less.
`;
  await writeFormatted(mdFile, text);
  return { json, md: mdFile };
}
