/** Fetches one of the app's own generated JSON files, relative to the page, with a readable error. */
export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

/**
 * A loader that runs `load` once and hands every later caller the same promise. A failure is
 * not kept: the next caller tries again, so a file missed while the connection was down (a
 * school's Wi-Fi) loads once it is back, without reloading the page.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load().catch((error: unknown) => {
      promise = undefined;
      throw error;
    });
    return promise;
  };
}
