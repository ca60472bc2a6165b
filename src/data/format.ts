/** Figures in words a reader expects: "$1.44 billion", "17%", "about 40%", "over 91%", "about a third". */
import { fractionInWords } from './fractions.ts';
import type { Figure } from './schema.ts';

const QUALIFIER: Record<NonNullable<Figure['qualifier']>, string> = { about: 'about ', over: 'over ', under: 'under ' };

export function formatAmount(amount: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'USD':
      return `$${scaled(amount)}`;
    case 'percent':
      // "About 33.3%" would claim a precision no source gave.
      return fractionInWords(amount) ?? `${trim(amount)}%`;
    case 'km':
      return `${trim(amount)} km`;
    case 'days':
      return `${trim(amount)} day${amount === 1 ? '' : 's'}`;
    case 'years':
      return `${trim(amount)} year${amount === 1 ? '' : 's'}`;
    case 'count':
      return trim(amount);
  }
}

export function formatFigure(f: Figure): string {
  return `${f.qualifier ? QUALIFIER[f.qualifier] : ''}${formatAmount(f.amount, f.unit)}`;
}

function scaled(amount: number): string {
  if (amount >= 1e9) return `${trim(amount / 1e9)} billion`;
  if (amount >= 1e6) return `${trim(amount / 1e6)} million`;
  return amount.toLocaleString('en-US');
}

const trim = (n: number) => String(Number(n.toFixed(2)));
