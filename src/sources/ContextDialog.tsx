/** Placeholder: to be built (see the exploration issue). */
export function ContextDialog() {
  return null;
}
