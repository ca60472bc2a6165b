/**
 * Quote normalisation shared by the validator and the app. Kept free of dependencies (no zod)
 * so the app bundle can use it: a quote counts as verbatim when it matches the source after
 * this and nothing more: runs of whitespace (including non-breaking spaces) become one space,
 * typographic quote marks become straight ones (‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ → ") and dashes
 * become a hyphen (‐ ‑ ‒ – — ― → -). Case, spelling and other punctuation are kept.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015]/;
const SPACE = /\s/;

/** One character (UTF-16 unit) as it compares; whitespace is handled by the callers. */
function foldChar(c: string): string {
  if (SINGLE_QUOTES.test(c)) return "'";
  if (DOUBLE_QUOTES.test(c)) return '"';
  if (DASHES.test(c)) return '-';
  return c;
}

/**
 * The normalised text plus, for each of its characters, the index of the character in the
 * original it came from, so a match found in the normalised text can be mapped back and the
 * original characters (curly quotes, line breaks and all) highlighted.
 */
export function normalizeWithOffsets(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (SPACE.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // A run of whitespace becomes one space, but only between two kept characters (trim).
    if (pendingSpace >= 0 && out.length > 0) {
      out += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    out += foldChar(c);
    offsets.push(i);
  }
  return { text: out, offsets };
}

export function normalizeQuote(text: string): string {
  return normalizeWithOffsets(text).text;
}

/** True when `quote` occurs in `sourceText` once both are normalised. */
export function quoteInText(quote: string, sourceText: string): boolean {
  const q = normalizeQuote(quote);
  return q.length > 0 && normalizeQuote(sourceText).includes(q);
}

/**
 * Where `quote` first occurs in `sourceText`, as [start, end) offsets into the original
 * text (end just after the quote's last character), or null when it does not occur.
 */
export function locateQuote(quote: string, sourceText: string): { start: number; end: number } | null {
  const q = normalizeQuote(quote);
  if (!q) return null;
  const source = normalizeWithOffsets(sourceText);
  const at = source.text.indexOf(q);
  if (at < 0) return null;
  return { start: source.offsets[at], end: source.offsets[at + q.length - 1] + 1 };
}
