import type { Box } from './covered-by-details.ts';

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
  if (!mapArea || !card) return { left: 0, bottom: 0 };
  return coverOfCard(mapArea.getBoundingClientRect(), card.getBoundingClientRect());
}

/** How far a card's box covers the map's box, from the left or from the bottom (above). */
export function coverOfCard(map: Box, card: Box): { left: number; bottom: number } {
  const none = { left: 0, bottom: 0 };
  const overMap = card.left < map.right - 1 && card.right > map.left + 1 && card.top < map.bottom && card.height > 0;
  if (!overMap) return none;
  const beside = card.top < map.top + map.height / 3;
  if (beside && card.height < map.height / 3) return none;
  return beside
    ? { left: Math.max(0, card.right - map.left), bottom: 0 }
    : { left: 0, bottom: Math.max(0, map.bottom - card.top) };
}

/**
 * The inset to frame a tour chapter's camera in (camera-moves.ts): what the card hides, with a
 * gap; the map adds what the details panel covers (beside the map on wide screens, stacked above
 * the card on a phone). Folded at the top left, the card hides nothing: a left inset its width
 * would squeeze the chapter between it and the details.
 */
export function chapterInset(card: Element | null = document.querySelector('.tour-card')): {
  left: number;
  bottom: number;
} {
  const gap = 8;
  const { left, bottom } = coveredByCard(document.querySelector('.map-area'), card);
  return { left: left > 0 ? Math.round(left + gap) : 0, bottom: bottom > 0 ? Math.round(bottom + gap) : 0 };
}
