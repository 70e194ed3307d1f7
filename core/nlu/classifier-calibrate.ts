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

/** What the confidence model sees of one prediction. */
export interface ConfidenceInput {
  /** log(p / (1 - p)) of the top intent's tempered softmax probability. */
  logOdds: number;
  /** The top intent's raw score: low when the text has little evidence for any intent. */
  topScore: number;
  /** Share of the text's words and n-grams the model knows. */
  coverage: number;
}

/** Logistic map from {@link ConfidenceInput} to P(top intent is right). */
export interface ConfidenceModel {
  logOdds: number;
  topScore: number;
  coverage: number;
  bias: number;
}

export function confidenceOf(m: ConfidenceModel, x: ConfidenceInput): number {
  const s = m.logOdds * x.logOdds + m.topScore * x.topScore + m.coverage * x.coverage + m.bias;
  return 1 / (1 + Math.exp(-s));
}

const FEATURES = ['logOdds', 'topScore', 'coverage'] as const;

/**
 * Fits P(right) = σ(w·x + b) by Newton's method with a little L2. A feature whose weight comes
 * out negative (more evidence, less confidence) is dropped and the rest refitted, so confidence
 * never falls as evidence grows.
 */
export function fitConfidence(xs: readonly ConfidenceInput[], right: readonly boolean[]): ConfidenceModel {
  let used: (typeof FEATURES)[number][] = [...FEATURES];
  for (;;) {
    const w = newtonLogistic(xs.map((x) => [...used.map((f) => x[f]), 1]), right);
    const negative = used.findIndex((_, i) => (w[i] ?? 0) < 0);
    if (negative < 0 || used.length === 1) {
      const model: ConfidenceModel = { logOdds: 0, topScore: 0, coverage: 0, bias: w[used.length] ?? 0 };
      used.forEach((f, i) => (model[f] = Math.max(0, w[i] ?? 0)));
      return roundModel(model);
    }
    used = used.filter((_, i) => i !== negative);
  }
}

function roundModel(m: ConfidenceModel): ConfidenceModel {
  const r = (x: number): number => Number(x.toPrecision(6));
  return { logOdds: r(m.logOdds), topScore: r(m.topScore), coverage: r(m.coverage), bias: r(m.bias) };
}

function newtonLogistic(rows: readonly number[][], ys: readonly boolean[]): number[] {
  const d = rows[0]?.length ?? 1;
  const w = new Array<number>(d).fill(0);
  const l2 = 1e-3 * Math.max(1, rows.length);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0)));
      const err = p - (ys[i] ? 1 : 0);
      const v = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] ?? 0) + err * (x[a] ?? 0);
        for (let b = 0; b < d; b++) h[a]![b] = (h[a]![b] ?? 0) + v * (x[a] ?? 0) * (x[b] ?? 0);
      }
    });
    for (let a = 0; a < d - 1; a++) {
      g[a] = (g[a] ?? 0) + l2 * (w[a] ?? 0);
      h[a]![a] = (h[a]![a] ?? 0) + l2;
    }
    const step = solve(h, g);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a] = (w[a] ?? 0) - (step[a] ?? 0);
      change = Math.max(change, Math.abs(step[a] ?? 0));
    }
    if (change < 1e-8) break;
  }
  return w;
}

/** Solves `a·x = b` by Gaussian elimination with partial pivoting (a is tiny here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const p = m[c]?.[c] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / p;
      for (let k = c; k <= n; k++) m[r]![k] = (m[r]![k] ?? 0) - f * (m[c]![k] ?? 0);
    }
  }
  return m.map((row, i) => {
    const p = row[i] ?? 0;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
  });
}
