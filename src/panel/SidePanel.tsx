/** Placeholder: layers, legend and summary. */
export function SidePanel() {
  return null;
}
