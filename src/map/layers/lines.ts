/**
 * Flows and routes share one source, told apart by their `kind`. Each time MapLibre moves from
 * one source's layers to another's, it masks every tile of the new source again (subdivided on
 * the globe, in both its opaque and translucent passes): one source fewer took a globe frame at
 * 1366×768 from 389 to 337 ms in software WebGL (median of five interleaved runs), with a
 * pixel-identical picture.
 *
 * A relation and a route may share an id (each is unique only among its own kind), so the id
 * promoted for feature-state is the line's `key`: its kind and its id.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';

export const LINE_SOURCE = 'lines';
/** The property promoted to the feature id (see highlight.ts). */
export const LINE_KEY = 'key';

export type LineKind = 'flow' | 'route';

/** The feature id of the flow (a relation) or route with this id. */
export function lineKey(kind: LineKind, id: string): string {
  return `${kind}:${id}`;
}

/** The properties every line carries besides its own: its kind and key. */
export function lineProperties(kind: LineKind, id: string) {
  return { kind, [LINE_KEY]: lineKey(kind, id), id };
}

/** A layer filter for the lines of one kind. */
export function isKind(kind: LineKind): ExpressionSpecification {
  return ['==', ['get', 'kind'], kind];
}

/** The source's data: the routes, then the flows (the layers decide what lies on top). */
export function lineFeatures<G extends Geometry>(
  flows: FeatureCollection<G>,
  routes: FeatureCollection<G>,
): FeatureCollection<G> {
  const features: Feature<G>[] = [...routes.features, ...flows.features];
  return { type: 'FeatureCollection', features };
}
