/**
 * A few helpers to write SVG markup as text. Every attribute value and every text node goes
 * through `escapeXml`: names and titles come from the dataset and must stay text.
 */
export type Attributes = Record<string, string | number | null | undefined | false>;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** An element; `children` are already-written markup, so text must be wrapped in `text()`. */
export function el(tag: string, attrs: Attributes = {}, ...children: string[]): string {
  const inner = children.filter(Boolean).join('');
  return inner ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/** A text node. */
export function text(value: string): string {
  return escapeXml(value);
}

/** Rounds to one decimal for coordinates written into the markup. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
