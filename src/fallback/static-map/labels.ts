/**
 * Label placement for the static map, the way MapLibre does it in spirit: candidates in order of
 * priority, each kept only if its box stays inside the picture and clear of every box kept so far.
 * Text width is estimated from the character count (Noto Sans averages about 0.6 em a letter).
 */
export type LabelCandidate = {
  /** Anchor point in pixels. */
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  /** Where the text sits relative to the anchor. */
  anchor: 'middle' | 'start';
  /** Extra room kept free around the box, in pixels. */
  padding?: number;
};

export type Box = { left: number; top: number; right: number; bottom: number };

const CHAR_WIDTH_EM = 0.6;
const LINE_HEIGHT_EM = 1.15;

export function labelBox(c: LabelCandidate): Box {
  const width = Math.max(...c.lines.map((l) => l.length)) * c.fontSize * CHAR_WIDTH_EM;
  const height = c.lines.length * c.fontSize * LINE_HEIGHT_EM;
  const left = c.anchor === 'middle' ? c.x - width / 2 : c.x;
  const pad = c.padding ?? 2;
  return { left: left - pad, top: c.y - height / 2 - pad, right: left + width + pad, bottom: c.y + height / 2 + pad };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The candidates that fit, in the order given (highest priority first). `taken` holds boxes
 * already used (by other labels or the legend) and is extended with the boxes kept.
 */
export function placeLabels<T extends LabelCandidate>(
  candidates: T[],
  frame: { width: number; height: number },
  taken: Box[] = [],
): T[] {
  const kept: T[] = [];
  for (const c of candidates) {
    const box = labelBox(c);
    const inside = box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;
    if (!inside || taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    kept.push(c);
  }
  return kept;
}

/** Splits a name into lines of at most `maxChars` characters at spaces (MapLibre's text-max-width). */
export function wrapWords(name: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
