/** A button in the details that chooses an entry; pointing at it lights the entry on the map (pointing.ts). */
import type { ReactNode } from 'react';
import type { Selection } from '../state/url.ts';
import { usePanelSelect } from './panel-select.ts';
import { usePointing } from '../ui/pointing.ts';

export function SelectButton({
  selection,
  className = 'link-button',
  children,
}: {
  selection: Selection;
  className?: string;
  children: ReactNode;
}) {
  const select = usePanelSelect();
  const pointing = usePointing(selection);
  return (
    <button type="button" className={className} onClick={() => select(selection)} {...pointing}>
      {children}
    </button>
  );
}
