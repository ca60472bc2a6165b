/**
 * Everything the map shows now as a list of buttons: the keyboard's way to reach and select the
 * map's features (a canvas has no focusable parts), and a screen reader's overview.
 *
 * The buttons are built only while the list is open: closed, as it starts, it counts the entries
 * and nothing more. Built on every step of the timeline, they took a tenth of a second at 100×
 * the data, before the map could start on the new year.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store.ts';
import { relationTitle, sharedAnchorName, visibleEntries, type VisibleEntries } from '../data/visible.ts';
import { formatDate } from '../data/time.ts';
import type { IndexedDataset } from '../data/dataset.ts';
import type { Selection } from '../state/url.ts';
import { PointingButton } from '../ui/PointingButton.tsx';
import { SpokenStatus } from '../ui/SpokenStatus.tsx';

export function InViewList() {
  const { dataset, layers, time } = useAppStore(
    useShallow((s) => ({ dataset: s.dataset, layers: s.layers, time: s.time })),
  );
  const [open, setOpen] = useState(false);
  const visible = useMemo(() => dataset && visibleEntries(dataset, layers, time), [dataset, layers, time]);
  if (!dataset || !visible) return null;
  const count = visible.relations.length + visible.routes.length + visible.events.length;
  return (
    <details className="in-view" onToggle={(e) => setOpen(e.currentTarget.open)}>
      {/* The click (Enter or Space on the summary too) builds the buttons at once: `toggle` comes
          a task later, after a keyboard user's next Tab, which would then skip the list. */}
      <summary onClick={(e) => setOpen(!(e.currentTarget.parentElement as HTMLDetailsElement).open)}>
        On the map now ({count})
      </summary>
      {open && <InViewButtons dataset={dataset} visible={visible} />}
    </details>
  );
}

function InViewButtons({ dataset, visible }: { dataset: IndexedDataset; visible: VisibleEntries }) {
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  // Beside the map the focus stays in the list, to go on through it; a screen reader had heard
  // nothing of the details that opened. They are said in a status. The entry chosen again (Enter
  // twice) takes the focus to its details: from the list's top, they were 49 Tabs away.
  const [opened, setOpened] = useState('');
  // The entry chosen grows a line, and the legend above the list a row: the focus, kept in the
  // list, was pushed below a laptop's window. It is brought back in sight.
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (list.current?.contains(focused)) focused!.scrollIntoView({ block: 'nearest' });
  }, [selection]);
  const choose = (sel: Selection, text: string, again: boolean) => {
    // Open only as a drawer (below a laptop's width), which would cover the details: close it, and
    // take the focus (on a button the drawer hides) to the details.
    const inDrawer = useAppStore.getState().panelOpen;
    select(sel, { fly: true, focusDetails: inDrawer || again });
    if (inDrawer) setPanelOpen(false);
    else setOpened(`Details shown: ${text}. Choose it again to read them.`);
  };
  const items = useMemo(
    () => [
      ...visible.relations.map((r) => {
        const at = sharedAnchorName(dataset, r);
        return {
          sel: { kind: 'relation', id: r.id } as Selection,
          text: `${relationTitle(dataset, r)}${at ? ` (no line: both at ${at})` : ''}`,
        };
      }),
      ...visible.routes.map((r) => ({
        sel: { kind: 'route', id: r.id } as Selection,
        text: `Route: ${r.properties.name}`,
      })),
      ...visible.events.map((e) => ({
        sel: { kind: 'event', id: e.id } as Selection,
        text: `${formatDate(e.date)}: ${e.title}`,
      })),
    ],
    [dataset, visible],
  );
  return (
    <>
      <ul ref={list}>
        {items.map(({ sel, text }) => {
          const current = selection?.kind === sel.kind && selection.id === sel.id;
          return (
            <li key={`${sel.kind}:${sel.id}`}>
              <PointingButton
                selection={sel}
                className="button"
                current={current}
                onClick={() => choose(sel, text, current)}
              >
                {text}
              </PointingButton>
            </li>
          );
        })}
      </ul>
      {/* Closed, the details it told of are gone, and so is the status. */}
      <SpokenStatus text={selection ? opened : ''} />
    </>
  );
}
