/**
 * The one subscriber that writes the address bar. Discrete steps a reader may want to go back
 * to (a selection, a change of view, presenting, a tour chapter) push a history entry; continuous
 * ones (panning, the time slider, layer toggles) replace the current entry. Back and forward
 * re-apply the address, camera included (the store's applyUrlState); the map's moves to it
 * write nothing back.
 */
import { useAppStore, urlStateOf } from './store.ts';
import { parseUrl, serializeUrl } from './url.ts';

export function startUrlSync(): () => void {
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const { pathname, hash, href, origin } = window.location;
    const url = `${pathname}${serializeUrl(urlStateOf(state))}${hash}`;
    // Compared with the whole address, not `search`: that reads "" for a bare "?", which stayed
    // in the address and in every link and citation taken from it.
    if (url === href.slice(origin.length)) return;
    // A correction (a tour chapter applied to the address that named it) never adds a step.
    const discrete =
      state.addressCorrection === previous.addressCorrection &&
      (state.selection?.id !== previous.selection?.id ||
        state.selection?.kind !== previous.selection?.kind ||
        state.view !== previous.view ||
        state.present !== previous.present ||
        state.chapter !== previous.chapter);
    // An embed never pushes: its entries would join the host page's history, and Back would step
    // through the reader's clicks in the frame instead of leaving the page.
    if (discrete && !state.embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () => useAppStore.getState().applyUrlState(parseUrl(window.location.search));
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
