/**
 * Says so when the entry in the details is not on the map now (its layer turned off, or a year
 * that leaves it out, chosen with the details open or in the address that opened them), and
 * offers to bring it back: the line otherwise vanished with nothing to say why.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import { offMapReason } from '../data/visible.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';

export function OffMapNote({ dataset, selection }: { dataset: IndexedDataset; selection: Selection }) {
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const select = useAppStore((s) => s.select);
  const reason = offMapReason(dataset, { layers, time }, selection);
  if (!reason) return null;
  const why = [
    reason.layer && `the ${dataset.layerById.get(reason.layer)?.name ?? reason.layer} layer is off`,
    reason.outsideTime && time && `the map shows ${time.mode === 'at' ? 'only' : 'up to'} ${time.year}`,
  ].filter(Boolean);
  return (
    <p className="details-note off-map-note" role="status">
      Not on the map now: {why.join(', and ')}.{' '}
      {/* Choosing it again shows it, as choosing it anywhere does (viewShowing). The button goes
          with the note: the focus goes to the details' heading. */}
      <button type="button" className="button" onClick={() => select(selection, { focusDetails: true })}>
        Show it on the map
      </button>
    </p>
  );
}
