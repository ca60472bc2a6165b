/** The seed texts, loaded on first use only (they are not needed until a passage is opened). */
import { useEffect, useState } from 'react';
import { fetchSourceTexts, type SourceTexts } from '../data/dataset.ts';

export type SourceTextsState = { texts: SourceTexts | null; error: string | null };

export function useSourceTexts(enabled: boolean): SourceTextsState {
  const [state, setState] = useState<SourceTextsState>({ texts: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    fetchSourceTexts()
      .then((texts) => live && setState({ texts, error: null }))
      .catch((e: unknown) => live && setState({ texts: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
