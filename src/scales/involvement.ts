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

/**
 * The counts each class holds, as the legend names them ("1", "2–3"). Counts are whole numbers and
 * a class runs from its lower bound up to, not including, the next class's: a count that equals a
 * threshold takes the upper class's colour, so the lower class must stop one short of it.
 */
export function involvementClassLabels<T>(scale: ScaleQuantize<T>): string[] {
  const classes = scale.range();
  return classes.map((c, i) => {
    const [lo, hi] = scale.invertExtent(c);
    const from = Math.ceil(lo);
    const to = i === classes.length - 1 ? Math.floor(hi) : Math.ceil(hi) - 1;
    return to > from ? `${from}–${to}` : String(from);
  });
}
