/** Placeholder: the timeline. */
export function Timeline() {
  return null;
}
