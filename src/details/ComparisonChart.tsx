/**
 * A small horizontal bar chart setting the selected relation beside others to the same actor
 * with a figure in the same unit. Bars are drawn to a linear scale from zero, so lengths
 * compare honestly; each bar is labelled in text, and the figure's source is named below.
 */
import { useId } from 'react';
import { scaleLinear } from 'd3-scale';
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { CitedRelation, Figure } from '../data/schema.ts';
import { formatFigure } from '../data/format.ts';
import { formatPeriod } from '../data/time.ts';
import { actorName } from '../data/visible.ts';
import { shortReference } from '../sources/reference.ts';
import type { Comparison } from './comparison.ts';
import { figureSeeds } from './figure-source.ts';

const UNIT_NAME: Record<Figure['unit'], string> = {
  USD: 'US dollars',
  percent: 'per cent',
  count: 'numbers',
  km: 'kilometres',
  days: 'days',
  years: 'years',
};

// Drawing units of the viewBox; the SVG scales to the panel's width.
const WIDTH = 320;
const ROW = 46;
const BAR = 14;

function sourcesOf(d: CitedIndexedDataset, r: CitedRelation, f: Figure): string {
  return figureSeeds(r.citations, f)
    .flatMap((id) => d.seedById.get(id) ?? [])
    .map(shortReference)
    .join('; ');
}

export function ComparisonChart({ dataset, comparison }: { dataset: CitedIndexedDataset; comparison: Comparison }) {
  const titleId = useId();
  const { bars, unit } = comparison;
  const to = actorName(dataset, bars[0].relation.to);
  const x = scaleLinear()
    .domain([0, Math.max(...bars.map((b) => b.figure.amount))])
    .range([0, WIDTH]);
  const label = (b: Comparison['bars'][number]) =>
    `${actorName(dataset, b.relation.from)}: ${formatFigure(b.figure)}${b.selected ? ' (this relation)' : ''}`;
  const description = `Compared with other ties to ${to}, in ${UNIT_NAME[unit]}: ${bars.map(label).join('; ')}.`;
  const height = bars.length * ROW;

  return (
    <figure className="comparison">
      <figcaption className="comparison-caption">
        Compared with other ties to {to}, in {UNIT_NAME[unit]}
      </figcaption>
      <svg
        className="comparison-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{description}</title>
        {bars.map((b, i) => (
          <g key={b.relation.id} transform={`translate(0 ${i * ROW})`} className={b.selected ? 'is-selected' : ''}>
            <text x={0} y={18} className="comparison-label">
              {label(b)}
            </text>
            <rect x={0} y={26} width={Math.max(2, x(b.figure.amount))} height={BAR} rx={2} className="comparison-bar" />
          </g>
        ))}
      </svg>
      <ul className="comparison-sources">
        {bars.map((b) => (
          <li key={b.relation.id}>
            {actorName(dataset, b.relation.from)}: {b.figure.label}
            {b.figure.period ? ` (${formatPeriod(b.figure.period)})` : ` (${formatPeriod(b.relation.period)})`}
            {b.figure.claimedBy && `, according to ${b.figure.claimedBy}`}. Source:{' '}
            {sourcesOf(dataset, b.relation, b.figure)}.
          </li>
        ))}
      </ul>
    </figure>
  );
}
