/**
 * Country shading by involvement: how many of the visible relations and events name a country.
 * A quantized scale keeps the classes few enough to tell apart and to explain in the legend.
 */
import { scaleQuantize, type ScaleQuantize } from 'd3-scale';

export function involvementScale(max: number, colours: string[]): ScaleQuantize<string> {
  return scaleQuantize<string>()
    .domain([1, Math.max(max, colours.length)])
    .range(colours);
}
