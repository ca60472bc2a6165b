/**
 * Label placement for the static map, the way MapLibre does it in spirit: candidates in order of
 * priority, each kept only if its box stays inside the picture and clear of every box kept so far.
 * Text width is estimated from the characters: in Noto Sans a capital (with the country names'
 * letter spacing) is about 0.7 em wide, other characters about 0.56 em on average.
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
  /** Shifts of the anchor (pixels) to try, in order, when its own place is taken (spotShifts). */
  moves?: [number, number][];
};

export type Box = { left: number; top: number; right: number; bottom: number };

const CAPITAL_WIDTH_EM = 0.7;
const CHAR_WIDTH_EM = 0.56;
const lineWidthEm = (line: string) =>
  [...line].reduce((sum, ch) => sum + (/\p{Lu}/u.test(ch) ? CAPITAL_WIDTH_EM : CHAR_WIDTH_EM), 0);
const LINE_HEIGHT_EM = 1.15;

export function labelBox(c: LabelCandidate): Box {
  const width = Math.max(...c.lines.map(lineWidthEm)) * c.fontSize;
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
    const placed = [[0, 0], ...(c.moves ?? [])]
      .map(([dx, dy]) => ({ ...c, x: c.x + dx, y: c.y + dy }))
      .find((moved) => {
        const box = labelBox(moved);
        const inside = box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;
        return inside && !taken.some((t) => overlaps(t, box));
      });
    if (!placed) continue;
    taken.push(labelBox(placed));
    kept.push(placed);
  }
  return kept;
}

/**
 * A label never on its point (which its marker or line holds) but at one of `shifts` from it,
 * tried in order: at the first, moving to the others (expressed from the first) when it is taken.
 */
export function besideOnly<T extends LabelCandidate>(label: T, [first, ...rest]: [number, number][]): T {
  const [x, y] = first;
  return { ...label, x: label.x + x, y: label.y + y, moves: rest.map(([dx, dy]) => [dx - x, dy - y]) };
}

/**
 * A label's spots (MapLibre's `text-variable-anchor-offset` pairs, an anchor side and an offset in
 * ems: a country's from the basemap, a place's or route's from its layer) as shifts of a centred
 * label's anchor, in pixels: the same places the live map may move the name to. A spot on the
 * point itself gives no shift (placeLabels tries the point first).
 */
export function spotShifts(spots: readonly unknown[], c: LabelCandidate): [number, number][] {
  const box = labelBox({ ...c, padding: 0 });
  const [width, height] = [box.right - box.left, box.bottom - box.top];
  const shifts: [number, number][] = [];
  for (let i = 0; i + 1 < spots.length; i += 2) {
    const [anchor, [dx, dy]] = [String(spots[i]), spots[i + 1] as [number, number]];
    const x = anchor.includes('left') ? width / 2 : anchor.includes('right') ? -width / 2 : 0;
    const y = anchor.startsWith('top') ? height / 2 : anchor.startsWith('bottom') ? -height / 2 : 0;
    if (dx !== 0 || dy !== 0 || x !== 0 || y !== 0) shifts.push([dx * c.fontSize + x, dy * c.fontSize + y]);
  }
  return shifts;
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
