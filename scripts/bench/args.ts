/** Command-line options of `npm run bench`. */
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export type BenchOptions = {
  /** Runs per figure; each figure is the median. */
  runs: number;
  lighthouse: boolean;
  /** Where the app and the floor page are built. */
  outDir: string;
};

export const USAGE = `npm run bench -- [--runs N] [--no-lighthouse] [--out-dir DIR]
  --runs N         runs per figure, the median is reported (default 5, at most 25)
  --no-lighthouse  skip the Lighthouse audit
  --out-dir DIR    where to build the app and the floor page (default ${join(tmpdir(), 'bench-dist')})`;

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { runs: 5, lighthouse: true, outDir: join(tmpdir(), 'bench-dist') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1 || runs > 25) throw new Error(`--runs must be 1 to 25\n${USAGE}`);
      options.runs = runs;
    } else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--out-dir') options.outDir = value();
    else throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
  }
  return options;
}
