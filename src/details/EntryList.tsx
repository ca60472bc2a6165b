/** A list of related entries, each a button that selects it (SelectButton); says so when there are none. */
import type { Selection } from '../state/url.ts';
import { SelectButton } from './SelectButton.tsx';

export type EntryLink = { selection: Selection; label: string; meta?: string };

export function EntryList({
  heading,
  entries,
  empty,
  countNote,
}: {
  heading: string;
  entries: EntryLink[];
  empty?: string;
  /** Said after the count: "(8, 4 on the map now)". */
  countNote?: string;
}) {
  if (entries.length === 0 && !empty) return null;
  return (
    <section className="details-section">
      <h3>
        {heading}{' '}
        <span className="count">
          ({entries.length}
          {countNote && `, ${countNote}`})
        </span>
      </h3>
      {entries.length === 0 ? (
        <p className="details-note">{empty}</p>
      ) : (
        <ul className="entry-list">
          {entries.map((e) => (
            <li key={`${e.selection.kind}:${e.selection.id}`}>
              <SelectButton selection={e.selection} className="button entry-button">
                <span className="entry-label">{e.label}</span>
                {e.meta && <span className="entry-meta">{e.meta}</span>}
              </SelectButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
