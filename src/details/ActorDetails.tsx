/**
 * An actor, or a country picked on the map (by ISO code; a country that is an actor is that
 * actor): its description and everything in the data that involves it.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import { entriesOfActor } from '../data/selection.ts';
import { EntryList } from './EntryList.tsx';
import { eventLinks, onMapNote, relationLinks } from './entry-links.ts';
import { Facts } from './Facts.tsx';
import { useShownOf } from './use-on-map.ts';

const KIND_NAME = { country: 'Country', organisation: 'Organisation', group: 'Group', region: 'Region' };

export function ActorDetails({ dataset, id, name }: { dataset: IndexedDataset; id: string; name: string }) {
  const actor = dataset.actorById.get(id);
  const { relations, events } = entriesOfActor(dataset, id);
  // Five of India's eight ties are on layers off by default (Security, Diplomacy): say which the
  // map draws, as a place's details do.
  const shown = useShownOf(dataset, { relations, events });
  return (
    <>
      <Facts facts={[['Kind', actor ? KIND_NAME[actor.kind] : 'Country']]} />
      {actor?.description && <p className="details-summary">{actor.description}</p>}
      {relations.length === 0 && events.length === 0 ? (
        <p className="details-note">Nothing in the five sources, as curated here, involves {name}.</p>
      ) : (
        <>
          <EntryList
            heading="Relations"
            entries={relationLinks(dataset, relations, shown.relations)}
            countNote={onMapNote(relations.length, shown.relations.length)}
            empty="No relations."
          />
          <EntryList
            heading="Events"
            entries={eventLinks(events, shown.events)}
            countNote={onMapNote(events.length, shown.events.length)}
            empty="No events."
          />
        </>
      )}
    </>
  );
}
