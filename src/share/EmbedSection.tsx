/**
 * Embed: choose a size and a theme, copy the iframe code, and see a live preview of exactly
 * that address at that size (scaled down to fit the dialog). The code is taken from the view
 * as it was when the dialog opened.
 */
import { useId, useState } from 'react';
import type { IndexedDataset } from '../data/dataset.ts';
import { embedTitle } from './view-caption.ts';
import { offMapWhy } from '../details/off-map-why.ts';
import { useWidth } from '../ui/useWidth.ts';
import { CopyableText } from '../cite/CopyableText.tsx';
import { THEME_CHOICES, type ThemeChoice, type UrlState } from '../state/url.ts';
import {
  clampSize,
  CUSTOM_LIMITS,
  EMBED_PRESETS,
  embedUrl,
  iframeSnippet,
  type EmbedSize,
  type EmbedSizeId,
} from './embed-code.ts';

const THEME_LABEL: Record<ThemeChoice, string> = {
  auto: 'Follow the reader’s setting',
  light: 'Light',
  dark: 'Dark',
};

export function EmbedSection({ dataset, view, pageUrl }: { dataset: IndexedDataset; view: UrlState; pageUrl: string }) {
  const headingId = useId();
  const [sizeId, setSizeId] = useState<EmbedSizeId>('800x600');
  const [custom, setCustom] = useState({ width: '700', height: '500' });
  const [theme, setTheme] = useState<ThemeChoice>(view.theme);

  const customSize = {
    width: clampSize(Number(custom.width), CUSTOM_LIMITS.width),
    height: clampSize(Number(custom.height), CUSTOM_LIMITS.height),
  };
  const size: EmbedSize = sizeId === 'custom' ? customSize : EMBED_PRESETS.find((p) => p.id === sizeId)!.size;
  const src = embedUrl(pageUrl, view, theme);
  const code = iframeSnippet({ src, size, title: embedTitle(dataset, view) });

  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Embed this view</h3>
      <p>Paste this code into a web page, a course page or a blog to show the map as it is now.</p>
      <div className="embed-options">
        <fieldset>
          <legend>Size</legend>
          {EMBED_PRESETS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="embed-size" checked={sizeId === p.id} onChange={() => setSizeId(p.id)} />
              {p.label}
            </label>
          ))}
          <label>
            <input type="radio" name="embed-size" checked={sizeId === 'custom'} onChange={() => setSizeId('custom')} />
            Custom
          </label>
          {sizeId === 'custom' && (
            <div className="embed-custom">
              {(['width', 'height'] as const).map((side) => (
                <label key={side}>
                  {side === 'width' ? 'Width' : 'Height'} (pixels)
                  <input
                    type="number"
                    inputMode="numeric"
                    min={CUSTOM_LIMITS[side].min}
                    max={CUSTOM_LIMITS[side].max}
                    value={custom[side]}
                    onChange={(e) => setCustom({ ...custom, [side]: e.target.value })}
                  />
                </label>
              ))}
              <CustomSizeNote typed={custom} used={customSize} />
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {THEME_CHOICES.map((t) => (
            <label key={t}>
              <input type="radio" name="embed-theme" checked={theme === t} onChange={() => setTheme(t)} />
              {THEME_LABEL[t]}
            </label>
          ))}
        </fieldset>
      </div>
      <OffMapWarning dataset={dataset} view={view} />
      {/* Keyed by the code, so "Copied" never stands beside code that has changed since. */}
      <CopyableText key={code} label="Embed code" text={code} />
      <EmbedPreview src={src} size={size} />
    </section>
  );
}

/**
 * Says so when the entry the view is about is not on its map (its layer off, or a year that leaves
 * it out): the embed would open on a note saying so, which an editor sees only in the preview.
 */
function OffMapWarning({ dataset, view }: { dataset: IndexedDataset; view: UrlState }) {
  const why = offMapWhy(dataset, view, view.selection);
  if (!why) return null;
  return (
    <p className="embed-off-map-note">
      The entry this view is about is not on its map: {why}. The embed will say so; to show it on the map, close this
      dialog and change the layers or the years first.
    </p>
  );
}

/**
 * Says so when the code's size is not the one typed: a size out of range (or no number) is kept
 * to the nearest usable one, and the boxes still show what was typed.
 */
function CustomSizeNote({
  typed,
  used,
}: {
  typed: { width: string; height: string };
  used: { width: number; height: number };
}) {
  const changed = (['width', 'height'] as const).some((side) => typed[side].trim() !== String(used[side]));
  const { width, height } = CUSTOM_LIMITS;
  return (
    <p className="embed-custom-note" role="status">
      {changed &&
        `The code uses ${used.width} × ${used.height} pixels: sizes run from ${width.min} × ${height.min} to ${width.max} × ${height.max}.`}
    </p>
  );
}

/** The embed at its real size, scaled down to the dialog's width. */
function EmbedPreview({ src, size }: { src: string; size: EmbedSize }) {
  const [frame, available] = useWidth<HTMLDivElement>();

  // "Full width" previews the embed in a column as wide as this dialog.
  const width = size.width === 'full' ? available : size.width;
  const scale = available > 0 && width > available ? available / width : 1;
  const percent = Math.round(scale * 100);
  return (
    <figure className="embed-preview">
      <figcaption>
        Preview{size.width === 'full' ? ` at ${Math.round(available)} pixels wide` : ''}
        {percent < 100 ? `, shown at ${percent}% of its size` : ''}
      </figcaption>
      <div ref={frame} className="embed-preview-frame" style={{ height: size.height * scale }}>
        {available > 0 && (
          <iframe
            src={src}
            title="Preview of the embedded map"
            // Off screen (on a phone, below the code) it waits until scrolled to.
            loading="lazy"
            onLoad={(e) => closeDialogOnEscapeIn(e.currentTarget)}
            width={width}
            height={size.height}
            style={{ transform: `scale(${scale})` }}
          />
        )}
      </div>
    </figure>
  );
}

/**
 * Escape pressed in the preview closes the dialog, as it does anywhere else in it: a key pressed in
 * the frame stays in the frame's page. The embed's own use of the key (closing its details) comes
 * first. The preview is of this site, so its window can be listened to.
 */
function closeDialogOnEscapeIn(frame: HTMLIFrameElement) {
  frame.contentWindow?.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) frame.closest('dialog')?.close();
  });
}
