/**
 * "Open full map": in an embed, the header's way out to the full app at the same view, in a new
 * tab so the host page stays where the reader left it. Renders nothing outside an embed.
 */
import { useAppStore, urlStateOf } from '../state/store.ts';
import { fullMapUrl } from './full-map-url.ts';
import './embed.css';

export function EmbedLink() {
  const href = useAppStore((s) => (s.embed ? fullMapUrl(urlStateOf(s), window.location.href) : null));
  if (!href) return null;
  return (
    // One name at every width; the narrowest frames show the short label (embed.css), where the
    // long one cut the title short.
    <a
      className="button embed-open"
      href={href}
      target="_blank"
      rel="noopener"
      aria-label="Open full map (opens in a new tab)"
    >
      <span className="embed-open-long">Open full map</span>
      <span className="embed-open-short">Full map</span>
    </a>
  );
}
