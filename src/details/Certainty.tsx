/** How the source holds a claim, as a labelled badge with a one-line explanation. */
import type { Certainty } from '../data/schema.ts';

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  stated: 'Stated',
  reported: 'Reported',
  planned: 'Planned',
  disputed: 'Disputed',
};

export const CERTAINTY_EXPLANATION: Record<Certainty, string> = {
  stated: 'The source states this.',
  reported: 'The source attributes this to someone else.',
  planned: 'Agreed, proposed or potential, not yet real.',
  disputed: 'Competing figures or claims.',
};

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return (
    <span className="certainty">
      <span className="certainty-badge" data-certainty={certainty}>
        {CERTAINTY_LABEL[certainty]}
      </span>{' '}
      <span className="certainty-explanation">{CERTAINTY_EXPLANATION[certainty]}</span>
    </span>
  );
}
