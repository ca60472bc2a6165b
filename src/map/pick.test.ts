import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { MARKER_GRIP, pickFeature, REACH, toSegment, type PickingMap } from './pick.ts';
import { HIDDEN, HIDDEN_STATE } from './hidden.ts';

/** A feature as the map returns it; coordinates are screen pixels here (the fake map projects 1:1). */
function feature(layer: string, geometry: MapGeoJSONFeature['geometry'], hidden = false): MapGeoJSONFeature {
  return {
    layer: { id: layer },
    geometry,
    state: hidden ? { [HIDDEN_STATE]: HIDDEN } : {},
  } as unknown as MapGeoJSONFeature;
}
const line = (layer: string, ...points: [number, number][]) =>
  feature(layer, { type: 'LineString', coordinates: points });
const marker = (x: number, y: number) => feature('place-marker', { type: 'Point', coordinates: [x, y] });
const country = feature('country-fill', { type: 'Polygon', coordinates: [] });

/** A map that draws these marks; its box query returns them all, leaving the distance to pickFeature. */
function mapDrawing(marks: MapGeoJSONFeature[]): PickingMap {
  return { project: ([x, y]) => ({ x, y }), queryRenderedFeatures: () => marks };
}

const options = (reach: number, grip = 0) => ({
  reach,
  grip,
  marks: ['place-marker', 'flow-solid', 'flow-dashed'],
  area: 'country-fill',
});
const tap = { x: 100, y: 100 };

describe('pickFeature', () => {
  it('takes a tie, route or marker right under the point as it is', () => {
    const tie = line('flow-dashed', [0, 100], [200, 100]);
    expect(pickFeature(mapDrawing([]), tap, [tie, country], options(REACH.touch))).toBe(tie);
  });

  it('takes the tie a finger’s tap landed beside, not the country under it', () => {
    const tie = line('flow-dashed', [0, 110], [200, 110]);
    expect(pickFeature(mapDrawing([tie]), tap, [country], options(REACH.touch))).toBe(tie);
  });

  it('a mouse reaches less far: 10 px off a tie is the country', () => {
    const tie = line('flow-dashed', [0, 110], [200, 110]);
    expect(pickFeature(mapDrawing([tie]), tap, [country], options(REACH.mouse))).toBe(country);
  });

  it('of several within reach, takes the nearest, a marker as a tie', () => {
    const far = line('flow-solid', [0, 112], [200, 112]);
    const near = line('flow-dashed', [0, 94], [200, 94]);
    expect(pickFeature(mapDrawing([far, near]), tap, [country], options(REACH.touch))).toBe(near);
    const place = marker(103, 99);
    expect(pickFeature(mapDrawing([far, near, place]), tap, [country], options(REACH.touch))).toBe(place);
  });

  it('for a finger, takes a marker a few pixels off over a tie under the point that ends at it', () => {
    const hanoi = marker(106, 100);
    const tie = line('flow-solid', [0, 100], [106, 100]);
    const finger = options(REACH.touch, MARKER_GRIP);
    expect(pickFeature(mapDrawing([tie, hanoi]), tap, [tie, country], finger)).toBe(hanoi);
    // A mouse is precise: the tie under it is the one meant.
    expect(pickFeature(mapDrawing([tie, hanoi]), tap, [tie, country], options(REACH.mouse))).toBe(tie);
    // Nor does a marker farther than the grip take it, or one the tie only passes: a tap on
    // Russia → Indonesia beside Tehran opened Tehran.
    const far = line('flow-solid', [0, 100], [100 + MARKER_GRIP + 2, 100]);
    expect(pickFeature(mapDrawing([far, marker(100 + MARKER_GRIP + 2, 100)]), tap, [far], finger)).toBe(far);
    const passing = line('flow-solid', [0, 100], [300, 100]);
    expect(pickFeature(mapDrawing([passing, hanoi]), tap, [passing, country], finger)).toBe(passing);
  });

  it('on a flat map, takes a marker drawn in the world’s next copy, given in its first, at the end of a tie', () => {
    // The fake map's world is 360 px wide: the marker's first copy is at −254, drawn again at 106.
    const seoul = marker(106 - 360, 100);
    const tie = line('flow-solid', [0, 100], [106, 100]);
    expect(pickFeature(mapDrawing([tie, seoul]), tap, [tie, country], options(REACH.touch, MARKER_GRIP))).toBe(seoul);
    // Off the tie, a finger within reach of that copy takes it too.
    expect(pickFeature(mapDrawing([seoul]), tap, [country], options(REACH.touch))).toBe(seoul);
  });

  it('measures to the line itself, not its points: a long straight segment passing close is near', () => {
    const tie = line('flow-solid', [-500, 108], [500, 108]);
    expect(pickFeature(mapDrawing([tie]), tap, [], options(REACH.touch))).toBe(tie);
  });

  it('skips marks hidden from the view, and gives nothing where nothing is', () => {
    const hidden = line('flow-solid', [0, 104], [200, 104]);
    const gone = feature('flow-solid', hidden.geometry, true);
    expect(pickFeature(mapDrawing([gone]), tap, [], options(REACH.touch))).toBeUndefined();
    expect(pickFeature(mapDrawing([gone]), tap, [country], options(REACH.touch))).toBe(country);
  });
});

describe('toSegment', () => {
  it('is the perpendicular distance inside the segment and the end’s beyond it', () => {
    expect(toSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(toSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(toSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});
