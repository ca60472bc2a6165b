/**
 * Loads the static map for the reader's view (see static-map/views.ts) as an SVG element the
 * page can hold. The file is parsed as SVG, not HTML, and only its <svg> root is taken, so
 * nothing in it can run; it is the app's own build output from its own origin in any case.
 */
import { fetchJson, fetchOwn, loadOnce } from '../data/fetch-json.ts';
import { pictureFor, STATIC_DIR, STATIC_INDEX, type StaticIndex } from './static-map/views.ts';

export type StaticPicture = {
  title: string;
  isChapter: boolean;
  svg: SVGSVGElement;
} & (
  | /** The file's address, for reading it on its own (and zooming in) in a new tab. */ { url: string }
  | /** A picture drawn in the page: its markup, opened on its own from a blob: address. */ { markup: string }
);

const staticIndex = loadOnce(() => fetchJson<StaticIndex>(STATIC_INDEX));

export async function loadStaticPicture(chapter: number | null): Promise<StaticPicture> {
  const index = await staticIndex();
  const picture = pictureFor(index, chapter);
  if (picture === index.default) return load(index.default, false);
  // A chapter's picture is stored for offline use only once seen: without it, the opening view's.
  return load(picture, true).catch(() => load(index.default, false));
}

async function load(picture: { file: string; title: string }, isChapter: boolean): Promise<StaticPicture> {
  const path = STATIC_DIR + picture.file;
  const response = await fetchOwn(path);
  const url = new URL(path, document.baseURI).href;
  return { title: picture.title, isChapter, url, svg: parseSvg(await response.text()) };
}

export function parseSvg(markup: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg' || parsed.querySelector('parsererror')) throw new Error('the file is not valid SVG.');
  for (const script of root.querySelectorAll('script, foreignObject')) script.remove();
  return document.importNode(root, true) as unknown as SVGSVGElement;
}
