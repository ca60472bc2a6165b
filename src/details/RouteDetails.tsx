/** A route: its schematic nature, the places it runs through, period, certainty, citations. */
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { CitedRouteFeature } from '../data/schema.ts';
import { formatPeriod } from '../data/time.ts';
import { ActorButton } from './ActorButton.tsx';
import { CertaintyBadge } from './Certainty.tsx';
import { Citations } from './Citations.tsx';
import { Facts } from './Facts.tsx';
import { SelectButton } from './SelectButton.tsx';

export function RouteDetails({ dataset, route }: { dataset: CitedIndexedDataset; route: CitedRouteFeature }) {
  const p = route.properties;
  return (
    <>
      {p.schematic && (
        <p className="details-note schematic-note">Drawn through the named places, not along surveyed track.</p>
      )}
      <Facts
        facts={[
          [
            'Via',
            <ol className="inline-list via-list">
              {p.via.map((id) => {
                const place = dataset.placeById.get(id);
                return (
                  <li key={id}>
                    {place ? (
                      <SelectButton selection={{ kind: 'place', id }}>{place.properties.name}</SelectButton>
                    ) : (
                      id
                    )}
                  </li>
                );
              })}
            </ol>,
          ],
          [
            'Project of',
            <ul className="inline-list">
              {p.actors.map((id) => (
                <li key={id}>
                  <ActorButton dataset={dataset} id={id} />
                </li>
              ))}
            </ul>,
          ],
          ['Layer', dataset.layerById.get(p.layer)?.name ?? p.layer],
          ['Certainty', <CertaintyBadge certainty={p.certainty} />],
          ['Period', formatPeriod(p.period)],
        ]}
      />
      <p className="details-summary">{p.summary}</p>
      <Citations citations={p.citations} />
    </>
  );
}
