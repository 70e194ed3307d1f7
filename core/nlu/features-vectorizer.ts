/**
 * Turns feature keys into TF-IDF weighted sparse vectors over a vocabulary learnt from the
 * training texts. Each feature group (words, characters) is L2-normalized on its own and then
 * scaled by its group weight, so neither group drowns the other.
 */
import { groupOf } from './features.js';

/** A sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface VectorizerOptions {
  /** Keep a feature only if it occurs in at least this many training texts. */
  minDf: number;
  /** Keep at most this many features, the most frequent first (bounds the model size). */
  maxFeatures?: number | undefined;
  /** Multiplier of the L2-normalized word block and character block. */
  wordWeight: number;
  charWeight: number;
}

export const DEFAULT_VECTORIZER_OPTIONS: VectorizerOptions = { minDf: 1, wordWeight: 1, charWeight: 1 };

/** The serialized vectorizer. */
export interface VectorizerJSON {
  vocab: string[];
  idf: number[];
  options: VectorizerOptions;
}

export class Vectorizer {
  readonly size: number;
  private readonly maxIdf: number;
  private readonly index: Map<string, number>;
  private readonly isChar: Uint8Array;

  private constructor(
    readonly vocab: readonly string[],
    readonly idf: Float64Array,
    readonly options: VectorizerOptions,
  ) {
    this.size = vocab.length;
    this.maxIdf = idf.reduce((m, x) => Math.max(m, x), 1);
    this.index = new Map(vocab.map((k, i) => [k, i]));
    this.isChar = Uint8Array.from(vocab, (k) => (groupOf(k) === 'char' ? 1 : 0));
  }

  /** Learns the vocabulary and smoothed IDF from the feature keys of each training text. */
  static fit(docs: readonly (readonly string[])[], options: VectorizerOptions = DEFAULT_VECTORIZER_OPTIONS): Vectorizer {
    const df = new Map<string, number>();
    for (const doc of docs) {
      for (const key of new Set(doc)) df.set(key, (df.get(key) ?? 0) + 1);
    }
    let kept = [...df].filter(([, n]) => n >= options.minDf);
    if (options.maxFeatures !== undefined && kept.length > options.maxFeatures) {
      kept = kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxFeatures);
    }
    const vocab = kept.map(([k]) => k).sort();
    const n = docs.length;
    const idf = Float64Array.from(vocab, (k) => round4(Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1));
    return new Vectorizer(vocab, idf, options);
  }

  static fromJSON(json: VectorizerJSON): Vectorizer {
    return new Vectorizer(json.vocab, Float64Array.from(json.idf), json.options);
  }

  toJSON(): VectorizerJSON {
    return { vocab: [...this.vocab], idf: Array.from(this.idf), options: this.options };
  }

  /**
   * IDF-weighted share of the text's words and character n-grams (n ≥ 2) that are in the
   * vocabulary, an unknown key weighing as much as the rarest known one: 1 for familiar text,
   * near 0 for gibberish.
   */
  coverage(keys: readonly string[]): number {
    let known = 0;
    let total = 0;
    for (const key of keys) {
      const first = key.charCodeAt(0);
      const counted = first === 119 /* w */ || (first === 99 /* c */ && [...key].length > 2);
      if (!counted) continue;
      const i = this.index.get(key);
      const weight = i === undefined ? this.maxIdf : (this.idf[i] ?? 0);
      total += weight;
      if (i !== undefined) known += weight;
    }
    return total === 0 ? 0 : known / total;
  }

  /** True when `key` is in the vocabulary. */
  has(key: string): boolean {
    return this.index.has(key);
  }

  /** Sublinear TF × IDF, L2 per group, times the group weight. Unknown keys are dropped. */
  transform(keys: readonly string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const key of keys) {
      const i = this.index.get(key);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = Int32Array.from(counts.keys());
    const values = new Float32Array(indices.length);
    let wordNorm = 0;
    let charNorm = 0;
    indices.forEach((f, j) => {
      const v = (1 + Math.log(counts.get(f) ?? 1)) * (this.idf[f] ?? 0);
      values[j] = v;
      if (this.isChar[f]) charNorm += v * v;
      else wordNorm += v * v;
    });
    const wordScale = this.options.wordWeight / Math.sqrt(wordNorm || 1);
    const charScale = this.options.charWeight / Math.sqrt(charNorm || 1);
    indices.forEach((f, j) => {
      values[j] = (values[j] ?? 0) * (this.isChar[f] ? charScale : wordScale);
    });
    return { indices, values };
  }
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
