/** A place: what and where it is, and the events and relations the data ties to it. */
import type { IndexedDataset } from '../data/dataset.ts';
import type { PlaceFeature } from '../data/schema.ts';
import { entriesAtPlace } from '../data/selection.ts';
import { useCountryName } from './country-names.ts';
import { SelectButton } from './SelectButton.tsx';
import { EntryList } from './EntryList.tsx';
import { eventLinks, onMapNote, relationLinks } from './entry-links.ts';
import { Facts } from './Facts.tsx';
import { useShownOf } from './use-on-map.ts';

const KIND_NAME: Record<PlaceFeature['properties']['kind'], string> = {
  capital: 'Capital city',
  city: 'City',
  port: 'Port',
  base: 'Military base',
  venue: 'Venue',
  crossing: 'Border crossing',
  waypoint: 'City on a route',
  region: 'Region',
};

export function PlaceDetails({ dataset, place }: { dataset: IndexedDataset; place: PlaceFeature }) {
  const { events, relations } = entriesAtPlace(dataset, String(place.id));
  // The marker counts only the events of the layers and years shown: say which those are, and
  // which of the ties drawn from or to here are drawn.
  const shown = useShownOf(dataset, { relations, events });
  const p = place.properties;
  const countryName = useCountryName(dataset, p.country);
  return (
    <>
      <Facts
        facts={[
          ['Kind', KIND_NAME[p.kind]],
          ['Country', <SelectButton selection={{ kind: 'country', id: p.country }}>{countryName}</SelectButton>],
        ]}
      />
      {p.note && <p className="details-summary">{p.note}</p>}
      <EntryList
        heading="Events here"
        entries={eventLinks(events, shown.events)}
        countNote={onMapNote(events.length, shown.events.length)}
      />
      <EntryList
        heading="Relations anchored here"
        entries={relationLinks(dataset, relations, shown.relations)}
        countNote={onMapNote(relations.length, shown.relations.length)}
      />
      {events.length === 0 && relations.length === 0 && (
        <p className="details-note">No event or relation in the data is tied to this place.</p>
      )}
    </>
  );
}
