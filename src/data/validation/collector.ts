/**
 * Where the validator's errors go: the `Collector`, and its zod runner that reports each schema
 * issue and each unknown field with a JSON path and a fix.
 */
import { z } from 'zod';

export interface ValidationError {
  /** Repository-relative file name, e.g. `data/relations.json`. */
  file: string;
  /** JSON path inside the file, e.g. `$[12].citations[0].quote`; `$` for the whole file. */
  path: string;
  message: string;
  fix: string;
}

type Json = Record<string, unknown>;

export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pathOf(base: string, segs: readonly PropertyKey[]): string {
  let p = base;
  for (const s of segs) {
    if (typeof s === 'number') p += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) p += `.${s}`;
    else p += `[${JSON.stringify(String(s))}]`;
  }
  return p;
}

function fixForIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give a value of type ${issue.expected} (see src/data/schema.ts)`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'write the value in the format the message names';
    case 'too_small':
      return issue.origin === 'array'
        ? `give at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `write at least ${String(issue.minimum)} characters`
          : `use a value ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `give at most ${String(issue.maximum)} item(s)`
        : issue.origin === 'string'
          ? `shorten it to at most ${String(issue.maximum)} characters`
          : `use a value ≤ ${String(issue.maximum)}`;
    default:
      return 'make the field match src/data/schema.ts';
  }
}

/** Fields the schema does not know (zod would silently drop them, hiding typos like `figure`). */
function unknownKeys(schema: z.ZodType, value: unknown, segs: PropertyKey[], out: [PropertyKey[], string][]): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    if (value === undefined || value === null) return;
    unknownKeys(schema.unwrap() as z.ZodType, value, segs, out);
    return;
  }
  if (schema instanceof z.ZodObject) {
    if (!isObj(value)) return;
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      if (!(key in shape)) out.push([[...segs, key], key]);
      else unknownKeys(shape[key], value[key], [...segs, key], out);
    }
    return;
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return;
    value.forEach((v, i) => unknownKeys(schema.element as z.ZodType, v, [...segs, i], out));
  }
}

export class Collector {
  errors: ValidationError[] = [];
  add(file: string, path: string, message: string, fix: string): void {
    this.errors.push({ file, path, message, fix });
  }
  /** Runs a zod schema on one value; reports issues and unknown keys; returns the parsed value or undefined. */
  schema<T>(file: string, schema: z.ZodType<T>, value: unknown, base: string): T | undefined {
    const unknown: [PropertyKey[], string][] = [];
    unknownKeys(schema, value, [], unknown);
    for (const [segs, key] of unknown) {
      this.add(
        file,
        pathOf(base, segs),
        `unknown field "${key}"`,
        'remove it or correct its spelling (see src/data/schema.ts)',
      );
    }
    const r = schema.safeParse(value);
    if (r.success) return unknown.length ? undefined : r.data;
    for (const issue of r.error.issues) {
      this.add(file, pathOf(base, issue.path), issue.message, fixForIssue(issue));
    }
    return undefined;
  }
}
