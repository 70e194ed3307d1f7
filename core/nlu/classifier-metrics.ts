/** Evaluation metrics shared by `shopmate nlu eval` and the benchmark. */

/** Share of positions where `predicted` equals `gold`. */
export function accuracy(gold: readonly (string | null)[], predicted: readonly (string | null)[]): number {
  let ok = 0;
  gold.forEach((g, i) => {
    if (g === predicted[i]) ok++;
  });
  return gold.length === 0 ? 0 : ok / gold.length;
}

/** Unweighted mean F1 over every label present in `gold` or `predicted` (as scikit-learn's macro F1). */
export function macroF1(gold: readonly (string | null)[], predicted: readonly (string | null)[]): number {
  const tp = new Map<string | null, number>();
  const fp = new Map<string | null, number>();
  const fn = new Map<string | null, number>();
  const add = (m: Map<string | null, number>, k: string | null): void => void m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = predicted[i] ?? null;
    if (g === p) add(tp, g);
    else {
      add(fp, p);
      add(fn, g);
    }
  });
  const labels = new Set([...gold, ...predicted]);
  let sum = 0;
  for (const label of labels) {
    const t = tp.get(label) ?? 0;
    const denom = 2 * t + (fp.get(label) ?? 0) + (fn.get(label) ?? 0);
    sum += denom === 0 ? 0 : (2 * t) / denom;
  }
  return labels.size === 0 ? 0 : sum / labels.size;
}

/** The q-quantile (0..1) of `values` by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Rounds to `digits` decimals, for printing. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
