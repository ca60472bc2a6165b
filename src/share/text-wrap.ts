/**
 * Breaks text into lines no wider than a width, at spaces, as a canvas needs (it draws one line
 * at a time). A single word wider than the line is cut with an ellipsis rather than overflow.
 * `measure` is the canvas's measureText width, passed in so the rule is testable without one.
 */
export type Measure = (text: string) => number;

export function fitWithEllipsis(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end)}…`) > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fitWithEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, measure);
    return kept.map((l) => fitWithEllipsis(l, maxWidth, measure));
  }
  return lines.map((l) => fitWithEllipsis(l, maxWidth, measure));
}
