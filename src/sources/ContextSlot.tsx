/**
 * Where the "Read in context" dialog goes. Its code (ContextDialog.tsx, which finds the passage
 * in its document) is a chunk of its own, asked for when a passage is opened or when the browser
 * idles after the map is drawn (ui/lazy-part.ts). Once there it stays mounted; mounted with a
 * passage to show, it opens at once. Escape pressed while its code comes cancels the opening.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { lazyPart } from '../ui/lazy-part.ts';
import { useLazyPart } from '../ui/useLazyPart.ts';
import { takeEscape } from '../ui/take-escape.ts';
// Here, not in the chunk: loaded later, they would come after styles.css in the cascade and win over it.
import '../ui/dialog.css';
import './sources.css';

const contextDialog = lazyPart(() => import('./ContextDialog.tsx'));

export function ContextSlot() {
  const wanted = useAppStore((s) => s.contextCitation !== null);
  const loaded = useLazyPart(contextDialog, wanted);
  const opening = wanted && !loaded;
  useEffect(() => (opening ? takeEscape(() => useAppStore.getState().showInContext(null)) : undefined), [opening]);
  return loaded ? <loaded.ContextDialog /> : null;
}
