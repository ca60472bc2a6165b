/** An event: date (as precise as the source), place, actors, certainty, summary, figures, citations. */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { CitedMapEvent } from '../data/schema.ts';
import { ActorButton } from './ActorButton.tsx';
import { CertaintyBadge } from './Certainty.tsx';
import { Citations } from './Citations.tsx';
import { Facts } from './Facts.tsx';
import { Figures } from './Figures.tsx';
import { SelectButton } from './SelectButton.tsx';
import { eventDate } from './entry-links.ts';

export function EventDetails({ dataset, event: e }: { dataset: CitedIndexedDataset; event: CitedMapEvent }) {
  const place = dataset.placeById.get(e.place);
  return (
    <>
      <Facts
        facts={[
          ['Date', eventDate(e)],
          [
            'Place',
            place ? (
              <SelectButton selection={{ kind: 'place', id: e.place }}>{place.properties.name}</SelectButton>
            ) : (
              e.place
            ),
          ],
          [
            e.actors.length === 1 ? 'Actor' : 'Actors',
            <ul className="inline-list">
              {e.actors.map((id) => (
                <li key={id}>
                  <ActorButton dataset={dataset} id={id} />
                </li>
              ))}
            </ul>,
          ],
          ['Layer', dataset.layerById.get(e.layer)?.name ?? e.layer],
          ['Certainty', <CertaintyBadge certainty={e.certainty} />],
        ]}
      />
      <p className="details-summary">{e.summary}</p>
      <Figures entry={e} />
      <Citations citations={e.citations} />
    </>
  );
}
