/**
 * Typo tolerance for the search box: how many edits a word may be from the one it is meant to be,
 * counting a swap of two neighbouring letters as one edit (optimal string alignment, a restricted
 * Damerau–Levenshtein distance). A dozen lines, so no library.
 */

/** Edits allowed for a typed word: none below 4 letters (too many short words are one edit apart). */
export function allowedTypos(term: string): number {
  return term.length < 4 ? 0 : term.length <= 7 ? 1 : 2;
}

/** Whether `a` is at most `max` edits (insert, delete, substitute, swap neighbours) from `b`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // rows[i][j]: edits from a's first i letters to b's first j letters.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    // Every path to the end passes through this row: stop once all of it is over the limit.
    if (Math.min(...row) > max) return false;
    rows.push(row);
  }
  return rows[a.length][b.length] <= max;
}
