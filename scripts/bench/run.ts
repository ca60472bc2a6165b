/**
 * `npm run bench`: builds the app and the engine floor page, serves them gzipped on 127.0.0.1,
 * measures cold load, transfer, click-to-details and timeline step at 1×, 10× and 100× data in
 * headless Chromium, runs Lighthouse, prints the tables and writes docs/benchmarks.{json,md}.
 * Not a test: it prints figures and checks them against the budgets, and always exits 0 unless
 * it could not measure at all.
 */
import type { Browser } from '@playwright/test';
import { parseArgs } from './args.ts';
import { buildAll } from './build.ts';
import { launchBrowser } from './browser.ts';
import { writeDocs } from './docs.ts';
import { textTable, type Table } from './format.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { machineInfo } from './machine.ts';
import { collectSamples } from './samples.ts';
import { startServer, type BenchServer } from './server.ts';
import { summarize } from './summary.ts';
import { syntheticDatasetJson } from './synthetic.ts';
import { budgetTable, interactionTable, lighthouseTable, loadTable } from './tables.ts';

/** The whole bench is stopped after this long, whatever it is doing. */
const HARD_LIMIT_MS = 20 * 60_000;
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const print = (t: Table | string) => console.log(`\n${typeof t === 'string' ? t : textTable(t)}`);

async function lighthouseRuns(url: string, runs: number): Promise<LighthouseResult[] | { error: string }> {
  const results: LighthouseResult[] = [];
  let lastError = '';
  for (let i = 1; i <= runs; i++) {
    try {
      const r = await runLighthouse(url);
      results.push(r);
      log(
        `lighthouse ${url} ${i}/${runs}: performance ${r.performance}, LCP ${r.lcpMs.toFixed(0)} ms, TBT ${r.tbtMs.toFixed(0)} ms`,
      );
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
      log(`lighthouse ${i}/${runs} failed: ${lastError}`);
      if (results.length === 0) break; // It cannot run here: say why once and go on.
    }
  }
  return results.length > 0 ? results : { error: lastError };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    console.error(`bench: stopped after ${HARD_LIMIT_MS / 60_000} minutes`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();

  log(`building into ${options.outDir}`);
  const dirs = buildAll(options.outDir);
  log('generating and validating the 10× and 100× datasets');
  const datasets = { 1: null, 10: syntheticDatasetJson(10), 100: syntheticDatasetJson(100) };

  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ '/floor/': dirs.floor, '/': dirs.app });
    browser = await launchBrowser();
    log(`serving ${server.origin}; Chromium ${browser.version()}; ${options.runs} run(s)`);
    const samples = await collectSamples(browser, server, options.runs, datasets, log);
    const machine = machineInfo(browser.version());
    await browser.close();
    browser = undefined;

    const lighthouse = options.lighthouse ? await lighthouseRuns(`${server.origin}/`, options.runs) : null;
    // The engine floor under the same audit: what the map engine alone scores on this machine.
    const lighthouseFloor = options.lighthouse ? await lighthouseRuns(`${server.origin}/floor/`, options.runs) : null;
    const summary = summarize(samples, lighthouse, lighthouseFloor);
    print(loadTable(summary));
    print(interactionTable(summary));
    print(lighthouseTable(summary));
    print(budgetTable(summary));
    const files = await writeDocs({
      machine,
      runs: options.runs,
      summary,
      samples,
      lighthouseRuns: lighthouse,
      lighthouseFloorRuns: lighthouseFloor,
    });
    log(`wrote ${files.md} and ${files.json}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
