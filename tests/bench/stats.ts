/** Median and 95th percentile of a sample of timings; medians because these machines are noisy. */
export function summarise(ms: number[]): { p50: number; p95: number; n: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

/** The middle of a few runs' figures. */
export const median = (xs: number[]) => summarise(xs).p50;

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
