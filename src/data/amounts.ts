/**
 * Whether a quote gives a number, in any way a source may write it ("1.7 billion", "1,700",
 * "17 percent", "half", "eight"). The validator requires every figure to appear in a quote it
 * cites; the details panel uses the same reading to name the document a figure comes from.
 */
import { FRACTION_WORDS } from './fractions.ts';
import { normalizeQuote } from './normalize.ts';
import type { Figure } from './schema.ts';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plain decimal form without exponent or trailing zeros: 1700000000, 72.6, 0.5. */
export function plainNumber(n: number): string {
  const s = String(Number(n.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The ways a number may be written in a source: plain (`1700000000`), with thousands separators
 * (`1,700,000,000`) and scaled (`1.7 billion`, `2 million`, `10 thousand`).
 */
export function numberForms(amount: number): string[] {
  const forms = new Set<string>();
  const abs = Math.abs(amount);
  forms.add(plainNumber(amount));
  forms.add(amount.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  for (const [scale, word] of scales) {
    if (abs >= scale) {
      forms.add(`${plainNumber(Number((amount / scale).toPrecision(12)))} ${word}`);
    }
  }
  return [...forms];
}

/** True when the digits `token` occur in `text` not as part of a longer number. */
export function numeralInText(token: string, text: string): boolean {
  const re = new RegExp(`(?<![\\d.,])${escapeRegExp(token)}(?![\\d]|[.,]\\d)`);
  return re.test(text);
}

/**
 * Does a figure's `amount` appear in `text`? It matches when its plain, comma-grouped or
 * "X billion/million/thousand" form occurs as a whole number in the text (`$` may precede it).
 * A percent must be followed by `%`, `percent` or `per cent`, or be written as a fraction word
 * (`half` = 50, `a third` = 33.3, `a quarter` = 25, `two thirds` = 66.7, `three quarters` = 75).
 * Whole numbers from 0 to 20 also match their English word (`six`, `eight`), and 10 years matches
 * `a decade`.
 */
export function amountInText(amount: number, unit: Figure['unit'], text: string): boolean {
  const t = normalizeQuote(text);
  const suffix = unit === 'percent' ? '\\s*(?:%|percent\\b|per cent\\b)' : '';
  for (const form of numberForms(amount)) {
    const re = new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)${suffix}`, 'i');
    if (re.test(t)) return true;
  }
  const words: string[] = [];
  if (Number.isInteger(amount) && amount >= 0 && amount < NUMBER_WORDS.length) {
    words.push(NUMBER_WORDS[amount]);
  }
  if (unit === 'percent') words.push(...(FRACTION_WORDS[plainNumber(amount)] ?? []));
  if (unit === 'years' && amount === 10) words.push('a decade');
  return words.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(t));
}
