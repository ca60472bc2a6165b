/**
 * The Sources view: the five documents with their full references, and under each every
 * entry that cites it. Choosing an entry selects it and goes back to the map.
 */
import { useId, useRef } from 'react';
import type { CitedIndexedDataset } from '../data/dataset.ts';
import type { SeedEntry } from '../data/schema.ts';
import { formatDate, formatPeriod } from '../data/time.ts';
import { relationTitle } from '../data/visible.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { useScrollToLastChosen } from '../ui/last-chosen.ts';
import { eventDate } from '../details/entry-links.ts';
import { citedByLine, entriesCiting } from './citing.ts';
import { joinAuthors, needsSuppliedNote } from './reference.ts';
import './sources.css';

type Item = { selection: Selection; label: string; meta: string };

export function SourcesView() {
  const dataset = useAppStore((s) => s.citedDataset);
  const headingId = useId();
  const page = useRef<HTMLElement>(null);
  useScrollToLastChosen('sources', page, dataset !== null);
  if (!dataset) return null;
  return (
    <section ref={page} className="view-page sources-view" aria-labelledby={headingId}>
      <div className="sources-column">
        {/* Focusable by script: after "Try again" for the view's code, the focus comes here (VIEW_SLOT in App.tsx). */}
        <h2 id={headingId} tabIndex={-1}>
          Sources
        </h2>
        <p className="sources-intro">
          Every entry on the map quotes one of these {dataset.seeds.length} documents word for word. Under each document
          are the entries that cite it; choose one to see it on the map.
        </p>
        <ol className="source-list">
          {dataset.seeds.map((seed) => (
            <SourceItem key={seed.id} dataset={dataset} seed={seed} />
          ))}
        </ol>
      </div>
    </section>
  );
}

function SourceItem({ dataset, seed }: { dataset: CitedIndexedDataset; seed: SeedEntry }) {
  const headingId = useId();
  const { relations, events, routes } = entriesCiting(dataset, seed.id);
  const groups: { name: string; items: Item[] }[] = [
    {
      name: 'Relations',
      items: relations.map((r) => ({
        selection: { kind: 'relation', id: r.id },
        label: relationTitle(dataset, r),
        meta: formatPeriod(r.period),
      })),
    },
    {
      name: 'Events',
      items: [...events]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => ({ selection: { kind: 'event', id: e.id }, label: e.title, meta: eventDate(e) })),
    },
    {
      name: 'Routes',
      items: routes.map((r) => ({
        selection: { kind: 'route', id: String(r.id) },
        label: r.properties.name,
        meta: formatPeriod(r.properties.period),
      })),
    },
  ];
  return (
    <li className="source-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {seed.title}
          {needsSuppliedNote(seed) && <span className="source-supplied"> (title supplied by the catalogue)</span>}
        </h3>
        <dl className="source-facts">
          <div>
            <dt>{seed.authors.length > 1 ? 'Authors' : 'Author'}</dt>
            <dd>{seed.authors.length > 0 ? joinAuthors(seed.authors) : 'Not named'}</dd>
          </div>
          <div>
            <dt>Outlet</dt>
            <dd>{seed.outlet ?? 'Not named'}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{seed.kind}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>{seed.published ? formatDate(seed.published) : 'Undated'}</dd>
          </div>
        </dl>
        {seed.note && <p className="source-note">{seed.note}</p>}
        <p className="source-count">{citedByLine({ relations, events, routes })}</p>
        {groups.map((g) => g.items.length > 0 && <CitingList key={g.name} seedId={seed.id} {...g} />)}
      </article>
    </li>
  );
}

function CitingList({ seedId, name, items }: { seedId: string; name: string; items: Item[] }) {
  const select = useAppStore((s) => s.select);
  const chosen = useAppStore((s) => s.lastChosen.sources);
  const setLastChosen = useAppStore((s) => s.setLastChosen);
  return (
    <>
      <h4 className="citing-heading">
        {name} ({items.length})
      </h4>
      <ul className="citing-list">
        {items.map((item) => {
          // An entry may cite several documents: the key is the one under this document.
          const key = `${seedId}|${item.selection.kind}:${item.selection.id}`;
          return (
            <li key={item.selection.id}>
              <button
                type="button"
                className={`button entry-button citing-button${key === chosen ? ' last-chosen' : ''}`}
                data-key={key}
                onClick={() => {
                  setLastChosen('sources', key);
                  // The sources go away with the choice: the focus goes to the entry's details.
                  select(item.selection, { fly: true, focusDetails: true, onMap: true });
                }}
              >
                <span className="entry-label">{item.label}</span>
                <span className="entry-meta">{item.meta}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
