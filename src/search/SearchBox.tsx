/** Placeholder: to be built (see the exploration issue). */
export function SearchBox() {
  return null;
}
