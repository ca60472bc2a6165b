/**
 * Everything the map shows now as a list of buttons: the keyboard's way to reach and select the
 * map's features (a canvas has no focusable parts), and a screen reader's overview.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store.ts';
import { relationTitle, visibleEntries } from '../data/visible.ts';
import { formatDate } from '../data/time.ts';
import type { Selection } from '../state/url.ts';

export function InViewList() {
  const { dataset, layers, time, selection, select } = useAppStore();
  const items = useMemo(() => {
    if (!dataset) return [];
    const v = visibleEntries(dataset, layers, time);
    return [
      ...v.relations.map((r) => ({
        sel: { kind: 'relation', id: r.id } as Selection,
        text: relationTitle(dataset, r),
      })),
      ...v.routes.map((r) => ({ sel: { kind: 'route', id: r.id } as Selection, text: `Route: ${r.properties.name}` })),
      ...v.events.map((e) => ({
        sel: { kind: 'event', id: e.id } as Selection,
        text: `${formatDate(e.date)}: ${e.title}`,
      })),
    ];
  }, [dataset, layers, time]);
  if (!dataset) return null;
  return (
    <details className="in-view">
      <summary>On the map now ({items.length})</summary>
      <ul>
        {items.map(({ sel, text }) => (
          <li key={`${sel.kind}:${sel.id}`}>
            <button
              type="button"
              className="button"
              aria-current={selection?.kind === sel.kind && selection.id === sel.id ? 'true' : undefined}
              onClick={() => select(sel, { fly: true })}
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
