/**
 * Synthetic datasets for the scale benchmark: the real dataset with its relations and events
 * replicated `scale` times. Each copy gets a new unique id and is shifted on the map (a relation
 * keeps its source actor and points at another actor; an event moves to another place) so the
 * copies spread over the map instead of stacking on the originals. Quotes, figures, dates and
 * summaries are copied verbatim from valid entries, so every copy stays valid: the result is
 * checked with the app's own `validateDataset` and refused if it has any error.
 *
 * Run on its own to write the files: `npx tsx scripts/bench/synthetic.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, CitedMapEvent, CitedRelation, PlaceCollection } from '../../src/data/schema.ts';
import { validateDataset, type DatasetFiles } from '../../src/data/validate.ts';
import { loadDatasetFromDisk } from '../../src/data/validate-node.ts';
import { generatedFiles } from '../generated-files.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Copy `k` of an entry id: `rus-mmr-arms-supply` → `rus-mmr-arms-supply-x3`. */
const copyId = (id: string, k: number) => `${id}-x${k}`;

function replicateRelations(relations: CitedRelation[], actors: Actor[], scale: number): CitedRelation[] {
  const ids = actors.map((a) => a.id);
  const out = [...relations];
  for (let k = 1; k < scale; k++) {
    for (const r of relations) {
      // Shift the far end k actors along the list, skipping the source actor itself.
      let i = (ids.indexOf(r.to) + k) % ids.length;
      if (ids[i] === r.from) i = (i + 1) % ids.length;
      // Numbered, as the validator asks that no two relations share a title (actors and topic).
      const topic = `${(r.topic ?? r.kind).slice(0, 28)} copy ${out.length}`;
      out.push({ ...structuredClone(r), id: copyId(r.id, k), to: ids[i], topic });
    }
  }
  return out;
}

function replicateEvents(events: CitedMapEvent[], places: PlaceCollection, scale: number): CitedMapEvent[] {
  const ids = places.features.map((p) => p.id);
  const out = [...events];
  for (let k = 1; k < scale; k++) {
    for (const e of events) {
      const place = ids[(ids.indexOf(e.place) + k) % ids.length];
      out.push({ ...structuredClone(e), id: copyId(e.id, k), place });
    }
  }
  return out;
}

/** The files of the dataset scaled `scale` times, in the shape `validateDataset` reads. */
export function syntheticFiles(base: DatasetFiles, scale: number): DatasetFiles {
  const relations = replicateRelations(base.relations.json as CitedRelation[], base.actors.json as Actor[], scale);
  const events = replicateEvents(base.events.json as CitedMapEvent[], base.places.json as PlaceCollection, scale);
  return {
    ...base,
    relations: { ...base.relations, json: relations },
    events: { ...base.events, json: events },
  };
}

/** What the browser loads as generated/dataset.json and citations.json, as JSON text. */
export type DatasetJson = { dataset: string; citations: string };

/** The dataset scaled `scale` times, made as scripts/build-data.ts makes it; throws if it does not pass validation. */
export function syntheticDatasetJson(scale: number, root = ROOT): DatasetJson {
  const files = syntheticFiles(loadDatasetFromDisk(root), scale);
  const errors = validateDataset(files);
  if (errors.length > 0) {
    const first = errors.slice(0, 3).map((e) => `${e.file} ${e.path}: ${e.message}`);
    throw new Error(`synthetic ${scale}× dataset has ${errors.length} validation error(s): ${first.join('; ')}`);
  }
  const { dataset, citations } = generatedFiles(files);
  return { dataset: JSON.stringify(dataset), citations: JSON.stringify(citations) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? '/tmp/bench-datasets';
  mkdirSync(outDir, { recursive: true });
  for (const scale of [10, 100]) {
    const started = Date.now();
    const json = syntheticDatasetJson(scale);
    for (const [name, text] of Object.entries(json)) {
      const file = join(outDir, `${name}-${scale}x.json`);
      writeFileSync(file, text);
      console.log(`${scale}×: ${(text.length / 1024).toFixed(0)} KiB, valid (${Date.now() - started} ms) → ${file}`);
    }
  }
}
