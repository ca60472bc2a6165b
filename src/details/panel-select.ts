/**
 * Selecting from inside the details panel. The button a reader pressed disappears with the old
 * details, so the panel moves focus to the new heading; this context tells it the selection
 * came from inside (a map click or a link should not pull focus into the panel).
 */
import { createContext, useContext } from 'react';
import type { Selection } from '../state/url.ts';

export const PanelSelectContext = createContext<(selection: Selection) => void>(() => {});

export const usePanelSelect = () => useContext(PanelSelectContext);
