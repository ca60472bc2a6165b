/** The flow-width scales of a dataset, computed once and shared by the map style and the legend. */
import type { IndexedDataset } from '../data/dataset.ts';
import { flowWidthScales, type WidthScales } from './flow-width.ts';

const cache = new WeakMap<IndexedDataset, WidthScales>();

export function widthScalesOf(d: IndexedDataset): WidthScales {
  let scales = cache.get(d);
  if (!scales) cache.set(d, (scales = flowWidthScales(d.relations)));
  return scales;
}
