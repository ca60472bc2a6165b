/**
 * The performance budgets from the issue, checked against the medians. Each check says what it
 * compared, so the report shows the figure next to its budget.
 */
import { SCALES } from './samples.ts';
import { fmtKiB, fmtMs } from './format.ts';
import type { Summary } from './summary.ts';

export const KIB = 1024;
export type BudgetCheck = { figure: string; value: string; budget: string; met: boolean | null };

export function checkBudgets(s: Summary): BudgetCheck[] {
  const app = s.app[1];
  const ratio = app.mapReadyMs / s.floor.mapReadyMs;
  const paintedRatio = app.mapPaintedMs / s.floor.mapPaintedMs;
  const extra = app.transfer.total - s.floor.transfer.total;
  const checks: BudgetCheck[] = [
    {
      figure: 'map-ready (1×)',
      value:
        `${fmtMs(app.mapReadyMs)} = ${ratio.toFixed(2)}× floor (${fmtMs(s.floor.mapReadyMs)}); ` +
        `painted ${fmtMs(app.mapPaintedMs)} = ${paintedRatio.toFixed(2)}× floor (${fmtMs(s.floor.mapPaintedMs)})`,
      budget: '≤ 1.2× floor, idle and painted',
      met: ratio <= 1.2 && paintedRatio <= 1.2,
    },
    {
      figure: 'first-view transfer (1×)',
      value: `${fmtKiB(app.transfer.total)} = floor ${extra >= 0 ? '+' : '−'} ${fmtKiB(Math.abs(extra))}`,
      budget: '≤ floor + 150 KiB (gzip)',
      met: extra <= 150 * KIB,
    },
  ];
  for (const scale of SCALES) {
    const a = s.app[scale];
    checks.push({
      figure: `click-to-details (${scale}×)`,
      value: fmtMs(a.clickMs),
      budget: '< 100 ms',
      met: a.clickMs < 100,
    });
  }
  for (const scale of SCALES) {
    const a = s.app[scale];
    checks.push({
      figure: `timeline step (${scale}×)`,
      value:
        `${fmtMs(a.timelinePaintedMs)} to painted = ${(a.timelinePaintedMs / s.floor.frameMs).toFixed(2)} floor frames ` +
        `(${fmtMs(s.floor.frameMs)}; empty ${fmtMs(s.floor.emptyFrameMs)}); idle at ${fmtMs(a.timelineIdleMs)}`,
      budget: '< 50 ms to repainted',
      met: a.timelinePaintedMs < 50,
    });
  }
  const lh = s.lighthouse;
  const lhBudgets = [
    ['performance', 'Performance', 90, '≥ 90'],
    ['accessibility', 'Accessibility', 100, '= 100'],
    ['best-practices', 'Best Practices', 100, '= 100'],
    ['seo', 'SEO', 90, '≥ 90'],
  ] as const;
  for (const [key, name, min, budget] of lhBudgets) {
    const value = lh && !('error' in lh) ? lh[key] : null;
    checks.push({
      figure: `Lighthouse mobile ${name}`,
      value: value === null ? 'not run' : String(value),
      budget,
      met: value === null ? null : value >= min,
    });
  }
  for (const c of checks) if (c.value.includes('NaN')) c.met = null;
  return checks;
}

export const verdict = (met: boolean | null) => (met === null ? 'unknown' : met ? 'met' : 'NOT MET');
