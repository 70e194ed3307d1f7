/**
 * The intent classifier: TF-IDF word and character n-grams → softmax regression, with the
 * confidence calibrated by a temperature fitted on held-out folds and scaled down when the text
 * is mostly unknown words. Train with {@link trainIntentModel}, restore with {@link loadIntentModel}.
 */
import { fitTemperature, stratifiedFolds } from './classifier-calibrate.js';
import { MODEL_FORMAT, ModelJsonSchema, decodeInt8, dequantize, encodeInt8, quantize, type ModelJson } from './classifier-json.js';
import { DEFAULT_SGD_OPTIONS, scoresInto, softmaxInPlace, trainSoftmax, type LinearWeights, type SgdOptions } from './classifier-sgd.js';
import { DEFAULT_FEATURE_OPTIONS, features, type FeatureOptions } from './features.js';
import { DEFAULT_VECTORIZER_OPTIONS, Vectorizer, type SparseVector, type VectorizerOptions } from './features-vectorizer.js';
import type { IntentModel, IntentPrediction, TrainingExample } from './types.js';
import { ShopmateError } from '../model/errors.js';

/** Options of {@link trainIntentModel}; everything but `locale` has a default tuned on MASSIVE dev. */
export interface TrainIntentOptions {
  /** The locale of the model; examples with another `locale` set are ignored. */
  locale: string;
  features?: Partial<FeatureOptions>;
  vectorizer?: Partial<VectorizerOptions>;
  sgd?: Partial<SgdOptions>;
  /** Calibrated confidence below which `predict` answers `intent: null`. Default 0.4. */
  oosFloor?: number;
  /** Coverage (share of known words and n-grams) below which the confidence is scaled down proportionally. Default 0.5. */
  minCoverage?: number;
  /** Folds for the temperature fit; 0 keeps temperature 1. Default 5 under 2,000 examples, else 3. */
  calibrationFolds?: number;
}

/** Bad training input (no examples, a single intent, empty texts). */
export class TrainingError extends ShopmateError {}

/** A per-call override of the out-of-scope floor. */
export interface PredictOptions {
  floor?: number;
}

/** A trained linear intent model. Its JSON form is exactly what it predicts with. */
export class LinearIntentModel implements IntentModel {
  readonly locale: string;
  readonly intents: readonly string[];
  private readonly weights: LinearWeights;
  private readonly vectorizer: Vectorizer;
  private readonly scratch: Float64Array;

  private constructor(private readonly json: ModelJson) {
    this.locale = json.locale;
    this.intents = json.intents;
    this.vectorizer = Vectorizer.fromJSON(json.vectorizer);
    const q = { scales: json.weights.scales, data: decodeInt8(json.weights.data) };
    if (q.data.length !== q.scales.length * json.intents.length) throw new TrainingError('model weights have the wrong size');
    this.weights = dequantize(q, json.intents.length, json.bias);
    this.scratch = new Float64Array(json.intents.length);
  }

  /** @internal Builds a model from validated JSON. */
  static fromJson(json: ModelJson): LinearIntentModel {
    return new LinearIntentModel(json);
  }

  /** Training statistics (examples, held-out accuracy, seconds), when recorded. */
  get stats(): Readonly<Record<string, number>> {
    return this.json.stats ?? {};
  }

  get oosFloor(): number {
    return this.json.oosFloor;
  }

  predict(text: string, options: PredictOptions = {}): IntentPrediction {
    const keys = features(text, this.locale, this.json.features);
    const x = this.vectorizer.transform(keys);
    const coverage = this.vectorizer.coverage(keys);
    const probs = this.probabilities(x);
    const factor = Math.min(1, coverage / Math.max(1e-9, this.json.minCoverage));
    const ranking = this.intents
      .map((intent, k) => ({ intent, confidence: (probs[k] ?? 0) * factor }))
      .sort((a, b) => b.confidence - a.confidence);
    const top = ranking[0];
    const floor = options.floor ?? this.json.oosFloor;
    const confidence = top?.confidence ?? 0;
    return { intent: top && confidence >= floor && x.indices.length > 0 ? top.intent : null, confidence, ranking };
  }

  /** Raw class scores (before temperature) for `text`. */
  logits(text: string): Float64Array {
    const out = new Float64Array(this.intents.length);
    scoresInto(out, this.weights, this.vectorizer.transform(features(text, this.locale, this.json.features)));
    return out;
  }

  toJSON(): ModelJson {
    return this.json;
  }

