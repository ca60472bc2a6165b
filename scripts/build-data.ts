/**
 * Validates `data/` and writes what the browser loads to public/generated/: dataset.json,
 * citations.json and sources.json (scripts/generated-files.ts says what each holds).
 * Refuses to write anything when the dataset has an error: run `npm run validate` to see them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/data/validate.ts';
import { loadDatasetFromDisk } from '../src/data/validate-node.ts';
import { generatedFiles } from './generated-files.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const input = loadDatasetFromDisk(ROOT);
const errors = validateDataset(input);
if (errors.length > 0) {
  console.error(
    `The dataset has ${errors.length} error(s); nothing was written. Run \`npm run validate\` to see them.`,
  );
  process.exit(1);
}

const { dataset, citations, sources } = generatedFiles(input);
const outDir = join(ROOT, 'public', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(dataset));
writeFileSync(join(outDir, 'citations.json'), JSON.stringify(citations));
writeFileSync(join(outDir, 'sources.json'), JSON.stringify(sources));
console.log(
  `dataset ${dataset.version.version}: ${dataset.relations.length} relations, ${dataset.events.length} events → public/generated/dataset.json, citations.json`,
);
