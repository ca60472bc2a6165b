/** The benchmark's tables, built once from the summary and printed or written as Markdown. */
import { checkBudgets, verdict } from './budgets.ts';
import { fmtKiB, fmtMs, fmtRatio, type Table } from './format.ts';
import { SCALES } from './samples.ts';
import type { Summary } from './summary.ts';
import { PART_LABELS, TRANSFER_PARTS } from './transfer.ts';

const SCALE_HEADERS = SCALES.map((s) => `app ${s}×`);

export function loadTable(s: Summary): Table {
  const apps = SCALES.map((scale) => s.app[scale]);
  const rows: string[][] = [
    ['map-ready', fmtMs(s.floor.mapReadyMs), ...apps.map((a) => fmtMs(a.mapReadyMs))],
    ['  ratio to floor', '1.00×', ...apps.map((a) => fmtRatio(a.mapReadyMs / s.floor.mapReadyMs))],
    ['map painted (the next frame)', fmtMs(s.floor.mapPaintedMs), ...apps.map((a) => fmtMs(a.mapPaintedMs))],
    ['  ratio to floor', '1.00×', ...apps.map((a) => fmtRatio(a.mapPaintedMs / s.floor.mapPaintedMs))],
    ['first-view transfer (gzip)', fmtKiB(s.floor.transfer.total), ...apps.map((a) => fmtKiB(a.transfer.total))],
    ['  ratio to floor', '1.00×', ...apps.map((a) => fmtRatio(a.transfer.total / s.floor.transfer.total))],
    ['  minus floor', '', ...apps.map((a) => fmtKiB(a.transfer.total - s.floor.transfer.total))],
    ...TRANSFER_PARTS.map((p) => [
      `  ${PART_LABELS[p]}`,
      fmtKiB(s.floor.transfer[p]),
      ...apps.map((a) => fmtKiB(a.transfer[p])),
    ]),
    ['  requests', String(s.floor.transfer.requests), ...apps.map((a) => String(a.transfer.requests))],
  ];
  return { headers: ['Cold load (median)', 'floor', ...SCALE_HEADERS], rows };
}

export function interactionTable(s: Summary): Table {
  const apps = SCALES.map((scale) => s.app[scale]);
  const inFrames = (ms: number) => fmtRatio(ms / s.floor.frameMs);
  return {
    headers: ['Interaction (median)', 'floor', ...SCALE_HEADERS, 'budget'],
    rows: [
      ['one map frame (default view)', fmtMs(s.floor.frameMs), ...apps.map((a) => fmtMs(a.frameMs)), ''],
      ['  ratio to a floor frame', '1.00×', ...apps.map((a) => inFrames(a.frameMs)), ''],
      ['one map frame with every layer hidden', fmtMs(s.floor.emptyFrameMs), ...apps.map(() => ''), ''],
      ['click → details painted', '', ...apps.map((a) => fmtMs(a.clickMs)), '< 100 ms'],
      ['  ratio to a floor frame', '', ...apps.map((a) => inFrames(a.clickMs)), ''],
      ['  from the input event’s timestamp', '', ...apps.map((a) => fmtMs(a.clickFromInputMs)), ''],
      ['  main-thread long tasks in it', '', ...apps.map((a) => fmtMs(a.clickLongTasksMs)), ''],
      ['timeline step → next render', '', ...apps.map((a) => fmtMs(a.timelineRenderMs)), ''],
      ['timeline step → flows repainted', '', ...apps.map((a) => fmtMs(a.timelineFlowsMs)), ''],
      ['timeline step → idle', '', ...apps.map((a) => fmtMs(a.timelineIdleMs)), ''],
      ['timeline step → painted (the next frame)', '', ...apps.map((a) => fmtMs(a.timelinePaintedMs)), '< 50 ms'],
      ['  ratio to a floor frame', '', ...apps.map((a) => inFrames(a.timelinePaintedMs)), ''],
      ['  main-thread long tasks in it', '', ...apps.map((a) => fmtMs(a.timelineLongTasksMs)), ''],
      ['Table button → first row painted', '', ...apps.map((a) => fmtMs(a.tableMs)), ''],
      ['Sources button → first entry painted', '', ...apps.map((a) => fmtMs(a.sourcesMs)), ''],
    ],
  };
}

export function lighthouseTable(s: Summary): Table | string {
  const lh = s.lighthouse;
  if (lh === null) return 'Lighthouse: skipped (--no-lighthouse)';
  if ('error' in lh) return `Lighthouse could not run: ${lh.error}`;
  const floor = s.lighthouseFloor && !('error' in s.lighthouseFloor) ? s.lighthouseFloor : null;
  const both = (app: string, f: (x: NonNullable<typeof floor>) => string) => [app, floor ? f(floor) : 'n/a'];
  return {
    headers: [`Lighthouse ${lh.lighthouseVersion} mobile (median)`, 'app', 'engine floor', 'budget'],
    rows: [
      ['Performance', ...both(String(lh.performance), (x) => String(x.performance)), '≥ 90'],
      ['Accessibility', ...both(String(lh.accessibility), (x) => String(x.accessibility)), '100'],
      ['Best Practices', ...both(String(lh['best-practices']), (x) => String(x['best-practices'])), '100'],
      ['SEO', ...both(String(lh.seo), (x) => String(x.seo)), '≥ 90'],
      ['LCP', ...both(fmtMs(lh.lcpMs), (x) => fmtMs(x.lcpMs)), ''],
      ['TBT', ...both(fmtMs(lh.tbtMs), (x) => fmtMs(x.tbtMs)), ''],
      ['CLS', ...both(lh.cls.toFixed(3), (x) => x.cls.toFixed(3)), ''],
    ],
  };
}

export function budgetTable(s: Summary): Table {
  return {
    headers: ['Budget', 'figure', 'budget', 'verdict'],
    rows: checkBudgets(s).map((c) => [c.figure, c.value, c.budget, verdict(c.met)]),
  };
}
