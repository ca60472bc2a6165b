/** Fetches one of the app's own generated JSON files, relative to the page, with a readable error. */
export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as T;
}
