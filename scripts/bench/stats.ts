/** Medians over runs, skipping runs that failed (undefined or NaN). */
export function median(values: (number | undefined)[]): number {
  const xs = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Median of each numeric field over a list of records with the same keys. */
export function medianOfEach<K extends string>(records: Record<K, number>[], keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, median(records.map((r) => r[k]))])) as Record<K, number>;
}
