/** A button that stands for an entry: pointing at it lights the entry on the map (pointing.ts). */
import type { ReactNode } from 'react';
import type { Selection } from '../state/url.ts';
import { usePointing } from './pointing.ts';

export function PointingButton({
  selection,
  className,
  current,
  onClick,
  children,
}: {
  selection: Selection;
  className: string;
  /** The entry is the one chosen (aria-current). */
  current?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const pointing = usePointing(selection);
  return (
    <button
      type="button"
      className={className}
      aria-current={current ? 'true' : undefined}
      onClick={onClick}
      {...pointing}
    >
      {children}
    </button>
  );
}
