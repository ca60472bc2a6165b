/**
 * A stand-in for a site that embeds the map: a long article with the app in an iframe, served
 * by a small HTTP server on its own origin (http://localhost:<free port>, while the app is at
 * http://127.0.0.1:<port>: another origin, and another site, so the frame is cross-origin).
 * GET /?src=<app URL>&width=600&height=400 answers the article with that frame.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_NAME } from '../src/app-name.ts';

export type HostPage = {
  origin: string;
  /** The article's address, embedding `src` in a frame of the given size. */
  articleUrl: (src: string, size: { width: number; height: number }) => string;
  close: () => Promise<void>;
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PARAGRAPH =
  'This paragraph stands for the article around the map. The reader scrolls through it with the ' +
  'mouse wheel or a finger, and the page must keep scrolling when the pointer passes over the map.';

function article(src: string, width: number, height: number): string {
  const text = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article that embeds the map</title>
<link rel="icon" href="data:,">
<style>body { font: 18px/1.5 sans-serif; max-width: 40rem; margin: 1rem auto; padding: 0 1rem; } iframe { display: block; border: 1px solid #888; max-width: 100%; }</style>
</head>
<body>
<main>
<h1>An article that embeds the map</h1>
${text(1)}
<p><label>Your comment <input name="comment"></label></p>
<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="Map: ${APP_NAME}" loading="eager"></iframe>
${text(30)}
</main>
</body>
</html>`;
}

export async function startHostPage(): Promise<HostPage> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const src = url.searchParams.get('src');
    if (url.pathname !== '/' || !src) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const width = Number(url.searchParams.get('width') ?? 600);
    const height = Number(url.searchParams.get('height') ?? 400);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(src, width, height));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articleUrl: (src, { width, height }) =>
      `${origin}/?${new URLSearchParams({ src, width: String(width), height: String(height) })}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
