/** The entries the map draws now, for the details' lists: those of the layers and years shown. */
import type { IndexedDataset } from '../data/dataset.ts';
import { visibleEntries } from '../data/visible.ts';
import { useAppStore } from '../state/store.ts';

export function useOnMap(dataset: IndexedDataset) {
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  return visibleEntries(dataset, layers, time);
}
