/** Placeholder: to be built (see the exploration issue). */
export function CiteButton() {
  return null;
}
