/**
 * Says so when the entry in the details is not on the map now (its layer turned off, or a year
 * that leaves it out, chosen with the details open or in the address that opened them), and
 * offers to bring it back: the line otherwise vanished with nothing to say why.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { offMapWhy } from './off-map-why.ts';

export function OffMapNote({ dataset, selection }: { dataset: IndexedDataset; selection: Selection }) {
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const select = useAppStore((s) => s.select);
  const why = offMapWhy(dataset, { layers, time }, selection);
  if (!why) return null;
  return (
    <p className="details-note off-map-note" role="status">
      Not on the map now: {why}.{' '}
      {/* Choosing it again shows it, as choosing it anywhere does (viewShowing). The button goes
          with the note: the focus goes to the details' heading. */}
      <button type="button" className="button" onClick={() => select(selection, { focusDetails: true })}>
        Show it on the map
      </button>
    </p>
  );
}
