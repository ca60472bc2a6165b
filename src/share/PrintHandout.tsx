/**
 * Prints the classroom handout: takes an image of the map as it is now, lays the handout out
 * (hidden on screen, the only thing on paper), opens the browser's print dialog once the image
 * is ready, and removes itself when printing is over.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store.ts';
import { visibleEntries } from '../data/visible.ts';
import { legendModel } from '../legend/legend-model.ts';
import { apa } from '../cite/citation-formats.ts';
import { Handout, type HandoutProps } from './Handout.tsx';
import { handoutTheme, snapshotMapIn } from './current-view.ts';
import { mapSize } from '../map/snapshot.ts';
import { discussionQuestions, keyFacts } from './handout-content.ts';
import { seedsCited, versionLine, viewCaption } from './view-caption.ts';
import { focusOf } from '../map/focus.ts';
import { cropToDrawn } from './drawn-bounds.ts';

/** Wide enough to print sharp across an A4 page once cut to the globe: over 200 pixels an inch. */
const PRINT_MAP_WIDTH = 2400;
/** The room kept round the globe when the picture is cut to it (pixels of the picture). */
const GLOBE_MARGIN = 12;

export function PrintHandout({ onDone }: { onDone: () => void }) {
  const [props, setProps] = useState<HandoutProps | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    (async () => {
      const { citedDataset: d, layers, time, selection, chapter } = useAppStore.getState();
      if (!d) return;
      // Paper is white, whatever the screen's theme (a dark map printed as a black block), and the
      // picture prints shrunk to the page's map box: its names are sized for it.
      const theme = handoutTheme(mapSize());
      // Cut to what the map draws: the page round the globe need not take the paper's width.
      const snapshot = await snapshotMapIn(theme, PRINT_MAP_WIDTH);
      const canvas = snapshot && cropToDrawn(snapshot, GLOBE_MARGIN);
      const blob = canvas && (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')));
      if (cancelled) return;
      url = blob ? URL.createObjectURL(blob) : null;
      const visible = visibleEntries(d, layers, time);
      const now = new Date();
      setProps({
        caption: viewCaption(d, layers, time),
        version: versionLine(d, now),
        mapUrl: url,
        theme,
        legend: legendModel(d, layers, time, theme, focusOf({ selection, chapter, dataset: d })),
        facts: keyFacts(d, visible),
        chapters: discussionQuestions(d.tour),
        seeds: seedsCited(d, visible),
        citeAs: apa({
          url: window.location.href,
          version: d.version.version,
          versionDate: d.version.date,
          accessed: now,
        }),
      });
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, []);

  useEffect(() => {
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    return () => window.removeEventListener('afterprint', after);
  }, [onDone]);

  // Taking the picture redraws the map (sharper, without the tour card's padding, light for paper):
  // the reader sees this instead of the map changing, and knows the click was taken.
  if (!props)
    return (
      <div className="handout-preparing" role="status">
        Preparing the handout…
      </div>
    );
  return <Handout {...props} onReady={() => window.print()} />;
}
