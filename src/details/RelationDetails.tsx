/** A relation: who to whom, layer, certainty, period, summary, figures, citations, comparison. */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { CitedRelation } from '../data/schema.ts';
import { formatPeriod } from '../data/time.ts';
import { CertaintyBadge } from './Certainty.tsx';
import { Citations } from './Citations.tsx';
import { ComparisonChart } from './ComparisonChart.tsx';
import { comparisons } from './comparison.ts';
import { Facts } from './Facts.tsx';
import { Figures } from './Figures.tsx';
import { ActorButton } from './ActorButton.tsx';
import { sharedAnchorName } from '../data/visible.ts';

export function RelationDetails({ dataset, relation: r }: { dataset: CitedIndexedDataset; relation: CitedRelation }) {
  const charts = comparisons(dataset.relations, r);
  const sharedAnchor = sharedAnchorName(dataset, r);
  return (
    <>
      <Facts
        facts={[
          [
            'Between',
            <>
              <ActorButton dataset={dataset} id={r.from} /> → <ActorButton dataset={dataset} id={r.to} />
            </>,
          ],
          ['Layer', dataset.layerById.get(r.layer)?.name ?? r.layer],
          ['Certainty', <CertaintyBadge certainty={r.certainty} />],
          ['Period', formatPeriod(r.period)],
        ]}
      />
      {/* "Both ends", not the two names: "Russia and Eurasian Union" wants an article the name has not. */}
      {sharedAnchor && <p className="details-note">No line on the map: both ends are placed at {sharedAnchor}.</p>}
      <p className="details-summary">{r.summary}</p>
      <Figures entry={r} />
      {/* The sentences before the charts: a reader (and a class, at a projector's large type) wants
          the figure and the passage it came from; the charts, which set it beside others, come after. */}
      <Citations citations={r.citations} />
      {charts.map((c) => (
        <ComparisonChart key={c.unit} dataset={dataset} comparison={c} />
      ))}
    </>
  );
}
