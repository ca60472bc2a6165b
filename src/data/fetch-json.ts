/**
 * Fetches one of the app's own files, relative to the page (`base`: its address, which a worker
 * has no document to read from). A failure comes as a sentence that reads on after "… could not
 * be loaded: ", not as the browser's "Failed to fetch".
 */
export async function fetchOwn(path: string, base = document.baseURI): Promise<Response> {
  const response = await fetch(new URL(path, base)).catch(() => {
    throw new Error(`the site did not answer for ${path}; the connection may be down.`);
  });
  if (!response.ok) throw new Error(`the site answered HTTP ${response.status} for ${path}.`);
  return response;
}

/** One of the app's own generated JSON files (see fetchOwn). */
export async function fetchJson<T>(path: string, base?: string): Promise<T> {
  const response = await fetchOwn(path, base);
  return (await response.json().catch(() => {
    throw new Error(`${path} is not valid JSON.`);
  })) as T;
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
