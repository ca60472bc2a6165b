/**
 * The "Share & save" dialog's contents: the link to this view, embed code, an image for a slide,
 * the data as files, and the classroom handout. Loaded on first use (see ShareButton.tsx).
 */
import { useId, useState } from 'react';
import { useAppStore, urlStateOf } from '../state/store.ts';
import { formatDate } from '../data/time.ts';
import type { CitedIndexedDataset } from '../data/dataset.ts';
import { sourcesBibtex, sourcesCslJson } from '../cite/source-formats.ts';
import { CopyableText } from '../cite/CopyableText.tsx';
import { EmbedSection } from './EmbedSection.tsx';
import { eventsCsv, placesGeoJson, relationsCsv, routesGeoJson, type ExportMeta } from './dataset-exports.ts';
import { downloadBlob, downloadText } from './download.ts';
import { exportFilename, exportMeta, viewSlide } from './current-view.ts';

/** The handout's code, asked for by its button: on its way, or failed to come. */
export type HandoutStatus = 'idle' | 'coming' | 'failed';

export function SharePanel({ handout, onPrintHandout }: { handout: HandoutStatus; onPrintHandout: () => void }) {
  const dataset = useAppStore((s) => s.citedDataset);
  // The view as it was when the dialog opened: the dialog is modal, so it cannot change.
  const [view] = useState(() => urlStateOf(useAppStore.getState()));
  const [pageUrl] = useState(() => window.location.href);
  if (!dataset) return null;
  return (
    <div className="share-panel">
      {/* The link first, then the one-click actions; the embed, with its options and preview, last. */}
      <LinkSection pageUrl={pageUrl} />
      <div className="share-quick">
        <SlideSection dataset={dataset} />
        <HandoutSection status={handout} onPrint={onPrintHandout} />
      </div>
      <DownloadsSection dataset={dataset} />
      <EmbedSection dataset={dataset} view={view} pageUrl={pageUrl} />
    </div>
  );
}

/** The address in the address bar, which reopens this view: layers, years, selection, camera. */
function LinkSection({ pageUrl }: { pageUrl: string }) {
  const headingId = useId();
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Link to this view</h3>
      <p>This address opens the map as it is now, for anyone you send it to.</p>
      <CopyableText label="Address" text={pageUrl} />
    </section>
  );
}

function SlideSection({ dataset }: { dataset: CitedIndexedDataset }) {
  const headingId = useId();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setStatus('Making the image…');
    try {
      downloadBlob(await viewSlide(dataset), exportFilename(dataset, 'map', 'png'));
      setStatus('Saved: look in your downloads.');
    } catch (e) {
      setStatus(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Image for a slide</h3>
      <p>The map as it is now, 1920 × 1080 pixels, with its title, legend, data version and sources.</p>
      <div className="share-actions">
        {/* aria-disabled, not disabled: a disabled button drops the focus of the key that pressed it. */}
        <button type="button" className="button" onClick={save} aria-disabled={busy}>
          Save PNG image
        </button>
        <span className="share-status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}

type DownloadItem = {
  label: string;
  detail: string;
  make: (d: CitedIndexedDataset, m: ExportMeta) => string;
  file: [string, string];
  type: string;
};

const DOWNLOADS: DownloadItem[] = [
  { label: 'Relations', detail: 'CSV', make: relationsCsv, file: ['relations', 'csv'], type: 'text/csv' },
  { label: 'Events', detail: 'CSV', make: eventsCsv, file: ['events', 'csv'], type: 'text/csv' },
  {
    label: 'Places',
    detail: 'GeoJSON',
    make: placesGeoJson,
    file: ['places', 'geojson'],
    type: 'application/geo+json',
  },
  {
    label: 'Routes',
    detail: 'GeoJSON',
    make: routesGeoJson,
    file: ['routes', 'geojson'],
    type: 'application/geo+json',
  },
  {
    label: 'Source references',
    detail: 'BibTeX',
    make: (d, m) => sourcesBibtex(d.seeds, m),
    file: ['sources', 'bib'],
    type: 'application/x-bibtex',
  },
  {
    label: 'Source references',
    detail: 'CSL-JSON',
    make: (d, m) => sourcesCslJson(d.seeds, m),
    file: ['sources', 'csl.json'],
    type: 'application/vnd.citationstyles.csl+json',
  },
];

function DownloadsSection({ dataset }: { dataset: CitedIndexedDataset }) {
  const headingId = useId();
  const { version, date } = dataset.version;
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Download the data</h3>
      <p>
        The whole dataset, version {version} ({formatDate(date)}), not only this view. Every file names its sources:
        each CSV row has its citations, the data version and how to cite the map; the GeoJSON files have them in their
        metadata.
      </p>
      <ul className="share-downloads">
        {DOWNLOADS.map((item) => (
          <li key={item.file.join('.')}>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(item.make(dataset, exportMeta(dataset)), exportFilename(dataset, ...item.file), item.type)
              }
            >
              {item.label} <span className="share-format">({item.detail})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function HandoutSection({ status, onPrint }: { status: HandoutStatus; onPrint: () => void }) {
  const headingId = useId();
  return (
    <section className="share-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Classroom handout</h3>
      <p>
        A4 pages to print: this map and its legend, the key facts of the visible layers with their sources, and
        questions for discussion.
      </p>
      <div className="share-actions">
        <button
          type="button"
          className="button"
          // Not disabled: the focus stays on it, where the message that follows is read.
          aria-disabled={status === 'coming'}
          onClick={() => status !== 'coming' && onPrint()}
        >
          Print handout
        </button>
        <span className="share-status" role="status">
          {status === 'coming' ? 'Preparing the handout…' : ''}
        </span>
      </div>
      {status === 'failed' && (
        <div className="share-error" role="alert">
          <p>The handout could not be downloaded: the connection may have dropped.</p>
          <button type="button" className="button" onClick={onPrint}>
            Try again
          </button>
        </div>
      )}
    </section>
  );
}
