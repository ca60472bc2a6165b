/**
 * Lighthouse (its default mobile preset: emulated phone, simulated slow 4G and 4× CPU slowdown)
 * against the served app, in a Chromium of our own launched with a DevTools port. Returns the
 * four category scores and LCP, TBT and CLS; throws with the reason when it cannot run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, LOCAL_ONLY } from './browser.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseResult = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number> & {
  lcpMs: number;
  tbtMs: number;
  cls: number;
  lighthouseVersion: string;
  warnings: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Chromium with a DevTools port and returns the port once Chromium has written it. */
async function launchDebuggableChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      LOCAL_ONLY,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return { child, port };
    } catch {
      // Not written yet.
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('Chromium did not open a DevTools port within 10 s');
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const { child, port } = await launchDebuggableChromium(profile);
  // If the bench is stopped mid-audit (its watchdog calls process.exit), take Chromium with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      lighthouseVersion: lhr.lighthouseVersion,
      warnings: lhr.runWarnings,
    };
  } finally {
    process.off('exit', killOnExit);
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Chromium's helper processes can still be writing to the profile as the browser exits: retry,
    // and leave a temporary folder behind rather than lose the audit's result.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.warn(`could not remove ${profile}: ${(e as Error).message}`);
    }
  }
}
