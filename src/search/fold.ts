/**
 * Text folded for matching: lower case, accents dropped, apostrophes dropped, other punctuation as
 * spaces, so "Myan", "myan" and "Mýan" all find "Myanmar", "Xian" finds "Xi’an", and
 * "Russia–India" finds "india". Shared by the search box and the table's text filter so both match
 * the same way.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}'’ʼ]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, for prefix matching. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
}
