/** Small SVG samples of the map's line styles and symbols, drawn with the map's theme tokens. */
import type { Theme } from '../map/theme.ts';
import type { LegendRamp, SampleSpec } from './legend-model.ts';

/** The sample a legend item describes (see legend-model.ts). */
export function Sample({ spec, theme }: { spec: SampleSpec; theme: Theme }) {
  if (spec.kind === 'marker') return <MarkerSample kind={spec.marker} theme={theme} />;
  return (
    <LineSample
      colour={spec.colour}
      width={spec.width}
      dash={spec.dash?.join(' ')}
      round={spec.round}
      core={spec.core}
      opacity={spec.opacity}
    />
  );
}

type LineProps = { colour: string; width: number; dash?: string; round?: boolean; core?: string; opacity?: number };

export function LineSample({ colour, width, dash, round, core, opacity }: LineProps) {
  return (
    <svg className="sample" width="44" height="18" viewBox="0 0 44 18" aria-hidden="true" opacity={opacity}>
      <line
        x1="3"
        y1="9"
        x2="41"
        y2="9"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap={round ? 'round' : 'butt'}
      />
      {core && <line x1="3" y1="9" x2="41" y2="9" stroke={core} strokeWidth={width * 0.45} />}
    </svg>
  );
}

export function MarkerSample({ kind, theme }: { kind: 'event' | 'place' | 'disputed' | 'arrow'; theme: Theme }) {
  return (
    <svg className="sample" width="44" height="22" viewBox="0 0 44 22" aria-hidden="true">
      {kind === 'event' && (
        <>
          <circle cx="22" cy="11" r="9" fill={theme.event} stroke={theme.land} strokeWidth="1.5" />
          <text x="22" y="15" textAnchor="middle" fontSize="11" fontWeight="600" fill={theme.land}>
            2
          </text>
        </>
      )}
      {kind === 'place' && <circle cx="22" cy="11" r="4" fill={theme.land} stroke={theme.place} strokeWidth="1.5" />}
      {kind === 'disputed' && (
        <>
          <line x1="3" y1="11" x2="41" y2="11" stroke={theme.label} strokeWidth="4" />
          <text
            x="22"
            y="16"
            textAnchor="middle"
            fontSize="15"
            fontWeight="600"
            fill={theme.label}
            stroke={theme.land}
            strokeWidth="3"
            paintOrder="stroke"
          >
            ?
          </text>
        </>
      )}
      {kind === 'arrow' && (
        <>
          <line x1="3" y1="11" x2="41" y2="11" stroke={theme.label} strokeWidth="3" />
          <path d="M18 4 L27 11 L18 18" fill="none" stroke={theme.label} strokeWidth="3" strokeLinejoin="round" />
        </>
      )}
    </svg>
  );
}

/** The country-shading ramp's cells: each class in its colour, labelled in the text colour that reads on it. */
export function RampCells({ ramp, className }: { ramp: LegendRamp; className?: string }) {
  return (
    <div className={className}>
      {ramp.cells.map((cell) => (
        <span key={cell.colour} style={{ background: cell.colour, color: cell.text }}>
          {cell.label}
        </span>
      ))}
    </div>
  );
}
