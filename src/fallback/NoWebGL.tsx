/**
 * What the map area shows when the browser has no WebGL: a plain explanation, ways to the table
 * and the sources (which need no WebGL), and a static map of the reader's view. The opening
 * view's and each tour chapter's are drawn at build time (scripts/build-static-maps.ts); once the
 * reader chooses other layers, years or an entry, the page draws that view itself with the same
 * renderer (draw-static-map.ts). The picture is placed in the page, so the page's stylesheet
 * recolours it for the dark theme.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useAppStore } from '../state/store.ts';
import type { Theme } from '../map/theme.ts';
import { loadStaticPicture, parseSvg, type StaticPicture } from './static-picture.ts';
import { builtChoice, sameChoice } from './static-map/views.ts';
import { afterNextPaint } from '../ui/after-next-paint.ts';
import { drawStaticMap } from './draw-static-map.ts';
import { pointedSelector } from './static-map/pointed.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import './fallback.css';

type Loaded = { key: string } & ({ picture: StaticPicture } | { error: string });

export function NoWebGL({ theme }: { theme: Theme }) {
  const request = usePictureRequest();
  const setView = useAppStore((s) => s.setView);
  // The button pressed goes with the map's area, hidden: the focus follows to the page opened.
  const open = (view: 'table' | 'sources') => {
    setView(view);
    focusOnArrival('.view-page h2');
  };
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // While the next picture is drawn the last one stays (a year's step, a layer ticked), marked busy.
  const [shown, setShown] = useState<StaticPicture | null>(null);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const cancel = new AbortController();
    const { key, load } = request;
    const { signal } = cancel;
    load(signal)
      .then((picture) => {
        if (signal.aborted) return;
        setLoaded({ key, picture });
        setShown(picture);
      })
      .catch((e: unknown) => !signal.aborted && setLoaded({ key, error: e instanceof Error ? e.message : String(e) }));
    return () => cancel.abort();
  }, [request]);

  const current = loaded?.key === request.key ? loaded : null;
  useEffect(() => {
    if (shown && host.current) host.current.replaceChildren(shown.svg);
  }, [shown]);
  useLightPointedEntry(host, shown);

  return (
    <section className="no-webgl" aria-labelledby="no-webgl-title">
      <div className="no-webgl-message">
        {/* Focusable by script: after "Try again" for this code, the focus comes here (App.tsx). */}
        <h2 id="no-webgl-title" tabIndex={-1}>
          The interactive map cannot be shown
        </h2>
        <p>
          Your browser has WebGL turned off or unavailable, so the interactive map cannot be drawn. Here is a static map
          of this view, the table and the sources.
        </p>
        <div className="no-webgl-actions">
          <button type="button" className="button" onClick={() => open('table')}>
            Open the table
          </button>
          <button type="button" className="button" onClick={() => open('sources')}>
            Open the sources
          </button>
        </div>
      </div>
      <div
        ref={host}
        className="static-map"
        hidden={!shown}
        aria-busy={shown !== null && !current}
        style={themeVariables(theme)}
      />
      {!current && !shown && <p className="static-map-note">Loading the static map…</p>}
      {current && 'error' in current && (
        <p className="static-map-note" role="alert">
          The static map could not be {request.drawn ? 'drawn' : 'loaded'}: {current.error}
        </p>
      )}
      {shown && !(current && 'error' in current) && <PictureNote picture={shown} />}
    </section>
  );
}

/** Lights in the picture the entry pointed at in a list (ui/pointing.ts), as the live map does. */
function useLightPointedEntry(host: RefObject<HTMLDivElement | null>, shown: StaticPicture | null) {
  const pointedAt = useAppStore((s) => s.pointedAt);
  const dataset = useAppStore((s) => s.dataset);
  useEffect(() => {
    const selector = dataset && pointedSelector(pointedAt, dataset);
    const parts = selector && shown && host.current ? [...host.current.querySelectorAll(selector)] : [];
    parts.forEach((part) => part.classList.add('pointed'));
    return () => parts.forEach((part) => part.classList.remove('pointed'));
  }, [host, shown, pointedAt, dataset]);
}

