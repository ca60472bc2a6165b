/**
 * Country shading by involvement: how many of the visible relations and events name a country.
 * A quantized scale keeps the classes few enough to tell apart and to explain in the legend.
 */
import { scaleQuantize, type ScaleQuantize } from 'd3-scale';

/** `classes`: the colours for the legend, or class numbers for the map's feature-state. */
export function involvementScale<T>(max: number, classes: T[]): ScaleQuantize<T> {
  return scaleQuantize<T>()
    .domain([1, Math.max(max, classes.length)])
    .range(classes);
}
