/**
 * "In this view": the current view in a sentence or two (see describe-view.ts), announced
 * politely when the layers or the year change, for readers who cannot see the map.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store.ts';
import { describeView } from './describe-view.ts';

export function ViewSummary() {
  const dataset = useAppStore((s) => s.dataset);
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const failed = useAppStore((s) => s.loadError !== null);
  const text = useMemo(
    () =>
      dataset ? describeView(dataset, layers, time) : failed ? 'No data: it could not be loaded.' : 'Loading the data…',
    [dataset, layers, time, failed],
  );
  return (
    <section className="view-summary" aria-labelledby="view-summary-heading">
      <h2 id="view-summary-heading">In this view</h2>
      <p aria-live="polite">{text}</p>
    </section>
  );
}