/** What the picture shows and where it comes from, with a link to open it on its own. */
function PictureNote({ picture }: { picture: StaticPicture }) {
  const href = useStandaloneAddress(picture);
  const drawn = 'markup' in picture;
  return (
    <p className="static-map-note">
      {drawn
        ? 'The static map shows your view, with the layers, years and entry you chose, drawn in this browser from the same data.'
        : `The static map shows ${picture.isChapter ? picture.title : 'the opening view'}, drawn in advance from the same data; the layers, years and entries you choose redraw it.`}
      {href && (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener">
            Open the static map on its own
          </a>{' '}
          to zoom in.
        </>
      )}
    </p>
  );
}

/**
 * The address at which the picture opens on its own: its file's, or for a picture drawn in the
 * page a blob: address of its markup, revoked once another picture replaces it (a tab already
 * opened keeps what it read).
 */
function useStandaloneAddress(picture: StaticPicture): string | null {
  const markup = 'markup' in picture ? picture.markup : null;
  const [blob, setBlob] = useState<{ markup: string; url: string } | null>(null);
  useEffect(() => {
    if (markup === null) return;
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    // The address is made and freed here, with the picture it names: made during render, it
    // would not be freed when React drops a render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBlob({ markup, url });
    return () => URL.revokeObjectURL(url);
  }, [markup]);
  if ('url' in picture) return picture.url;
  return blob?.markup === markup ? blob.url : null;
}

type PictureRequest = { key: string; drawn: boolean; load: (signal: AbortSignal) => Promise<StaticPicture> };

/**
 * The picture for the reader's view: the build's, for the tour chapter open or the opening view,
 * while the reader's layers, years and entry are its own; else the reader's view, drawn here.
 */
function usePictureRequest(): PictureRequest {
  const chapter = useAppStore((s) => s.chapter);
  const dataset = useAppStore((s) => s.dataset);
  const layers = useAppStore((s) => s.layers);
  const time = useAppStore((s) => s.time);
  const selection = useAppStore((s) => s.selection);
  // One request per built picture, whatever else changes, so that it is loaded once.
  const built = useMemo(
    (): PictureRequest => ({ key: `built:${chapter}`, drawn: false, load: () => loadStaticPicture(chapter) }),
    [chapter],
  );
  const drawn = useMemo((): PictureRequest | null => {
    const choice = { layers, time, selection };
    if (!dataset || sameChoice(builtChoice(dataset.tour, chapter), choice)) return null;
    return {
      key: `drawn:${JSON.stringify([chapter, layers, time, selection])}`,
      drawn: true,
      load: async (signal): Promise<StaticPicture> => {
        // A view that lasts less than a frame is not drawn: the chapter in the address, applied
        // just after the data comes, or the years a dragged slider passes.
        await new Promise((resolve) => afterNextPaint(() => resolve(null)));
        signal.throwIfAborted();
        const markup = await drawStaticMap(dataset, chapter, choice, signal);
        return { title: 'Your view', isChapter: false, markup, svg: parseSvg(markup) };
      },
    };
  }, [dataset, chapter, layers, time, selection]);
  return drawn ?? built;
}

/** The theme's colours as CSS variables, which fallback.css applies to the picture's parts. */
function themeVariables(theme: Theme): CSSProperties {
  const entries: [string, string][] = [
    ['sea', theme.sea],
    ['land', theme.land],
    ['coastline', theme.coastline],
    ['border', theme.border],
    ['label', theme.label],
    ['halo', theme.labelHalo],
    ['russia', theme.russia],
    ['china', theme.china],
    ['other', theme.other],
    ['event', theme.event],
    ['place', theme.place],
    ['selection', theme.selection],
    ...theme.involvement.map((colour, i): [string, string] => [`shade-${i}`, colour]),
  ];
  return Object.fromEntries(entries.map(([name, value]) => [`--sm-${name}`, value])) as CSSProperties;
}
