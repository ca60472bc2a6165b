/** Switches between the globe and a flat (Web Mercator) map. */
import { useAppStore } from '../state/store.ts';

export function ProjectionToggle() {
  const projection = useAppStore((s) => s.projection);
  const setProjection = useAppStore((s) => s.setProjection);
  return (
    <div className="segmented" role="group" aria-label="Map projection">
      <button type="button" aria-pressed={projection === 'globe'} onClick={() => setProjection('globe')}>
        Globe
      </button>
      <button type="button" aria-pressed={projection === 'mercator'} onClick={() => setProjection('mercator')}>
        Flat map
      </button>
    </div>
  );
}
