/**
 * The on-disk form of an intent model: JSON with the vocabulary, IDF and weights quantized to
 * int8 per feature (base64), validated with zod when loaded.
 */
import { z } from 'zod';
import type { LinearWeights } from './classifier-sgd.js';

export const MODEL_FORMAT = 'shopmate-intent-linear/2';

const FeatureOptionsSchema = z.object({
  wordNgrams: z.number().int().min(1),
  charMin: z.number().int().min(1),
  charMax: z.number().int().min(0),
  stripMarks: z.boolean(),
  edges: z.boolean(),
  skipBigrams: z.boolean().default(false),
  stems: z.boolean().default(false),
  charScope: z.enum(['word', 'text']).default('word'),
});

const VectorizerSchema = z.object({
  vocab: z.array(z.string()),
  idf: z.array(z.number()),
  options: z.object({ minDf: z.number(), maxFeatures: z.number().optional(), wordWeight: z.number(), charWeight: z.number() }),
});

export const ModelJsonSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    locale: z.string().min(1),
    intents: z.array(z.string().min(1)).min(2),
    features: FeatureOptionsSchema,
    vectorizer: VectorizerSchema,
    /** Per-feature dequantization scale and the int8 weights (feature-major), base64. */
    weights: z.object({ scales: z.array(z.number()), data: z.string() }),
    bias: z.array(z.number()),
    temperature: z.number().positive(),
    oosFloor: z.number().min(0).max(1),
    /** P(right) = σ(logOdds·x₁ + topScore·x₂ + coverage·x₃ + bias); see classifier-calibrate.ts. */
    confidence: z.object({ logOdds: z.number(), topScore: z.number(), coverage: z.number(), bias: z.number() }),
    stats: z.record(z.string(), z.number()).optional(),
  })
  .refine((m) => m.vectorizer.idf.length === m.vectorizer.vocab.length, 'idf and vocab lengths differ')
  .refine((m) => m.weights.scales.length === m.vectorizer.vocab.length, 'weight scales and vocab lengths differ')
  .refine((m) => m.bias.length === m.intents.length, 'bias and intents lengths differ');

export type ModelJson = z.infer<typeof ModelJsonSchema>;

/** Int8 weights with one scale per feature row. */
export interface QuantizedWeights {
  scales: number[];
  data: Int8Array;
}

export function quantize(weights: LinearWeights): QuantizedWeights {
  const { features: F, classes: K, w } = weights;
  const scales: number[] = [];
  const data = new Int8Array(F * K);
  for (let f = 0; f < F; f++) {
    let max = 0;
    for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(w[f * K + k] ?? 0));
    const scale = max === 0 ? 0 : Number((max / 127).toPrecision(6));
    scales.push(scale);
    if (scale === 0) continue;
    for (let k = 0; k < K; k++) data[f * K + k] = Math.max(-127, Math.min(127, Math.round((w[f * K + k] ?? 0) / scale)));
  }
  return { scales, data };
}

export function dequantize(q: QuantizedWeights, classes: number, bias: readonly number[]): LinearWeights {
  const F = q.scales.length;
  const w = new Float32Array(F * classes);
  for (let f = 0; f < F; f++) {
    const s = q.scales[f] ?? 0;
    for (let k = 0; k < classes; k++) w[f * classes + k] = (q.data[f * classes + k] ?? 0) * s;
  }
  return { classes, features: F, w, b: Float32Array.from(bias) };
}

export function encodeInt8(data: Int8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

export function decodeInt8(base64: string): Int8Array {
  const buf = Buffer.from(base64, 'base64');
  return new Int8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}
