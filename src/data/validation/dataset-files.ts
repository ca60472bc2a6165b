/**
 * The validator's input: every dataset file's parsed JSON (or why its text is not JSON) and the
 * seed texts that quotes are checked against.
 */

/** One data file: its repository-relative name and its parsed JSON (or why it could not be parsed). */
export interface DatasetFile {
  file: string;
  json: unknown;
  /** Set when the file's text is not valid JSON; `json` is then ignored. */
  parseError?: string;
}

export interface DatasetFiles {
  catalog: DatasetFile;
  version: DatasetFile;
  layers: DatasetFile;
  actors: DatasetFile;
  places: DatasetFile;
  routes: DatasetFile;
  relations: DatasetFile;
  events: DatasetFile;
  /** The guided tour, `data/tour.json`. */
  tour: DatasetFile;
  /** Seed texts keyed by file name as written in the catalogue, e.g. `000_49b02867ae9df856.txt`. */
  seeds: Record<string, string>;
  /** Folder the seed files live in, used in messages only (default `seeds`). */
  seedDir?: string;
}

/** Parses a file's text; a syntax error becomes `parseError` instead of an exception. */
export function loadJson(file: string, text: string): DatasetFile {
  try {
    return { file, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { file, json: undefined, parseError: e instanceof Error ? e.message : String(e) };
  }
}
