/**
 * The legend: explains every colour, width, dash and symbol on screen now, and nothing that is
 * not. What it lists comes from legend-model.ts (shared with the slide image and the handout);
 * widths and shading come from the very scale objects the map style uses.
 */
import { Fragment, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store.ts';
import { useAppTheme } from '../modes/useAppTheme.ts';
import { EMBED_EMPTY_LEGEND_TEXT, EMPTY_LEGEND_TEXT, legendModel } from './legend-model.ts';
import { RampCells, Sample } from './samples.tsx';
import { focusOf } from '../map/focus.ts';
import './legend.css';

export function Legend() {
  const theme = useAppTheme();
  const id = useId();
  // Only what this reads: the whole store would re-render it on every hover.
  const { dataset, layers, time, embed, focus } = useAppStore(
    useShallow((s) => ({
      dataset: s.dataset,
      layers: s.layers,
      time: s.time,
      embed: s.embed,
      focus: focusOf(s),
    })),
  );
  const model = useMemo(
    () => (dataset ? legendModel(dataset, layers, time, theme, focus) : null),
    [dataset, layers, time, theme, focus],
  );

  if (!model) return null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      {model.empty && <p className="legend-empty">{embed ? EMBED_EMPTY_LEGEND_TEXT : EMPTY_LEGEND_TEXT}</p>}
      {model.groups.map((group, i) => (
        <Fragment key={group.name}>
          {group.captioned && <p id={`${id}${i}`}>{group.name}</p>}
          <ul
            aria-label={group.captioned ? undefined : group.name}
            aria-labelledby={group.captioned ? `${id}${i}` : undefined}
          >
            {group.items.map((item) => (
              <li key={item.label}>
                <Sample spec={item.sample} theme={theme} />
                {item.label}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
      {model.ramp && (
        <div
          className="legend-ramp"
          role="img"
          aria-label="Country shading: how many visible ties and events name the country (Russia and China are not shaded)"
        >
          <p>{model.ramp.name}</p>
          <RampCells ramp={model.ramp} className="ramp" />
        </div>
      )}
    </section>
  );
}
