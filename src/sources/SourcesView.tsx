/** Placeholder: to be built (see the exploration issue). */
export function SourcesView() {
  return null;
}
