/**
 * A small static server for the benchmark, on a free 127.0.0.1 port. It gzips what a static host
 * would gzip (HTML, JS, CSS, JSON, SVG; not woff2), so the bytes on the wire are real, and logs
 * every response's size and finish time so a run can count what was transferred before a moment.
 * `setDataset` swaps what generated/dataset.json and citations.json serve (the scale benchmark's
 * synthetic data).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { DatasetJson } from './synthetic.ts';

export type ServedResponse = {
  path: string;
  status: number;
  /** Body bytes as sent (compressed when gzipped). */
  bodyBytes: number;
  /** Status line and headers. */
  headerBytes: number;
  /** Date.now() when the last byte was handed to the socket. */
  finishedAt: number;
};

export type BenchServer = {
  origin: string;
  /** Serve these texts as generated/dataset.json and citations.json (null: the built files). */
  setDataset(json: DatasetJson | null): void;
  /** Responses finished since the last call, oldest first; clears the log. */
  takeLog(): ServedResponse[];
  close(): Promise<void>;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** Serves `mounts` (URL prefix → folder, longest prefix first) from one origin. */
export async function startServer(mounts: Record<string, string>): Promise<BenchServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const gzipCache = new Map<string, Buffer>();
  let dataset: Map<string, { json: Buffer; gz: Buffer }> | null = null;
  let log: ServedResponse[] = [];

  const resolveFile = (urlPath: string): string | null => {
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    if (prefix === undefined) return null;
    const root = mounts[prefix];
    let rel = decodeURIComponent(urlPath.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root) + sep)) return null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  };

  const bodyOf = (file: string, gzip: boolean): Buffer => {
    const swapped = file.endsWith(`${sep}generated${sep}${basename(file)}`) ? dataset?.get(basename(file)) : undefined;
    if (swapped) return gzip ? swapped.gz : swapped.json;
    if (!gzip) return readFileSync(file);
    let body = gzipCache.get(file);
    if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file))));
    return body;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(urlPath);
    let status = 200;
    let body: Buffer;
    if (!file) {
      status = 404;
      body = Buffer.from('Not found');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    } else {
      const ext = extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      body = bodyOf(file, gzip);
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
      // Hashed assets never change; everything else is revalidated, as on a typical static host.
      res.setHeader('Cache-Control', urlPath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    res.setHeader('Content-Length', body.length);
    res.statusCode = status;
    res.on('finish', () => {
      const headerBytes = Buffer.byteLength(String((res as unknown as { _header?: string })._header ?? ''));
      log.push({
        path: urlPath,
        status,
        bodyBytes: req.method === 'HEAD' ? 0 : body.length,
        headerBytes,
        finishedAt: Date.now(),
      });
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setDataset(json) {
      const served = (text: string) => ({ json: Buffer.from(text), gz: gzipSync(text) });
      dataset =
        json &&
        new Map([
          ['dataset.json', served(json.dataset)],
          ['citations.json', served(json.citations)],
        ]);
    },
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
