/** A closed-loop load driver shared by the benchmarks: `concurrency` workers run `total` operations after a warm-up. */
export interface LoadResult {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function runLoad(name: string, options: { total: number; concurrency: number; warmup?: number }, op: (i: number) => Promise<void>): Promise<LoadResult> {
  for (let i = 0; i < (options.warmup ?? 50); i++) await op(i);
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (next < options.total) {
      const i = next++;
      const t0 = performance.now();
      await op(i);
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, perSecond: options.total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
