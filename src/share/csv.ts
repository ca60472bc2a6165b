/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), plus two things spreadsheets need:
 * - a byte-order mark, so Excel reads the file as UTF-8 (the data has curly quotes and accents);
 * - text that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a
 *   spreadsheet shows it as text instead of running it as a formula (CSV injection, OWASP).
 *   Numbers are written as numbers and never altered.
 * Hand-written rather than d3-dsv: the quoting is a few lines, and d3-dsv does not neutralise
 * formulas, which is the part that matters here.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
