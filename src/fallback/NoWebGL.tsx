/**
 * What the map area shows when the browser has no WebGL: a plain explanation, ways to the table
 * and the sources (which need no WebGL), and the static map of the opening view or of the tour
 * chapter in the address, drawn at build time (scripts/build-static-maps.ts). The picture is
 * placed in the page, so the page's stylesheet recolours it for the dark theme.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useAppStore } from '../state/store.ts';
import type { Theme } from '../map/theme.ts';
import { loadStaticPicture, type StaticPicture } from './static-picture.ts';
import './fallback.css';

type Loaded = { chapter: number | null } & ({ picture: StaticPicture } | { error: string });

export function NoWebGL({ theme }: { theme: Theme }) {
  const chapter = useAppStore((s) => s.chapter);
  const setView = useAppStore((s) => s.setView);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    loadStaticPicture(chapter)
      .then((picture) => !cancelled && setLoaded({ chapter, picture }))
      .catch((e: unknown) => !cancelled && setLoaded({ chapter, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, [chapter]);

  const current = loaded?.chapter === chapter ? loaded : null;
  const picture = current && 'picture' in current ? current.picture : null;
  useEffect(() => {
    if (picture && host.current) host.current.replaceChildren(picture.svg);
  }, [picture]);

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
          <button type="button" className="button" onClick={() => setView('table')}>
            Open the table
          </button>
          <button type="button" className="button" onClick={() => setView('sources')}>
            Open the sources
          </button>
        </div>
      </div>
      <div ref={host} className="static-map" hidden={!picture} style={themeVariables(theme)} />
      {!current && <p className="static-map-note">Loading the static map…</p>}
      {current && 'error' in current && (
        <p className="static-map-note" role="alert">
          The static map could not be loaded: {current.error}
        </p>
      )}
      {picture && (
        <p className="static-map-note">
          The static map shows {picture.isChapter ? picture.title : 'the opening view'}, drawn in advance from the same
          data. The layers and years chosen in the panel change the table, not this picture.{' '}
          <a href={picture.url} target="_blank" rel="noopener">
            Open the static map on its own
          </a>{' '}
          to zoom in.
        </p>
      )}
    </section>
  );
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
    ...theme.involvement.map((colour, i): [string, string] => [`shade-${i}`, colour]),
  ];
  return Object.fromEntries(entries.map(([name, value]) => [`--sm-${name}`, value])) as CSSProperties;
}
