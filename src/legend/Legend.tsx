/**
 * The legend: explains every colour, width, dash and symbol on screen now, and nothing that is
 * not. Widths and shading come from the very scale objects the map style uses.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store.ts';
import { visibleEntries } from '../data/visible.ts';
import { useAppTheme } from '../modes/useAppTheme.ts';
import { widthScalesOf } from '../scales/cache.ts';
import { involvementScale } from '../scales/involvement.ts';
import { involvementByCountry } from '../map/layers/countries.ts';
import { flowSide, actorSide, type Side } from '../map/sides.ts';
import { formatAmount } from '../data/format.ts';
import { LineSample, MarkerSample } from './samples.tsx';
import type { Certainty, Figure } from '../data/schema.ts';
import './legend.css';

const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia’s ties',
  china: 'China’s ties',
  other: 'Ties between others',
};
const CERTAINTY_LABEL: Record<Certainty, string> = {
  stated: 'Stated by the source',
  reported: 'Reported: the source attributes it to someone',
  planned: 'Planned, agreed or potential',
  disputed: 'Disputed: competing figures or claims',
};
const UNIT_LABEL: Partial<Record<Figure['unit'], string>> = { USD: 'US dollars', percent: 'per cent' };

export function Legend() {
  const theme = useAppTheme();
  const { dataset, layers, time } = useAppStore();
  const model = useMemo(() => {
    if (!dataset) return null;
    const v = visibleEntries(dataset, layers, time);
    const sides = new Set<Side>([
      ...v.relations.map((r) => flowSide(dataset, r.from, r.to)),
      ...v.routes.map((r) => r.properties.actors.map((a) => actorSide(dataset, a)).find(Boolean) ?? 'other'),
    ]);
    const certainties = new Set(v.relations.map((r) => r.certainty));
    const units = [...new Set(v.relations.flatMap((r) => (r.value ? [r.value.unit] : [])))];
    const involvement = involvementByCountry(dataset, v);
    const max = Math.max(0, ...involvement.values());
    return {
      sides,
      certainties,
      units,
      noFigure: v.relations.some((r) => !r.value && r.certainty !== 'planned'),
      events: v.events.length > 0,
      routes: v.routes,
      involvement: involvement.size > 0 ? involvementScale(max, theme.involvement) : null,
      scales: widthScalesOf(dataset),
    };
  }, [dataset, layers, time, theme]);

  if (!model) return null;
  const nothing = model.sides.size === 0 && !model.events;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      {nothing && <p className="legend-empty">Nothing is shown: turn on a layer or widen the time.</p>}
      {model.sides.size > 0 && (
        <ul aria-label="Colours">
          {(['russia', 'china', 'other'] as Side[])
            .filter((s) => model.sides.has(s))
            .map((s) => (
              <li key={s}>
                <LineSample
                  colour={s === 'russia' ? theme.russia : s === 'china' ? theme.china : theme.other}
                  width={5}
                />
                {SIDE_LABEL[s]}
              </li>
            ))}
        </ul>
      )}
      {model.units.map((unit) => {
        const scale = model.scales[unit];
        if (!scale) return null;
        const max = scale.domain()[1];
        return (
          <ul key={unit} aria-label={`Line width: figure in ${UNIT_LABEL[unit] ?? unit}`}>
            {[max / 4, max].map((v) => (
              <li key={v}>
                <LineSample colour={theme.label} width={scale(v)} />
                {formatAmount(v, unit)}
              </li>
            ))}
          </ul>
        );
      })}
      {(model.certainties.size > 0 || model.noFigure) && (
        <ul aria-label="Line styles">
          {model.certainties.has('stated') && (
            <li>
              <LineSample colour={theme.label} width={4} />
              {CERTAINTY_LABEL.stated}
            </li>
          )}
          {model.noFigure && (
            <li>
              <LineSample colour={theme.label} width={3} dash="6 4" />
              No figure given (dashed)
            </li>
          )}
          {model.certainties.has('reported') && (
            <li>
              <LineSample colour={theme.label} width={5} core={theme.land} />
              {CERTAINTY_LABEL.reported} (hollow)
            </li>
          )}
          {model.certainties.has('planned') && (
            <li>
              <LineSample colour={theme.label} width={4} dash="0.1 7" round />
              {CERTAINTY_LABEL.planned} (dotted)
            </li>
          )}
          {model.certainties.has('disputed') && (
            <li>
              <MarkerSample kind="disputed" theme={theme} />
              {CERTAINTY_LABEL.disputed} (“?”)
            </li>
          )}
          <li>
            <MarkerSample kind="arrow" theme={theme} />
            Direction of the tie
          </li>
        </ul>
      )}
      {(model.events || model.routes.length > 0) && (
        <ul aria-label="Symbols">
          {model.events && (
            <li>
              <MarkerSample kind="event" theme={theme} />
              Events at a place (with their number)
            </li>
          )}
          <li>
            <MarkerSample kind="place" theme={theme} />
            Place where a tie is anchored
          </li>
          {model.routes.length > 0 && (
            <li>
              <LineSample colour={theme.label} width={4} />
              Rail route{model.routes.some((r) => r.properties.certainty === 'planned') ? ' (dotted: planned)' : ''};
              “schematic” where drawn through named towns
            </li>
          )}
        </ul>
      )}
      {model.involvement && (
        <div
          className="legend-ramp"
          role="img"
          aria-label="Country shading: how many visible ties and events name the country"
        >
          <p>Countries shaded by how many visible ties and events name them</p>
          <div className="ramp">
            {model.involvement.range().map((colour) => {
              const [lo, hi] = model.involvement!.invertExtent(colour);
              return (
                <span key={colour} style={{ background: colour }}>
                  {Math.ceil(lo)}
                  {Math.floor(hi) > Math.ceil(lo) ? `–${Math.floor(hi)}` : ''}
                </span>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
