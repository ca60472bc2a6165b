import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTour } from './build-static-maps.ts';
import { TOUR_FIXTURE } from '../src/fallback/static-map/test-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-maps-'));

describe('readTour', () => {
  it('reads the chapters of data/tour.json', () => {
    const path = join(dir, 'tour.json');
    writeFileSync(path, JSON.stringify(TOUR_FIXTURE));
    expect(readTour(path)).toEqual(TOUR_FIXTURE);
  });
  it('gives no chapters when there is no tour file', () => {
    expect(readTour(join(dir, 'missing.json'))).toEqual([]);
  });
  it('refuses a file that does not match the chapter schema, naming it', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify([{ ...TOUR_FIXTURE[0], camera: { longitude: 100, latitude: 22 } }]));
    expect(() => readTour(path)).toThrow(/bad\.json does not match the tour schema/);
  });
});
