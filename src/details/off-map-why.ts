/**
 * Why an entry is not on the map of a view, in words: its layer is off, or the view's year leaves
 * it out. Said in the details (OffMapNote) and in the Share dialog, whose embed would open so.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import { offMapReason } from '../data/visible.ts';
import type { LayerId } from '../data/schema.ts';
import type { TimeFilter } from '../data/time.ts';
import type { Selection } from '../state/url.ts';

/** "the Arms layer is off, and the map shows only 2022", or null when the entry is on the map. */
export function offMapWhy(
  d: IndexedDataset,
  view: { layers: LayerId[]; time: TimeFilter | null },
  selection: Selection | null,
): string | null {
  const reason = offMapReason(d, view, selection);
  if (!reason) return null;
  const { time } = view;
  return [
    reason.layer && `the ${d.layerById.get(reason.layer)?.name ?? reason.layer} layer is off`,
    reason.outsideTime && time && `the map shows ${time.mode === 'at' ? 'only' : 'up to'} ${time.year}`,
  ]
    .filter(Boolean)
    .join(', and ');
}
