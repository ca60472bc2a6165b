/** Medians of every figure, from the raw samples. */
import { median, medianOfEach } from './stats.ts';
import { SCALES, type Samples, type Scale } from './samples.ts';
import { TRANSFER_PARTS, type Transfer } from './transfer.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseResult } from './lighthouse.ts';

const TRANSFER_KEYS = [...TRANSFER_PARTS, 'total', 'requests'] as const;

export type LoadSummary = { mapReadyMs: number; mapPaintedMs: number; transfer: Transfer; frameMs: number };
export type AppSummary = LoadSummary & {
  clickMs: number;
  clickFromInputMs: number;
  clickLongTasksMs: number;
  timelineRenderMs: number;
  timelineFlowsMs: number;
  timelineIdleMs: number;
  timelinePaintedMs: number;
  timelineLongTasksMs: number;
  tableMs: number;
  sourcesMs: number;
};
export type LighthouseSummary = Omit<LighthouseResult, 'warnings' | 'lighthouseVersion'> & {
  lighthouseVersion: string;
};
export type Summary = {
  floor: LoadSummary & { emptyFrameMs: number };
  app: Record<Scale, AppSummary>;
  lighthouse: LighthouseSummary | { error: string } | null;
  /** The same audit of the engine floor page. */
  lighthouseFloor: LighthouseSummary | { error: string } | null;
};

const transferMedian = (ts: (Transfer | undefined)[]): Transfer =>
  medianOfEach(
    ts.filter((t): t is Transfer => t !== undefined),
    TRANSFER_KEYS,
  );

type LighthouseRuns = LighthouseResult[] | { error: string } | null;

export function summarize(
  samples: Samples,
  lighthouse: LighthouseRuns,
  lighthouseFloor: LighthouseRuns = null,
): Summary {
  const app = {} as Record<Scale, AppSummary>;
  for (const scale of SCALES) {
    const s = samples.app[scale];
    app[scale] = {
      mapReadyMs: median(s.map((x) => x.mapReadyMs)),
      mapPaintedMs: median(s.map((x) => x.mapPaintedMs)),
      transfer: transferMedian(s.map((x) => x.transfer)),
      frameMs: median(s.map((x) => x.frameMs)),
      clickMs: median(s.map((x) => x.click?.ms)),
      clickFromInputMs: median(s.map((x) => x.click?.fromInputMs)),
      clickLongTasksMs: median(s.map((x) => x.click?.longTasks.totalMs)),
      timelineRenderMs: median(s.map((x) => x.timeline?.toRenderMs)),
      timelineFlowsMs: median(s.map((x) => x.timeline?.toFlowsMs)),
      timelineIdleMs: median(s.map((x) => x.timeline?.toIdleMs)),
      timelinePaintedMs: median(s.map((x) => x.timeline?.toPaintedMs)),
      timelineLongTasksMs: median(s.map((x) => x.timeline?.longTasks.totalMs)),
      tableMs: median(s.map((x) => x.views?.table.ms)),
      sourcesMs: median(s.map((x) => x.views?.sources.ms)),
    };
  }
  return {
    floor: {
      mapReadyMs: median(samples.floor.map((x) => x.mapReadyMs)),
      mapPaintedMs: median(samples.floor.map((x) => x.mapPaintedMs)),
      transfer: transferMedian(samples.floor.map((x) => x.transfer)),
      frameMs: median(samples.floor.map((x) => x.frameMs)),
      emptyFrameMs: median(samples.floor.map((x) => x.emptyFrameMs)),
    },
    app,
    lighthouse: summarizeLighthouse(lighthouse),
    lighthouseFloor: summarizeLighthouse(lighthouseFloor),
  };
}

function summarizeLighthouse(runs: LighthouseRuns): Summary['lighthouse'] {
  if (runs === null || !Array.isArray(runs)) return runs;
  if (runs.length === 0) return { error: 'no Lighthouse run succeeded' };
  const keys = [...LIGHTHOUSE_CATEGORIES, 'lcpMs', 'tbtMs', 'cls'] as const;
  return { ...medianOfEach(runs, keys), lighthouseVersion: runs[0].lighthouseVersion };
}