  private probabilities(x: SparseVector): Float64Array {
    const z = this.scratch;
    scoresInto(z, this.weights, x);
    const t = this.json.temperature;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) / t;
    return softmaxInPlace(z);
  }
}

/** Restores a model from `model.toJSON()` (parsed JSON); throws a zod error on a malformed model. */
export function loadIntentModel(json: unknown): LinearIntentModel {
  return LinearIntentModel.fromJson(ModelJsonSchema.parse(json));
}

/** Trains an intent model for `options.locale` on `examples`. */
export function trainIntentModel(examples: readonly TrainingExample[], options: TrainIntentOptions): LinearIntentModel {
  const started = performance.now();
  const data = examples.filter((e) => e.locale === undefined || e.locale === options.locale);
  const intents = [...new Set(data.map((e) => e.intent))].sort();
  if (intents.length < 2) {
    throw new TrainingError(`need at least 2 intents to train locale ${options.locale}, got ${intents.length} (${data.length} examples)`);
  }
  const featureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  const vectorizerOptions = { ...DEFAULT_VECTORIZER_OPTIONS, minDf: data.length < 5000 ? 1 : 2, ...options.vectorizer };
  const minSteps = 20_000;
  const sgd = { ...DEFAULT_SGD_OPTIONS, epochs: Math.max(DEFAULT_SGD_OPTIONS.epochs, Math.ceil(minSteps / data.length)), ...options.sgd };
  const keys = data.map((e) => features(e.text, options.locale, featureOptions));
  const vectorizer = Vectorizer.fit(keys, vectorizerOptions);
  const xs = keys.map((k) => vectorizer.transform(k));
  const index = new Map(intents.map((intent, k) => [intent, k]));
  const ys = Int32Array.from(data, (e) => index.get(e.intent) ?? 0);
  const folds = options.calibrationFolds ?? (data.length < 2000 ? 5 : 3);
  const heldout = folds >= 2 ? crossValidate(xs, ys, vectorizer.size, intents.length, sgd, folds) : undefined;
  const temperature = heldout ? fitTemperature(heldout.logits, heldout.ys) : 1;
  const weights = trainSoftmax(xs, ys, vectorizer.size, intents.length, sgd);
  const q = quantize(weights);
  const json: ModelJson = {
    format: MODEL_FORMAT,
    locale: options.locale,
    intents,
    features: featureOptions,
    vectorizer: vectorizer.toJSON(),
    weights: { scales: q.scales, data: encodeInt8(q.data) },
    bias: Array.from(weights.b, (b) => Number(b.toPrecision(7))),
    temperature,
    oosFloor: options.oosFloor ?? 0.4,
    minCoverage: options.minCoverage ?? 0.5,
    stats: {
      examples: data.length,
      ...(heldout ? { heldoutAccuracy: round4(heldout.accuracy) } : {}),
      trainSeconds: round4((performance.now() - started) / 1000),
    },
  };
  return LinearIntentModel.fromJson(json);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

interface Heldout {
  logits: Float64Array[];
  ys: Int32Array;
  accuracy: number;
}

/** Scores of every example by a model trained without its fold. */
function crossValidate(xs: readonly SparseVector[], ys: Int32Array, features: number, classes: number, sgd: SgdOptions, k: number): Heldout {
  const fold = stratifiedFolds(ys, k, sgd.seed);
  const logits: Float64Array[] = [];
  const heldYs: number[] = [];
  let correct = 0;
  for (let f = 0; f < k; f++) {
    const trainIdx = [...xs.keys()].filter((i) => fold[i] !== f);
    const testIdx = [...xs.keys()].filter((i) => fold[i] === f);
    if (testIdx.length === 0 || new Set(trainIdx.map((i) => ys[i])).size < 2) continue;
    const w = trainSoftmax(trainIdx.map((i) => xs[i]!), Int32Array.from(trainIdx, (i) => ys[i] ?? 0), features, classes, sgd);
    for (const i of testIdx) {
      const z = new Float64Array(classes);
      scoresInto(z, w, xs[i]!);
      logits.push(z);
      heldYs.push(ys[i] ?? 0);
      if (argmax(z) === ys[i]) correct++;
    }
  }
  return { logits, ys: Int32Array.from(heldYs), accuracy: logits.length ? correct / logits.length : 0 };
}

export function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < z.length; k++) if ((z[k] ?? -Infinity) > (z[best] ?? -Infinity)) best = k;
  return best;
}
