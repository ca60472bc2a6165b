/** Placeholder: to be built (see the exploration issue). */
export function TableView() {
  return null;
}
