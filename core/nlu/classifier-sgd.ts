/**
 * Multinomial logistic regression (softmax) trained by SGD on sparse vectors, with L2 applied
 * lazily through a global scale (so an update costs O(nonzeros × classes), not O(weights)) and
 * averaged iterates over the final epochs for a stable solution.
 */
import type { SparseVector } from './features-vectorizer.js';

export interface SgdOptions {
  epochs: number;
  /** L2 strength (on the mean loss). */
  lambda: number;
  /** Initial learning rate; decays as eta0 / (1 + eta0·lambda·t). */
  eta0: number;
  /** Average the weights over the last `averageEpochs` epochs (0 = no averaging). */
  averageEpochs: number;
  seed: number;
  /** Drop each feature of a training example with this probability (and rescale the rest). */
  dropout: number;
}

export const DEFAULT_SGD_OPTIONS: SgdOptions = { epochs: 12, lambda: 1e-5, eta0: 0.5, averageEpochs: 4, seed: 1, dropout: 0 };

/** Weights laid out feature-major: `w[f * classes + k]`. */
export interface LinearWeights {
  classes: number;
  features: number;
  w: Float32Array;
  b: Float32Array;
}

/** A small deterministic PRNG (mulberry32), so training is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
}

/** Class scores `b + W·x` into `out`. */
export function scoresInto(out: Float64Array, weights: LinearWeights, x: SparseVector, wScale = 1): void {
  const { classes: K, w, b } = weights;
  const { indices, values } = x;
  for (let k = 0; k < K; k++) out[k] = 0;
  // Hot loop: indices come from the vectorizer and are in range, hence the assertions.
  for (let j = 0; j < indices.length; j++) {
    const base = indices[j]! * K;
    const v = values[j]! * wScale;
    for (let k = 0; k < K; k++) out[k]! += v * w[base + k]!;
  }
  for (let k = 0; k < K; k++) out[k]! += b[k]!;
}

/** In-place softmax of `z`; returns it. */
export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp((z[k] ?? 0) - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) / sum;
  return z;
}

/** Trains softmax regression on `xs` with labels `ys` in [0, classes). */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: Int32Array,
  features: number,
  classes: number,
  options: SgdOptions = DEFAULT_SGD_OPTIONS,
): LinearWeights {
  const K = classes;
  const cur: LinearWeights = { classes: K, features, w: new Float32Array(features * K), b: new Float32Array(K) };
  const avg = new Float64Array(options.averageEpochs > 0 ? features * K : 0);
  const avgB = new Float64Array(K);
  let avgCount = 0;
  const random = rng(options.seed);
  const order = Int32Array.from(xs.keys());
  const g = new Float64Array(K);
  let scale = 1;
  let t = 0;
  const { lambda, eta0 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const original = xs[i];
      if (!original) continue;
      const x = options.dropout > 0 ? drop(original, options.dropout, random) : original;
      const eta = eta0 / (1 + eta0 * lambda * t);
      scoresInto(g, cur, x, scale);
      softmaxInPlace(g);
      const y = ys[i] ?? 0;
      g[y] = (g[y] ?? 0) - 1;
      scale *= 1 - eta * lambda;
      sgdStep(cur, x, g, eta / scale);
      for (let k = 0; k < K; k++) cur.b[k] = (cur.b[k] ?? 0) - eta * (g[k] ?? 0);
      if (scale < 1e-6) scale = rescale(cur.w, scale);
      t++;
    }
    if (epoch >= options.epochs - options.averageEpochs) {
      accumulate(avg, avgB, cur, scale);
      avgCount++;
    }
  }
  if (avgCount === 0) {
    rescale(cur.w, scale);
    return cur;
  }
  return {
    classes: K,
    features,
    w: Float32Array.from(avg, (v) => v / avgCount),
    b: Float32Array.from(avgB, (v) => v / avgCount),
  };
}

/** Gradients below this are skipped: after the first epoch most classes have p ≈ 0 for an example. */
const MIN_GRADIENT = 1e-4;

function sgdStep(cur: LinearWeights, x: SparseVector, g: Float64Array, step: number): void {
  const K = cur.classes;
  const w = cur.w;
  const active: number[] = [];
  for (let k = 0; k < K; k++) if (Math.abs(g[k]!) > MIN_GRADIENT) active.push(k);
  for (let j = 0; j < x.indices.length; j++) {
    const base = x.indices[j]! * K;
    const c = step * x.values[j]!;
    for (const k of active) w[base + k]! -= c * g[k]!;
  }
}

function rescale(w: Float32Array, scale: number): number {
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * scale;
  return 1;
}

function accumulate(avg: Float64Array, avgB: Float64Array, cur: LinearWeights, scale: number): void {
  for (let i = 0; i < avg.length; i++) avg[i] = (avg[i] ?? 0) + (cur.w[i] ?? 0) * scale;
  for (let k = 0; k < avgB.length; k++) avgB[k] = (avgB[k] ?? 0) + (cur.b[k] ?? 0);
}

function drop(x: SparseVector, p: number, random: () => number): SparseVector {
  const keep = 1 / (1 - p);
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < x.indices.length; j++) {
    if (random() < p) continue;
    indices.push(x.indices[j] ?? 0);
    values.push((x.values[j] ?? 0) * keep);
  }
  return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
}
