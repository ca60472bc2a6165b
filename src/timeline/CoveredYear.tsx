/**
 * The year the map is filtered to, over the map, where the details' bottom sheet or the tour's
 * card covers the timeline (a phone, a narrow embed, a short screen on its side): a map showing
 * only up to 2014 said so nowhere in sight. timeline.css shows it only there. Hidden from screen
 * readers, who have the timeline itself. A box over the map (data-over-map): a name it would half
 * cover is hidden, as one cut by the edge.
 */
import { useAppStore } from '../state/store.ts';
import type { TimeFilter } from '../data/time.ts';

function coveredYearText({ year, mode }: TimeFilter): string {
  return mode === 'at' ? `Showing only ${year}` : `Showing up to ${year}`;
}

export function CoveredYear() {
  const time = useAppStore((s) => s.time);
  if (!time) return null;
  return (
    <p className="covered-year" aria-hidden="true" data-over-map>
      {coveredYearText(time)}
    </p>
  );
}
