/** Placeholder: to be built (see the exploration issue). */
export function ViewSummary() {
  return null;
}
