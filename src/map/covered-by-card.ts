/**
 * How far the tour's card, lying over the map, covers it: from the bottom (a phone, a portrait
 * tablet, an embed) or from the left, where it stands at the map's top left (a short screen, a
 * tablet on its side). Nothing where it stands beside the map (a wide screen), nor where it is
 * folded into that corner, leaving the map below it. The card frames its chapter in the rest
 * (tour/useChapterSync.ts), and a name cut by its edge is hidden as one cut by the map's
 * (edge-labels.ts).
 */
export function coveredByCard(
  mapArea: Element | null,
  card: Element | null = document.querySelector('.tour-card'),
): { left: number; bottom: number } {
  const none = { left: 0, bottom: 0 };
  if (!mapArea || !card) return none;
  const map = mapArea.getBoundingClientRect();
  const r = card.getBoundingClientRect();
  const overMap = r.left < map.right - 1 && r.right > map.left + 1 && r.top < map.bottom && r.height > 0;
  if (!overMap) return none;
  const beside = r.top < map.top + map.height / 3;
  if (beside && r.height < map.height / 3) return none;
  return beside
    ? { left: Math.max(0, r.right - map.left), bottom: 0 }
    : { left: 0, bottom: Math.max(0, map.bottom - r.top) };
}
