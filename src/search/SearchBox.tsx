/**
 * "Search the map": an ARIA 1.2 combobox with a list of suggestions (countries, organisations,
 * places, relations, events, routes). The first suggestion is highlighted as one types, so
 * Enter opens the best match; arrows move, Escape closes, then clears. Focus stays in the input
 * while choosing (aria-activedescendant); the choice opens the entry on the map and takes the focus
 * to its details, which puts a phone's keyboard away and spares a keyboard user the Tabs there.
 * The index and its matching load apart (search-index.ts, a chunk of its own), on the box's hover
 * or focus or once the map is drawn: the first view needs only the box.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../state/store.ts';
import { lazyPart, preload } from '../ui/lazy-part.ts';
import { useLazyPart } from '../ui/useLazyPart.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { usePointingAt } from '../ui/pointing.ts';
import { SettledStatus } from '../ui/SpokenStatus.tsx';
import type { Suggestion } from './search-index.ts';
import './search.css';
import { focusInPlace } from '../ui/in-place.ts';

const LISTBOX_ID = 'search-suggestions';
const optionId = (i: number) => `search-suggestion-${i}`;
const searchIndex = lazyPart(() => import('./search-index.ts'));

export function SearchBox() {
  const dataset = useAppStore((s) => s.dataset);
  const select = useAppStore((s) => s.select);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The text Enter was pressed on before the index came, if the reader has not typed on since.
  const enteredEarly = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const engine = useLazyPart(searchIndex, false);
  const index = useMemo(() => (dataset && engine ? engine.buildSearchIndex(dataset) : null), [dataset, engine]);
  const suggestions = useMemo(() => (engine && index ? engine.search(index, text) : []), [engine, index, text]);
  const expanded = open && suggestions.length > 0;
  // The suggestion Enter would open is lit on the map (ui/pointing.ts): the reader sees where it is first.
  usePointingAt(expanded ? (suggestions[active] ?? null) : null);
  // Not while the index loads: that is no answer yet.
  const noMatches = open && index !== null && text.trim() !== '' && suggestions.length === 0;

  const choose = (s: Suggestion) => {
    select({ kind: s.kind, id: s.id }, { fly: true, focusDetails: true, onMap: true });
    setText('');
    setOpen(false);
  };

  // Enter typed before the index came (a slow connection, right after the map appears) still
  // opens the best match, once the index is there. A failed download shows in the error boundary.
  const chooseOnceLoaded = (typed: string) => {
    enteredEarly.current = typed;
    const chooseBest = (loaded: NonNullable<typeof engine>) => {
      if (enteredEarly.current !== typed || !dataset) return;
      enteredEarly.current = null;
      const best = loaded.search(loaded.buildSearchIndex(dataset), typed)[0];
      if (best) choose(best);
    };
    searchIndex.load().then(chooseBest, () => {});
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = suggestions.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        // Alt+Down only opens the list (APG); a closed list opens on its first or last option.
        if (!expanded) setActive(step === 1 ? 0 : n - 1);
        else if (!e.altKey) setActive((active + step + n) % n);
        setOpen(true);
        return;
      }
      case 'Enter':
        if (expanded && suggestions[active]) {
          e.preventDefault();
          choose(suggestions[active]);
        } else if (!index && text.trim() !== '') {
          e.preventDefault();
          chooseOnceLoaded(text);
        }
        return;
      case 'Escape':
        e.preventDefault();
        enteredEarly.current = null;
        if (expanded || noMatches) setOpen(false);
        else setText('');
        return;
    }
  };

  return (
    <div className="search-box">
      <label htmlFor="search-input" className="visually-hidden">
        Search the map
      </label>
      <input
        ref={input}
        id="search-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        disabled={!dataset}
        placeholder={dataset ? 'Country, place, event…' : 'Loading…'}
        value={text}
        onChange={(e) => {
          enteredEarly.current = null;
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onPointerEnter={() => preload(searchIndex)}
        onFocus={() => preload(searchIndex)}
      />
      <ul id={LISTBOX_ID} role="listbox" aria-label="Suggestions" className="search-listbox" hidden={!expanded}>
        {expanded &&
          suggestions.map((s, i) => (
            <li
              key={`${s.kind}:${s.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // Keeps focus in the input, so the click lands before the blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => choose(s)}
            >
              <span className="search-label">{s.label}</span>{' '}
              {/* Two entries of one title (an event held twice, say) are told apart by their dates. */}
              <span className="search-type">{s.hint ? `${s.type}, ${s.hint}` : s.type}</span>
            </li>
          ))}
      </ul>
      {text !== '' && !engine && (
        // Asks for the index as one types; if it cannot come, says so below the box, which keeps the
        // text. "Try again" takes the reader back to it, to see the suggestions once they come.
        <PartSlot
          part={searchIndex}
          fallbackClassName="search-error"
          onRetry={() => {
            focusInPlace(input.current);
            setOpen(true);
          }}
        />
      )}
      {noMatches && (
        <p className="search-none" aria-hidden="true">
          No matches
        </p>
      )}
      <SettledStatus
        text={
          expanded
            ? `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}`
            : noMatches
              ? 'No matches'
              : ''
        }
      />
    </div>
  );
}
