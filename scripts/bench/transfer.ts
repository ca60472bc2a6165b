/**
 * First-view transfer: the bytes the server sent (headers and gzipped bodies) that had finished
 * before the page's `map-ready`, split by what they are.
 */
import type { ServedResponse } from './server.ts';

export const TRANSFER_PARTS = ['engine', 'basemap', 'appCode', 'data', 'fonts'] as const;
export type TransferPart = (typeof TRANSFER_PARTS)[number];
export type Transfer = Record<TransferPart | 'total', number> & { requests: number };

export const PART_LABELS: Record<TransferPart, string> = {
  engine: 'engine (maplibre JS + worker)',
  basemap: 'basemap (generated/basemap…)',
  appCode: 'app code (HTML, JS, CSS, icon)',
  data: 'data (dataset.json, citations.json, sources.json)',
  fonts: 'fonts (woff2)',
};

export function partOf(path: string): TransferPart {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^maplibre-gl.*\.m?js$/.test(name)) return 'engine';
  if (/\/generated\/basemap(\.json|\/[^/]+\.json)$/.test(path)) return 'basemap';
  if (/\/generated\/(dataset|citations|sources)\.json$/.test(path)) return 'data';
  if (/\.woff2?$/.test(name)) return 'fonts';
  return 'appCode';
}

/** Sums the responses that finished by `until` (epoch ms), per part. */
export function transferBefore(log: ServedResponse[], until: number): Transfer {
  const t: Transfer = { engine: 0, basemap: 0, appCode: 0, data: 0, fonts: 0, total: 0, requests: 0 };
  for (const r of log) {
    if (r.finishedAt > until) continue;
    const bytes = r.bodyBytes + r.headerBytes;
    t[partOf(r.path)] += bytes;
    t.total += bytes;
    t.requests++;
  }
  return t;
}
