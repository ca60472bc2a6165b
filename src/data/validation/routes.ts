/**
 * Routes: the text checks entries get, plus their actors, and a line that runs through its via
 * places, one position per place, at each place's coordinates.
 */
import type { CitedRouteFeature } from '../schema.ts';
import { checkCitations, checkNumbersInProse, checkOwnWords, checkPeriod } from './citations.ts';
import { refCheck, type CheckContext } from './lookups.ts';
import type { Parsed } from './shapes.ts';

export function checkRoutes(ctx: CheckContext, routes: Parsed<CitedRouteFeature>): void {
  const { c, input, used } = ctx;
  for (const { value: rt, path } of routes.items) {
    const file = input.routes.file;
    const pp = `${path}.properties`;
    used.layers.add(rt.properties.layer);
    rt.properties.citations.forEach((ct) => used.seeds.add(ct.seed));
    refCheck(c, file, `${pp}.layer`, rt.properties.layer, ctx.layerIds, 'layer', input.layers.file);
    checkCitations(ctx, file, pp, rt.properties.citations);
    checkPeriod(ctx, file, `${pp}.period`, rt.properties.period, rt.properties.citations);
    checkNumbersInProse(ctx, file, `${pp}.summary`, rt.properties.summary, rt.properties.citations);
    checkOwnWords(ctx, file, `${pp}.summary`, rt.properties.summary, rt.properties.citations);
    rt.properties.actors.forEach((a, i) => {
      refCheck(c, file, `${pp}.actors[${i}]`, a, ctx.actorIds, 'actor', input.actors.file);
      used.actors.add(a);
    });
    const coords = rt.geometry.coordinates;
    const distinct = new Set(coords.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 2) {
      c.add(
        file,
        `${path}.geometry.coordinates`,
        'a LineString needs at least two distinct positions',
        'give the line a start and an end that differ',
      );
    }
    if (coords.length !== rt.properties.via.length) {
      c.add(
        file,
        `${path}.geometry.coordinates`,
        `the line has ${coords.length} positions but via lists ${rt.properties.via.length} places`,
        'give one position per via place, in the same order',
      );
    }
    rt.properties.via.forEach((v, i) => {
      refCheck(c, file, `${pp}.via[${i}]`, v, ctx.placeIds, 'place', input.places.file);
      used.places.add(v);
      const place = ctx.placeById.get(v);
      const pos = coords[i];
      if (place && pos) {
        const [lon, lat] = place.geometry.coordinates;
        if (pos[0] !== lon || pos[1] !== lat) {
          c.add(
            file,
            `${path}.geometry.coordinates[${i}]`,
            `position [${pos.join(', ')}] differs from via place "${v}" at [${lon}, ${lat}]`,
            `copy the coordinates of "${v}" from ${input.places.file}`,
          );
        }
      }
    });
  }
}
