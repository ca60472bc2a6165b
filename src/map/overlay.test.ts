/** The overlay keeps the sources a change of view left alone, so the map reloads only the others. */
import { describe, expect, it } from 'vitest';
import { buildOverlay, overlayBuilder } from './overlay.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { flowWidthScales } from '../scales/flow-width.ts';
import type { LayerId } from '../data/schema.ts';

const dataset = projectDataset();
const scales = flowWidthScales(dataset.relations);
const view = (layers: LayerId[]) => visibleEntries(dataset, layers, null);

describe('buildOverlay', () => {
  it('keeps the flows and places when only the routes change', () => {
    const all = view(['arms', 'rail']);
    const before = buildOverlay(dataset, { ...all, routes: all.routes.slice(1) }, scales);
    const after = buildOverlay(dataset, view(['arms', 'rail']), scales, before);
    expect(after.routes).not.toBe(before.routes);
    expect(after.routes.features).toHaveLength(before.routes.features.length + 1);
    expect(after.flows).toBe(before.flows);
    expect(after.places).toBe(before.places);
  });

  it('rebuilds the flows and places when the relations change', () => {
    const before = buildOverlay(dataset, view(['arms']), scales);
    const after = buildOverlay(dataset, view(['arms', 'energy']), scales, before);
    expect(after.flows).not.toBe(before.flows);
    expect(after.places).not.toBe(before.places);
    expect(after.flows).toEqual(buildOverlay(dataset, view(['arms', 'energy']), scales).flows);
  });

  it('reuses nothing built from another dataset or other scales', () => {
    const before = buildOverlay(dataset, view(['arms']), scales);
    const other = buildOverlay(dataset, view(['arms']), flowWidthScales(dataset.relations), before);
    expect(other.flows).not.toBe(before.flows);
    expect(other.flows).toEqual(before.flows);
  });

  it('the builder hands each overlay the one before it', () => {
    const overlayOf = overlayBuilder();
    const first = overlayOf(dataset, view(['arms']), scales);
    expect(overlayOf(dataset, view(['arms']), scales).flows).toBe(first.flows);
  });
});
