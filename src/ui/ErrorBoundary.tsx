/**
 * Keeps a failure inside one panel: if anything below it throws while rendering, the region
 * shows a plain message and a "Try again" button instead, and the rest of the page goes on
 * working. React itself reports the caught error to the console, so this does not log again.
 * "Try again" renders the panel afresh; for a part whose code could not be downloaded (the
 * connection dropped, lazy-part.ts) that asks for the code again, and the part then shows in
 * place with the reader's state as it was (ui/PartSlot.tsx puts a part in such a boundary). The
 * map's code is offered a reload instead: it is asked for once, as the page starts
 * (map/map-view-loading.ts), so only a new page load asks again.
 */
import { Component, type ReactNode } from 'react';
import { failureShown, isPartDownloadFailure } from './lazy-part.ts';

export type ErrorBoundaryProps = {
  children: ReactNode;
  /** Classes that put the message where the failed part lies (its own styles then replace the plain ones). */
  fallbackClassName?: string;
  /** A value whose change (another entry chosen, another chapter) asks again for code that failed to come. */
  retryOn?: unknown;
  /** Called when the reader asks again for code that failed to come: where the focus goes back, say. */
  onRetry?: () => void;
};
type State = { error: unknown; failed: boolean; retryOn: unknown };

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, failed: false, retryOn: this.props.retryOn };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.retryOn === state.retryOn) return null;
    const retry = state.failed && isPartDownloadFailure(state.error);
    return retry ? { retryOn: props.retryOn, error: null, failed: false } : { retryOn: props.retryOn };
  }

  componentDidCatch(error: unknown) {
    failureShown(error);
  }

  private readonly reset = () => this.setState({ error: null, failed: false });

  private readonly retryDownload = () => {
    this.reset();
    this.props.onRetry?.();
  };

  /** What to say and to offer: a new attempt wherever one can succeed, else a reload. */
  private offer(error: unknown) {
    if (!isFailedDownload(error))
      return { message: `This panel failed to load: ${messageOf(error)}`, action: 'Try again', onAction: this.reset };
    const message = 'This panel could not be downloaded: the connection may have dropped.';
    if (isPartDownloadFailure(error)) return { message, action: 'Try again', onAction: this.retryDownload };
    return { message, action: 'Reload the page', onAction: () => location.reload() };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { message, action, onAction } = this.offer(this.state.error);
    return (
      <div
        className={`panel-error ${this.props.fallbackClassName ?? ''}`.trim()}
        role="alert"
        style={this.props.fallbackClassName ? undefined : FALLBACK_STYLE}
      >
        <p style={{ margin: '0 0 0.5rem' }}>{message}</p>
        <button type="button" className="button" onClick={onAction}>
          {action}
        </button>
      </div>
    );
  }
}

/** Readable wherever it lands: a header slot, a grid column, over the map. */
const FALLBACK_STYLE = {
  position: 'relative',
  zIndex: 3,
  maxWidth: '24rem',
  padding: '0.5rem 0.75rem',
  overflowWrap: 'anywhere',
  background: 'var(--bg)',
  color: 'var(--fg)',
} as const;

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || 'an unknown error';
}

/** A dynamic import that failed to fetch, as Chromium, Firefox and Safari word it. */
function isFailedDownload(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|importing a module script/i.test(error.message);
}
