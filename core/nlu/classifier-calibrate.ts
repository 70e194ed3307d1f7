/**
 * Confidence calibration: stratified folds for held-out scores, and the softmax temperature that
 * minimizes held-out negative log-likelihood. With the temperature fitted per model, a confidence
 * of 0.7 means "right about 70% of the time" in every locale.
 */
import { rng } from './classifier-sgd.js';

/** Assigns each example a fold in [0, k), spreading every class evenly over the folds. */
export function stratifiedFolds(ys: Int32Array, k: number, seed: number): Int32Array {
  const random = rng(seed);
  const byClass = new Map<number, number[]>();
  ys.forEach((y, i) => {
    const list = byClass.get(y) ?? [];
    list.push(i);
    byClass.set(y, list);
  });
  const folds = new Int32Array(ys.length);
  let offset = 0;
  for (const list of byClass.values()) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] ?? 0, list[i] ?? 0];
    }
    list.forEach((ex, r) => (folds[ex] = (r + offset) % k));
    offset += list.length;
  }
  return folds;
}

/** Mean negative log-likelihood of `ys` under softmax(logits / t). */
export function nll(logits: readonly Float64Array[], ys: Int32Array, t: number): number {
  let total = 0;
  logits.forEach((z, i) => {
    let max = -Infinity;
    for (const v of z) if (v / t > max) max = v / t;
    let sum = 0;
    for (const v of z) sum += Math.exp(v / t - max);
    total += max + Math.log(sum) - (z[ys[i] ?? 0] ?? 0) / t;
  });
  return total / Math.max(1, logits.length);
}

/** The temperature in [0.05, 20] minimizing held-out NLL (golden-section search on log t). */
export function fitTemperature(logits: readonly Float64Array[], ys: Int32Array): number {
  if (logits.length === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(logits, ys, Math.exp(a));
  let fb = nll(logits, ys, Math.exp(b));
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(logits, ys, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(logits, ys, Math.exp(b));
    }
  }
  return Math.round(Math.exp((lo + hi) / 2) * 1e4) / 1e4;
}
