/**
 * The map's credit line. An embed adds a link to the full app's list of sources: in a host page,
 * with no entry open, nothing else in the frame says where the map's claims come from.
 */
export function mapAttribution(embed: boolean, pageHref: string): string[] {
  if (!embed) return ['Natural Earth'];
  const sources = new URL(pageHref);
  sources.search = '?view=sources';
  sources.hash = '';
  // URL serialisation percent-encodes quotes and angle brackets, so the address cannot leave the attribute.
  return [
    'Natural Earth',
    `<a href="${sources.href}" target="_blank" rel="noopener">Sources<span aria-hidden="true"> ↗</span>` +
      `<span class="visually-hidden"> of the map’s claims (opens in a new tab)</span></a>`,
  ];
}
