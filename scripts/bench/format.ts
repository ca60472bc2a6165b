/** Tables as aligned text (stdout) and as Markdown (docs/benchmarks.md). */
export type Table = { headers: string[]; rows: string[][] };

export function textTable({ headers, rows }: Table): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable({ headers, rows }: Table): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const fmtMs = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');
export const fmtKiB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a');
export const fmtRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
