import { describe, expect, it } from 'vitest';
import { addNaiveBayes } from '../../../core/nlu/classifier-nb.js';
import type { LinearWeights } from '../../../core/nlu/classifier-sgd.js';
import { scoresInto } from '../../../core/nlu/classifier-sgd.js';
import type { SparseVector } from '../../../core/nlu/features-vectorizer.js';

const F = 4;
const K = 3;
const vec = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs, (p) => p[0]),
  values: Float32Array.from(pairs, (p) => p[1]),
});
// Feature 0 only in class 0, feature 1 mostly class 1, feature 2 everywhere, feature 3 class 2.
const xs = [vec([[0, 0.8], [2, 0.2]]), vec([[1, 0.9], [2, 0.3]]), vec([[1, 0.5], [3, 0.5]]), vec([[3, 1], [2, 0.1]]), vec([[0, 0.4], [1, 0.2]])];
const ys = Int32Array.from([0, 1, 1, 2, 0]);
const zero = (): LinearWeights => ({ classes: K, features: F, w: new Float32Array(F * K), b: new Float32Array(K) });
const logits = (w: LinearWeights, x: SparseVector): number[] => {
  const out = new Float64Array(K);
  scoresInto(out, w, x);
  return Array.from(out);
};

/** Multinomial naive Bayes log-scores written out directly from the definition. */
function naiveBayesScores(x: SparseVector, alpha: number): number[] {
  return Array.from({ length: K }, (_, k) => {
    const docs = xs.filter((_, i) => ys[i] === k);
    const mass = (f: number): number => docs.reduce((s, d) => s + (d.values[Array.from(d.indices).indexOf(f)] ?? 0), 0);
    const total = Array.from({ length: F }, (_, f) => mass(f)).reduce((a, b) => a + b, 0);
    let score = Math.log((docs.length + 1) / (xs.length + K));
    x.indices.forEach((f, j) => (score += (x.values[j] ?? 0) * Math.log((mass(f) + alpha) / (total + alpha * F))));
    return score;
  });
}

const diffs = (s: number[]): number[] => s.map((v) => v - (s[0] ?? 0));

describe('addNaiveBayes', () => {
  it('adds gamma times the naive Bayes scores, up to a shift shared by all classes', () => {
    const w = zero();
    addNaiveBayes(w, xs, ys, { alpha: 0.01, gamma: 0.5, fullAt: 1 });
    for (const x of [vec([[0, 1]]), vec([[1, 0.7], [2, 0.7]]), vec([[3, 0.3], [0, 0.3]])]) {
      const expected = diffs(naiveBayesScores(x, 0.01)).map((d) => 0.5 * d);
      diffs(logits(w, x)).forEach((d, k) => expect(d).toBeCloseTo(expected[k] ?? NaN, 5));
    }
  });

  it('ranks the class a feature belongs to first', () => {
    const w = zero();
    addNaiveBayes(w, xs, ys, { alpha: 0.01, gamma: 1, fullAt: 1 });
    const top = (x: SparseVector): number => {
      const z = logits(w, x);
      return z.indexOf(Math.max(...z));
    };
    expect([top(vec([[0, 1]])), top(vec([[1, 1]])), top(vec([[3, 1]]))]).toEqual([0, 1, 2]);
  });

  it('centres each feature row, so int8 quantization keeps the differences', () => {
    const w = zero();
    addNaiveBayes(w, xs, ys, { alpha: 0.01, gamma: 1, fullAt: 1 });
    for (let f = 0; f < F; f++) {
      const row = Array.from(w.w.subarray(f * K, f * K + K));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 5);
    }
  });

  it('weighs in proportion to the examples per intent below fullAt, and not at all with gamma 0', () => {
    const full = zero();
    const half = zero();
    const off = zero();
    addNaiveBayes(full, xs, ys, { alpha: 0.01, gamma: 0.4, fullAt: 1 });
    // 5 examples, 3 intents: fullAt 10/3 gives half weight.
    addNaiveBayes(half, xs, ys, { alpha: 0.01, gamma: 0.4, fullAt: 10 / 3 });
    addNaiveBayes(off, xs, ys, { alpha: 0.01, gamma: 0, fullAt: 1 });
    full.w.forEach((v, i) => expect(half.w[i]).toBeCloseTo(v / 2, 5));
    expect(Array.from(off.w).every((v) => v === 0) && Array.from(off.b).every((v) => v === 0)).toBe(true);
  });
});
