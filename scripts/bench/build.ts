/**
 * Builds what the benchmark serves, from the working tree: the generated basemap and dataset,
 * the app (vite build into its own folder, never dist/) and the engine floor page.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './synthetic.ts';

function run(args: string[]): void {
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  if (result.status !== 0) throw new Error(`\`npx ${args.join(' ')}\` failed (${result.error ?? result.status})`);
}

export function buildAll(outDir: string): { app: string; floor: string } {
  const app = join(outDir, 'app');
  const floor = join(outDir, 'floor');
  run(['tsx', 'scripts/build-basemap.ts']);
  run(['tsx', 'scripts/build-data.ts']);
  run(['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'warn']);
  run(['vite', 'build', '--config', 'scripts/bench/vite.floor.config.ts', '--outDir', floor, '--emptyOutDir']);
  return { app, floor };
}
