/**
 * An entry's figures. Competing claims come first, side by side, each with who gives it;
 * then the other figures, each with what it measures, its period and any attribution.
 */
import type { Certainty, Figure } from '../data/schema.ts';
import { formatFigure } from '../data/format.ts';
import { formatPeriod } from '../data/time.ts';
import { splitFigures } from './figures.ts';

type Entry = { certainty: Certainty; value?: Figure; figures?: Figure[] };

export function Figures({ entry }: { entry: Entry }) {
  const { contested, plain } = splitFigures(entry);
  return (
    <>
      {contested.length > 0 && (
        <section className="details-section" aria-labelledby="details-contested">
          <h3 id="details-contested">Competing figures</h3>
          <p className="details-note">The sources give different numbers. Each is shown with who gives it.</p>
          <ul className="contested-figures">
            {contested.map((f, i) => (
              <li key={i}>
                <span className="figure-value">{formatFigure(f)}</span>{' '}
                <span className="figure-claimant">
                  — {f.claimedBy ? `according to ${f.claimedBy}` : 'the source does not say who gives this'}
                </span>
                <span className="figure-label">
                  {f.label}
                  {f.period && ` (${formatPeriod(f.period)})`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plain.length > 0 && (
        <section className="details-section" aria-labelledby="details-figures">
          <h3 id="details-figures">{contested.length > 0 ? 'Other figures' : 'Figures'}</h3>
          <ul className="figures">
            {plain.map((f, i) => (
              <li key={i}>
                <span className="figure-value">{formatFigure(f)}</span> <span>{f.label}</span>
                {f.period && <span className="figure-period"> ({formatPeriod(f.period)})</span>}
                {f.claimedBy && <span className="figure-claimant">, according to {f.claimedBy}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
