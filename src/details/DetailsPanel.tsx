/**
 * The details of the selection: a heading, a close button (Escape closes too: DetailsSlot) and, by kind,
 * what the data says about it with every citation. Positioned by the page layout; this
 * component styles only its inside, which scrolls on its own.
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type TouchEvent,
} from 'react';
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { LayerId } from '../data/schema.ts';
import { relationTitle } from '../data/visible.ts';
import { useAppStore } from '../state/store.ts';
import { selectionKey, type Selection } from '../state/url.ts';
import { ActorDetails } from './ActorDetails.tsx';
import { useCountryName, useDropUnknownCountry } from './country-names.ts';
import { EventDetails } from './EventDetails.tsx';
import { OffMapNote } from './OffMapNote.tsx';
import { PanelSelectContext } from './panel-select.ts';
import { PlaceDetails } from './PlaceDetails.tsx';
import { RelationDetails } from './RelationDetails.tsx';
import { RouteDetails } from './RouteDetails.tsx';
import { focusInPlace } from '../ui/in-place.ts';

export function DetailsPanel() {
  const selection = useAppStore((s) => s.selection);
  const unknown = useAppStore((s) => s.unknownSelection);
  const dataset = useAppStore((s) => s.citedDataset);
  if (!dataset) return null;
  if (selection) return <Panel selection={selection} dataset={dataset} />;
  return unknown && <Panel selection={unknown} dataset={dataset} unknown />;
}

function Panel({
  selection,
  dataset,
  unknown = false,
}: {
  selection: Selection;
  dataset: CitedIndexedDataset;
  /** The address named it and the data lacks it (the store's unknownSelection). */
  unknown?: boolean;
}) {
  const select = useAppStore((s) => s.select);
  const focusRequested = useAppStore((s) => s.focusDetails);
  const detailsFocused = useAppStore((s) => s.detailsFocused);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const close = useCallback(() => select(null), [select]);
  const dropUnknown = useAppStore((s) => s.dropUnknownSelection);
  useDropUnknownCountry(dataset, selection, dropUnknown);
  const [expanded, setExpanded] = useState(false);
  const swipe = useSwipeToExpand(setExpanded);

  // An entry chosen in the panel is flown to on the map: the sheet makes room for it again.
  const selectFromPanel = useCallback(
    (next: Selection) => {
      setExpanded(false);
      select(next, { fly: true, focusDetails: true });
    },
    [select],
  );
  // The button pressed is gone with the old details (or with the table, the sources, the drawer
  // it was in): carry focus to the new heading.
  useEffect(() => {
    if (!focusRequested) return;
    focusInPlace(heading.current);
    detailsFocused();
  }, [focusRequested, detailsFocused]);

  // A new entry opens at its top: the body kept the last one's scroll, and a tie chosen after
  // reading the last one's quote opened past its parties and its date.
  useLayoutEffect(() => {
    body.current?.scrollTo(0, 0);
  }, [selection.kind, selection.id]);

  const { kindLabel, title, body: content } = useContent(dataset, selection, unknown);
  return (
    <aside className="details-panel" aria-labelledby={headingId} data-expanded={expanded}>
      <header className="details-head" {...swipe}>
        {/* A phone's sheet only (styles.css): its handle, which a tap or a swipe on the head moves. */}
        <button
          type="button"
          className="details-grabber"
          aria-label="Expand the details"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        />
        <div className="details-titles">
          <p className="details-kind">{kindLabel}</p>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" className="button details-close" aria-label="Close details" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="details-body" ref={body}>
        {!unknown && <OffMapNote dataset={dataset} selection={selection} />}
        <PanelSelectContext.Provider value={selectFromPanel}>{content}</PanelSelectContext.Provider>
      </div>
    </aside>
  );
}

type Content = { kindLabel: string; title: string; body: ReactNode };

function useContent(d: CitedIndexedDataset, s: Selection, unknown: boolean): Content {
  const countryName = useCountryName(d, s.kind === 'country' || s.kind === 'actor' ? s.id : null);
  const layerName = (id: LayerId) => d.layerById.get(id)?.name ?? id;
  switch (unknown ? null : s.kind) {
    case 'relation': {
      const r = d.relationById.get(s.id);
      if (!r) break;
      return {
        kindLabel: `Relation · ${layerName(r.layer)}`,
        title: relationTitle(d, r),
        body: <RelationDetails dataset={d} relation={r} />,
      };
    }
    case 'event': {
      const e = d.eventById.get(s.id);
      if (!e) break;
      return {
        kindLabel: `Event · ${layerName(e.layer)}`,
        title: e.title,
        body: <EventDetails dataset={d} event={e} />,
      };
    }
    case 'place': {
      const p = d.placeById.get(s.id);
      if (!p) break;
      return { kindLabel: 'Place', title: p.properties.name, body: <PlaceDetails dataset={d} place={p} /> };
    }
    case 'route': {
      const r = d.routeById.get(s.id);
      if (!r) break;
      return {
        kindLabel: `Route · ${layerName(r.properties.layer)}`,
        title: r.properties.name,
        body: <RouteDetails dataset={d} route={r} />,
      };
    }
    case 'actor':
    case 'country': {
      const actor = d.actorById.get(s.id);
      if (s.kind === 'actor' && !actor) break;
      return {
        kindLabel: actor && actor.kind !== 'country' ? 'Actor' : 'Country',
        title: countryName,
        body: <ActorDetails dataset={d} id={s.id} name={countryName} />,
      };
    }
  }
  return {
    kindLabel: 'Not found',
    title: 'Nothing to show',
    body: (
      <p className="details-note">
        The link names “{selectionKey(s)}”, which the data does not have: it may have been renamed or removed.
      </p>
    ),
  };
}

/** Swiping a phone's sheet by its head: up expands it over the map, down gives the map back. */
function useSwipeToExpand(setExpanded: (expanded: boolean) => void) {
  const start = useRef<number | null>(null);
  return {
    onTouchStart: (e: TouchEvent) => {
      start.current = e.touches[0]?.clientY ?? null;
    },
    onTouchEnd: (e: TouchEvent) => {
      const end = e.changedTouches[0]?.clientY;
      if (start.current === null || end === undefined) return;
      const moved = end - start.current;
      start.current = null;
      if (Math.abs(moved) > SWIPE_PX) setExpanded(moved < 0);
    },
  };
}

/** How far a finger moves on the head for a swipe, not a tap. */
const SWIPE_PX = 30;
