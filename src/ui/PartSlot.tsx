/**
 * A part whose code loads apart (lazy-part.ts), in its place on the page: `placeholder` (nothing
 * by default) until its code is here, then `render(module)` (nothing without `render`: the slot
 * then only asks for the code). Code that could not come says so in that place, through the
 * ErrorBoundary, whose props this takes: where the message lies, what asks again, where the focus
 * goes after "Try again".
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type ErrorBoundaryProps } from './ErrorBoundary.tsx';
import type { LazyPart } from './lazy-part.ts';
import { useLazyPart } from './useLazyPart.ts';

type Loaded<M> = {
  part: LazyPart<M>;
  render?: (module: M) => ReactNode;
  placeholder?: ReactNode;
};

export function PartSlot<M>(props: Loaded<M> & Omit<ErrorBoundaryProps, 'children'>) {
  // Each takes what it needs from the same props.
  return (
    <ErrorBoundary {...props}>
      <LoadedPart {...props} />
    </ErrorBoundary>
  );
}

/** The part once its code is here; throws to the error boundary if it cannot come. */
function LoadedPart<M>({ part, render, placeholder }: Loaded<M>) {
  const loaded = useLazyPart(part, true);
  return loaded ? render?.(loaded) : placeholder;
}
