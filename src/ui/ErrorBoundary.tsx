/**
 * Keeps a failure inside one panel: if anything below it throws while rendering, the region
 * shows a plain message and a "Try again" button instead, and the rest of the page goes on
 * working. React itself reports the caught error to the console, so this does not log again.
 * A panel whose code could not be downloaded (the connection dropped) is offered a reload
 * instead: the browser keeps a failed import's outcome, so only a new page load fetches it
 * again, and the address keeps the view.
 */
import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** Classes that put the message where the failed part lies (its own styles then replace the plain ones). */
  fallbackClassName?: string;
};
type State = { error: unknown; failed: boolean };

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  private readonly reset = () => this.setState({ error: null, failed: false });

  render() {
    if (!this.state.failed) return this.props.children;
    const { message, action, onAction } = isFailedDownload(this.state.error)
      ? {
          message: 'This panel could not be downloaded: the connection may have dropped.',
          action: 'Reload the page',
          onAction: () => location.reload(),
        }
      : {
          message: `This panel failed to load: ${messageOf(this.state.error)}`,
          action: 'Try again',
          onAction: this.reset,
        };
    return (
      <div
        className={`panel-error ${this.props.fallbackClassName ?? ''}`.trim()}
        role="alert"
        style={this.props.fallbackClassName ? undefined : FALLBACK_STYLE}
      >
        <p style={{ margin: '0 0 0.5rem' }}>{message}</p>
        <button type="button" onClick={onAction}>
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
