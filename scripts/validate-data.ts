/**
 * Validates the dataset: `npx tsx scripts/validate-data.ts` (wired as `npm run validate`).
 * Prints every error on its own line, then a summary line; exits 1 when anything is wrong.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetCounts, validateDataset } from '../src/data/validate';
import { loadDatasetFromDisk } from '../src/data/validate-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = loadDatasetFromDisk(root);
const errors = validateDataset(input);
for (const e of errors) {
  console.log(`${e.file} ${e.path}: ${e.message} — fix: ${e.fix}`);
}
const n = datasetCounts(input);
const status = errors.length === 0 ? 'OK' : `${errors.length} error${errors.length === 1 ? '' : 's'}`;
console.log(
  `dataset ${n.version}: ${n.relations} relations, ${n.events} events, ${n.places} places, ${n.routes} routes, ${n.chapters} tour chapters, ${n.seeds} seeds — ${status}`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
