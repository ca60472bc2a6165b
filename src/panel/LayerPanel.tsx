/** One toggle per dataset layer, with its description and how many entries it shows now. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store.ts';
import { countsByLayer } from '../data/visible.ts';

export function LayerPanel() {
  // Only what this reads: the whole store would re-render it on every hover.
  const { dataset, layers, time, toggleLayer, setLayers } = useAppStore(
    useShallow((s) => ({
      dataset: s.dataset,
      layers: s.layers,
      time: s.time,
      toggleLayer: s.toggleLayer,
      setLayers: s.setLayers,
    })),
  );
  const counts = useMemo(() => (dataset ? countsByLayer(dataset, time) : null), [dataset, time]);
  if (!dataset || !counts) return null;
  return (
    <fieldset className="layer-panel">
      <legend>Layers</legend>
      <ul>
        {dataset.layers.map((layer) => (
          <li key={layer.id}>
            <label>
              <input type="checkbox" checked={layers.includes(layer.id)} onChange={() => toggleLayer(layer.id)} />
              <span className="layer-name">{layer.name}</span>
              {/* "11 entries", not a bare 11: the summary above counts relations ("7 arms relations"),
                  and a reader who checked one number against the other found them apart. */}
              <span className="layer-count">
                {counts[layer.id]} {counts[layer.id] === 1 ? 'entry' : 'entries'}
              </span>
            </label>
            <p className="layer-description">{layer.description}</p>
          </li>
        ))}
      </ul>
      <div className="layer-actions">
        <button type="button" className="button" onClick={() => setLayers(dataset.layers.map((l) => l.id))}>
          Show all
        </button>
        <button type="button" className="button" onClick={() => setLayers([])}>
          Hide all
        </button>
      </div>
    </fieldset>
  );
}
