/**
 * Closes a dialog that describes the view (Share & save's address, Cite this view's reference)
 * when Back or Forward changes the view under it. It kept the address it was opened on, and a
 * Copy then gave a link or a citation of a view no longer on screen. Android's Back, a mouse's
 * back button and Alt+Left all step the history with the dialog open.
 */
import { useEffect, type RefObject } from 'react';

export function useCloseOnHistoryStep(dialog: RefObject<HTMLDialogElement | null>) {
  useEffect(() => {
    const close = () => dialog.current?.open && dialog.current.close();
    window.addEventListener('popstate', close);
    return () => window.removeEventListener('popstate', close);
  }, [dialog]);
}
