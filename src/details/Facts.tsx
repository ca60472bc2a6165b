/** The short facts at the top of an entry (layer, certainty, period…), as a description list. */
import type { ReactNode } from 'react';

export type Fact = [term: string, value: ReactNode];

export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="details-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
