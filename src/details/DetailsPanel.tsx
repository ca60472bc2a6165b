/** Placeholder: to be built (see the exploration issue). */
export function DetailsPanel() {
  return null;
}
