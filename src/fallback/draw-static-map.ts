/**
 * Draws the reader's own view as a static map when it is not one the build drew (the opening
 * view, a tour chapter): other layers, another year, an entry chosen from the table. The same
 * renderer as the build's (static-map/render.ts), from the same basemap files as the live map,
 * run in a worker (draw-worker.ts) started on the first such view.
 */
import type { IndexedDataset } from '../data/dataset.ts';
import type { ReaderChoice } from './static-map/views.ts';
import type { DrawReply, DrawRequest } from './draw-worker.ts';

let worker: Worker | undefined;
let lastId = 0;

/**
 * Draws the reader's `choice` in the place of `chapter` (1-based, or the opening view, whose camera
 * it keeps), as SVG markup; a draw `signal` aborts is dropped (the worker's answer is ignored).
 */
export function drawStaticMap(
  d: IndexedDataset,
  chapter: number | null,
  choice: ReaderChoice,
  signal: AbortSignal,
): Promise<string> {
  const drawer = (worker ??= new Worker(new URL('./draw-worker.ts', import.meta.url), { type: 'module' }));
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    const done = () => {
      drawer.removeEventListener('message', onReply);
      drawer.removeEventListener('error', onFailure);
      signal.removeEventListener('abort', onAbort);
    };
    const onReply = ({ data }: MessageEvent<DrawReply>) => {
      if (data.id !== id) return;
      done();
      if ('error' in data) reject(new Error(data.error));
      else resolve(data.svg);
    };
    // The worker's code could not be downloaded (the connection is down): the next draw starts another.
    const onFailure = (event: Event) => {
      event.preventDefault();
      done();
      if (worker === drawer) worker = undefined;
      reject(new Error('the code that draws it could not be downloaded; the connection may be down.'));
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
    };
    drawer.addEventListener('message', onReply);
    drawer.addEventListener('error', onFailure);
    signal.addEventListener('abort', onAbort);
    const request: DrawRequest = { id, dataset: d, chapter, choice, base: document.baseURI };
    drawer.postMessage(request);
  });
}
