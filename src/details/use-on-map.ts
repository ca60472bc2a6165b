/** What the map draws now, for the details' lists: the entries of the layers and years shown. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { MapEvent, Relation } from '../data/schema.ts';
import { visibleEntries } from '../data/visible.ts';
import { useAppStore } from '../state/store.ts';

/** Of an entry's relations and events, those the map draws now. */
export function useShownOf(dataset: IndexedDataset, entries: { relations: Relation[]; events: MapEvent[] }) {
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const onMap = visibleEntries(dataset, layers, time);
  const [relations, events] = [new Set(onMap.relations), new Set(onMap.events)];
  return {
    relations: entries.relations.filter((r) => relations.has(r)),
    events: entries.events.filter((e) => events.has(e)),
  };
}
