// First: starts the map engine's download (if the browser can draw it) before the rest runs.
import { mapViewLoading } from './map/map-view-loading.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/button.css';
// The page's own face (the map loads the same files for its labels): with the first styles, so
// the text does not change font when the map's code arrives, or without a map at all.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import { App } from './App.tsx';
import './styles.css';
// The printed page's rules (print.css) are linked from index.html, apart from these: the screen does not wait for them.
import { registerServiceWorker } from './offline/register.ts';
import { afterHeaderPainted } from './first-paint.ts';
import { preloadLazyParts } from './ui/lazy-part.ts';
import { focusInPlace } from './ui/in-place.ts';

/** One of index.html's own elements, which the app is mounted around. */
function staticElement(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`index.html has no ${selector}: the app mounts beside its static header`);
  return element;
}

afterHeaderPainted(() =>
  createRoot(staticElement('.app-body')).render(
    <StrictMode>
      <App header={staticElement('.app-header')} />
    </StrictMode>,
  ),
);

// The skip link (index.html) takes the focus to the main part, whose next Tab stop is the map,
// without writing "#main" into the address, which links to the view are copied from.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.tabIndex = -1;
  focusInPlace(main);
});

registerServiceWorker();
// The details, the tour card, the Cite and context dialogs' contents, the search index: asked for
// once the first view is drawn.
preloadLazyParts(mapViewLoading !== null);
