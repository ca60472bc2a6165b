/** A button in the details that chooses an entry; pointing at it lights the entry on the map (ui/pointing.ts). */
import type { ReactNode } from 'react';
import type { Selection } from '../state/url.ts';
import { PointingButton } from '../ui/PointingButton.tsx';
import { usePanelSelect } from './panel-select.ts';

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
  return (
    <PointingButton selection={selection} className={className} onClick={() => select(selection)}>
      {children}
    </PointingButton>
  );
}
