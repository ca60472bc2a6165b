/**
 * The measuring loop: per run, the floor page and the app at each dataset scale, each in fresh
 * contexts. A failed measure is recorded with its reason and left out of the medians.
 */
import type { Browser } from '@playwright/test';
import type { BenchServer } from './server.ts';
import { measureLoad } from './measure-load.ts';
import { measureClick, type ClickResult } from './measure-click.ts';
import { measureViews, type ViewsResult } from './measure-views.ts';
import { measureTimeline, type TimelineResult } from './measure-timeline.ts';
import { measureEmptyFrame, measureFrame } from './measure-frame.ts';
import type { Transfer } from './transfer.ts';
import type { DatasetJson } from './synthetic.ts';

export const SCALES = [1, 10, 100] as const;
export type Scale = (typeof SCALES)[number];
/** The flow clicked, and the view it is clicked in (flat, framed on Myanmar). */
export const CLICK_RELATION = 'rus-mmr-arms-supply';
export const CLICK_QUERY = '?proj=flat&cam=100,25,3.2';

export type LoadSample = {
  run: number;
  mapReadyMs?: number;
  mapPaintedMs?: number;
  transfer?: Transfer;
  /** One repaint of the default view (measure-frame.ts). */
  frameMs?: number;
  errors: string[];
};
/** The floor also measures a repaint with every layer hidden: the least a frame costs. */
export type FloorSample = LoadSample & { emptyFrameMs?: number };
export type AppSample = LoadSample & { timeline?: TimelineResult; click?: ClickResult; views?: ViewsResult };
export type Samples = { floor: FloorSample[]; app: Record<Scale, AppSample[]> };

const reason = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

async function floorSample(browser: Browser, server: BenchServer, run: number): Promise<FloorSample> {
  try {
    const load = await measureLoad(browser, server, `${server.origin}/floor/`, async ({ page }) => ({
      frameMs: await measureFrame(page),
      emptyFrameMs: await measureEmptyFrame(page),
    }));
    const { mapReadyMs, mapPaintedMs, transfer, errors } = load;
    return { run, mapReadyMs, mapPaintedMs, transfer, ...load.then, errors };
  } catch (e) {
    return { run, errors: [reason(e)] };
  }
}

async function appSample(browser: Browser, server: BenchServer, run: number): Promise<AppSample> {
  const sample: AppSample = { run, errors: [] };
  try {
    const load = await measureLoad(browser, server, `${server.origin}/`, async ({ page }) => ({
      frameMs: await measureFrame(page),
      timeline: await measureTimeline(page),
    }));
    const { mapReadyMs, mapPaintedMs, transfer } = load;
    Object.assign(sample, { mapReadyMs, mapPaintedMs, transfer, ...load.then });
    sample.errors.push(...load.errors);
  } catch (e) {
    sample.errors.push(`load/timeline: ${reason(e)}`);
  }
  try {
    const url = `${server.origin}/${CLICK_QUERY}`;
    // The views open after the click, from the same page: the details open, the quotes in.
    const load = await measureLoad(browser, server, url, async ({ page }) => {
      const click = await measureClick(page, CLICK_RELATION);
      const views = await measureViews(page).catch((e: unknown) => {
        sample.errors.push(`views: ${reason(e)}`);
        return undefined;
      });
      return { click, views };
    });
    Object.assign(sample, load.then);
    sample.errors.push(...load.errors);
  } catch (e) {
    sample.errors.push(`click: ${reason(e)}`);
  }
  return sample;
}

export async function collectSamples(
  browser: Browser,
  server: BenchServer,
  runs: number,
  datasets: Record<Scale, DatasetJson | null>,
  progress: (line: string) => void,
): Promise<Samples> {
  const samples: Samples = { floor: [], app: { 1: [], 10: [], 100: [] } };
  for (let run = 1; run <= runs; run++) {
    const floor = await floorSample(browser, server, run);
    samples.floor.push(floor);
    const parts = [`floor ready ${fmt(floor.mapReadyMs)}, painted ${fmt(floor.mapPaintedMs)}`];
    for (const scale of SCALES) {
      server.setDataset(datasets[scale]);
      const s = await appSample(browser, server, run);
      samples.app[scale].push(s);
      parts.push(
        `${scale}×: ready ${fmt(s.mapReadyMs)}, painted ${fmt(s.mapPaintedMs)}, click ${fmt(s.click?.ms)}, step painted ${fmt(s.timeline?.toPaintedMs)}, table ${fmt(s.views?.table.ms)}, sources ${fmt(s.views?.sources.ms)}`,
      );
      for (const error of s.errors) progress(`  ! ${scale}× run ${run}: ${error}`);
    }
    server.setDataset(null);
    progress(`run ${run}/${runs} (ms): ${parts.join(' | ')}`);
  }
  return samples;
}

const fmt = (ms: number | undefined) => (ms === undefined ? 'failed' : ms.toFixed(0));
