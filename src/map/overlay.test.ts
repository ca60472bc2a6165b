/** The overlay keeps the sources a change of view left alone, so the map reloads only the others. */
import { describe, expect, it } from 'vitest';
import { buildOverlay, overlayBuilder } from './overlay.ts';
import { projectDataset } from '../data/test-project-dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { flowWidthScales } from '../scales/flow-width.ts';
import type { LayerId } from '../data/schema.ts';
import { FADED } from './hidden.ts';
import type { Selection } from '../state/url.ts';

const dataset = projectDataset();
const scales = flowWidthScales(dataset.relations);
const view = (layers: LayerId[]) => visibleEntries(dataset, layers, null);

describe('buildOverlay', () => {
  it('keeps the flows when only the routes change, and adds the new route’s towns to the places', () => {
    const all = view(['arms', 'rail']);
    const before = buildOverlay(dataset, { ...all, routes: all.routes.slice(1) }, scales);
    const after = buildOverlay(dataset, view(['arms', 'rail']), scales, before);
    expect(after.routes).not.toBe(before.routes);
    expect(after.routes.features).toHaveLength(before.routes.features.length + 1);
    expect(after.flows).toBe(before.flows);
    // The map draws both from one source, which therefore changes.
    expect(after.lines.features).toEqual([...after.routes.features, ...after.flows.features]);
    expect(after.lines).not.toBe(before.lines);
    const placeIds = (o: typeof after) => o.places.features.map((f) => f.properties?.id);
    expect(placeIds(after)).toEqual(expect.arrayContaining(all.routes[0].properties.via));
  });

  it('in a year view, fades the lines the sources give no year, and only in a year view', () => {
    const layers: LayerId[] = ['arms', 'energy', 'diplomacy'];
    const drawn = view(layers);
    const year = visibleEntries(dataset, layers, { year: 2010, mode: 'at' });
    const faded = (o: ReturnType<typeof buildOverlay>) =>
      [...o.hidden].filter(([, state]) => state === FADED).map(([key]) => key);
    const undated = year.relations.filter((r) => !r.period.start && !r.period.end).map((r) => `flow:${r.id}`);
    expect(undated.length).toBeGreaterThan(0);
    expect(faded(buildOverlay(dataset, year, scales, null, { drawn, yearChosen: true }))).toEqual(undated);
    expect(faded(buildOverlay(dataset, drawn, scales, null, { drawn }))).toEqual([]);
  });

  it('fades the shown lines a selection is not about, and only if it is about a shown line', () => {
    const layers: LayerId[] = ['arms', 'energy', 'rail'];
    const drawn = view(layers);
    const year = visibleEntries(dataset, layers, { year: 2022, mode: 'at' });
    const shownKeys = [...year.relations.map((r) => `flow:${r.id}`), ...year.routes.map((r) => `route:${r.id}`)];
    const faded = (o: ReturnType<typeof buildOverlay>) =>
      [...o.hidden].filter(([, state]) => state === FADED).map(([key]) => key);
    const focused = (focus: Selection) => buildOverlay(dataset, year, scales, null, { drawn, yearChosen: true, focus });
    const route = year.routes[0].id;
    const onRoute = focused({ kind: 'route', id: route });
    expect(faded(onRoute)).toEqual(shownKeys.filter((key) => key !== `route:${route}`));
    // The faint routes' names are faint too; the chosen route's is not.
    const otherRoutes = year.routes.filter((r) => r.id !== route).map((r) => r.id);
    expect(otherRoutes.length).toBeGreaterThan(0);
    expect([...onRoute.fadedRouteNames.keys()]).toEqual(otherRoutes);
    const onFlow = focused({ kind: 'relation', id: year.relations[0].id });
    expect([...onFlow.fadedRouteNames.keys()]).toEqual(year.routes.map((r) => r.id));
    // A selection no shown line is about (another year's flow, an event) fades only the undated lines, as before.
    const unfocused = faded(buildOverlay(dataset, year, scales, null, { drawn, yearChosen: true }));
    expect(unfocused.length).toBeLessThan(shownKeys.length - 1);
    const otherYears = drawn.relations.find((r) => !year.relations.includes(r))!;
    expect(faded(focused({ kind: 'relation', id: otherYears.id }))).toEqual(unfocused);
    expect(faded(focused({ kind: 'event', id: dataset.events[0].id }))).toEqual(unfocused);
  });

  it('drawing every year’s lines, a change of year keeps the flows and routes and hides the other years’', () => {
    const layers: LayerId[] = ['arms', 'energy', 'rail'];
    const drawn = view(layers);
    const at = (year: number) => visibleEntries(dataset, layers, { year, mode: 'at' });
    const before = buildOverlay(dataset, at(2015), scales, null, { drawn });
    const after = buildOverlay(dataset, at(2024), scales, before, { drawn });
    expect(after.flows).toBe(before.flows);
    expect(after.routes).toBe(before.routes);
    expect(after.lines).toBe(before.lines);
    // The route names are the view's own: the routes of 2024 and of 2015 differ.
    expect(after.routeLabels).not.toBe(before.routeLabels);
    expect(after.routeLabels.features).toHaveLength(at(2024).routes.length);
    expect(after.flows.features).toHaveLength(drawn.relations.length);
    const shown = new Set(at(2024).relations.map((r) => r.id));
    const hidden = drawn.relations.filter((r) => !shown.has(r.id)).map((r) => `flow:${r.id}`);
    expect(hidden.length).toBeGreaterThan(0);
    const hiddenOf = (kind: string) => [...after.hidden.keys()].filter((key) => key.startsWith(`${kind}:`));
    expect(hiddenOf('flow')).toEqual(hidden);
    expect(hiddenOf('route')).toHaveLength(drawn.routes.length - at(2024).routes.length);
  });

  it('selecting a route marks its name in the route labels and changes no other source', () => {
    const rail = view(['rail']);
    const routeId = rail.routes[0].id;
    const before = buildOverlay(dataset, rail, scales);
    const selected = buildOverlay(dataset, rail, scales, before, { selectedRoute: routeId });
    const marked = (o: typeof before) =>
      o.routeLabels.features.filter((f) => f.properties?.selected).map((f) => f.properties?.id);
    expect(marked(before)).toEqual([]);
    expect(marked(selected)).toEqual([routeId]);
    for (const key of ['flows', 'routes', 'lines', 'places'] as const) expect(selected[key]).toBe(before[key]);
    // The same selection again (a change of year that keeps the routes) sets no new data.
    expect(
      buildOverlay(dataset, rail, scales, selected, { yearChosen: true, selectedRoute: routeId }).routeLabels,
    ).toBe(selected.routeLabels);
  });

  it('rebuilds the flows and places when the relations change', () => {
    const before = buildOverlay(dataset, view(['arms']), scales);
    const after = buildOverlay(dataset, view(['arms', 'energy']), scales, before);
    expect(after.flows).not.toBe(before.flows);
    expect(after.places).not.toBe(before.places);
    expect(after.flows).toEqual(buildOverlay(dataset, view(['arms', 'energy']), scales).flows);
  });

  it('marks the places named at any zoom, rebuilding only the places when they change', () => {
    const arms = view(['arms']);
    const before = buildOverlay(dataset, arms, scales);
    const moscow = new Set(['moscow']);
    const inChapter = buildOverlay(dataset, arms, scales, before, { namedPlaces: moscow });
    const marked = (o: typeof before) =>
      o.places.features.filter((f) => f.properties?.named).map((f) => f.properties?.id);
    expect(marked(before)).toEqual([]);
    expect(marked(inChapter)).toEqual(['moscow']);
    for (const key of ['flows', 'routes', 'lines', 'routeLabels'] as const) expect(inChapter[key]).toBe(before[key]);
    // The same places again, even in a new set (a selection whose ends the chapter names), set no new data.
    expect(buildOverlay(dataset, arms, scales, inChapter, { namedPlaces: new Set(['moscow']) }).places).toBe(
      inChapter.places,
    );
  });

  it('keeps the list of countries named first while they are the same, so the map sets no new filters', () => {
    const arms = view(['arms']);
    const tie = buildOverlay(dataset, arms, scales, null, { namedCountries: ['MMR', 'RUS'] });
    const again = buildOverlay(dataset, arms, scales, tie, { namedCountries: ['MMR', 'RUS'] });
    expect(again.namedCountries).toBe(tie.namedCountries);
    for (const key of ['flows', 'places', 'lines', 'routeLabels'] as const) expect(again[key]).toBe(tie[key]);
    expect(buildOverlay(dataset, arms, scales, again, { namedCountries: ['RUS', 'VNM'] }).namedCountries).toEqual([
      'RUS',
      'VNM',
    ]);
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
