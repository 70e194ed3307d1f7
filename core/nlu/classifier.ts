/**
 * The intent classifier: TF-IDF word and character n-grams → softmax regression. Its confidence
 * is P(top intent is right), fitted on held-out folds that also leave whole intents out, so it is
 * low for likely mistakes and for requests the bot was never trained on, and one threshold means
 * the same in every locale. Train with {@link trainIntentModel}, restore with {@link loadIntentModel}.
 */
import { BACKGROUND_INTENT } from './background.js';
import { confidenceOf, type ConfidenceModel } from './classifier-calibrate.js';
import { calibrateOnHeldout, confidenceInput } from './classifier-heldout.js';
import { MODEL_FORMAT, ModelJsonSchema, decodeInt8, dequantize, encodeInt8, quantize, type ModelJson } from './classifier-json.js';
import { DEFAULT_NB_OPTIONS, addNaiveBayes, type NaiveBayesOptions } from './classifier-nb.js';
import { DEFAULT_SGD_OPTIONS, scoresInto, softmaxInPlace, trainSoftmax, type LinearWeights, type SgdOptions } from './classifier-sgd.js';
import { DEFAULT_FEATURE_OPTIONS, features, type FeatureOptions } from './features.js';
import { DEFAULT_VECTORIZER_OPTIONS, Vectorizer, type VectorizerOptions } from './features-vectorizer.js';
import type { IntentModel, IntentPrediction, TrainingExample } from './types.js';
import { ShopmateError } from '../model/errors.js';

/** Options of {@link trainIntentModel}; everything but `locale` has a default tuned on MASSIVE dev. */
export interface TrainIntentOptions {
  /** The locale of the model; examples with another `locale` set are ignored. */
  locale: string;
  features?: Partial<FeatureOptions>;
  vectorizer?: Partial<VectorizerOptions>;
  sgd?: Partial<SgdOptions>;
  /** The naive Bayes term added to the weights (`gamma: 0` turns it off). */
  nb?: Partial<NaiveBayesOptions>;
  /** Confidence below which `predict` answers `intent: null`. Default 0.4. */
  oosFloor?: number;
  /** Folds for calibration (all scored under 2,000 examples, else one); 0 or 1 = uncalibrated. Default 5. */
  calibrationFolds?: number;
}

/** Bad training input (a single intent, no examples). */
export class TrainingError extends ShopmateError {}

/** A per-call override of the out-of-scope floor. */
export interface PredictOptions {
  floor?: number;
  /** Share of the off-topic class at or above which a message is off-topic (default {@link OFF_TOPIC_MIN}). */
  offTopicMin?: number;
}

/**
 * The off-topic class must hold at least this share of the (tempered) softmax to take a message;
 * below it the message is read as if the class did not exist. Tuned on the demo bot's dev sets
 * and MASSIVE dev (bench/nlu-offtopic.ts --split dev).
 */
export const OFF_TOPIC_MIN = 0.7;

/** Weights (features × intents) a model may hold: at most about 8 MB of JSON. */
const WEIGHT_BUDGET = 4_000_000;
/** SGD steps at least, so that small bots train long enough. */
const MIN_STEPS = 20_000;
const UNCALIBRATED: ConfidenceModel = { logOdds: 1, topScore: 0, coverage: 0, bias: 0 };

/** A trained linear intent model. Its JSON form is exactly what it predicts with. */
export class LinearIntentModel implements IntentModel {
  readonly locale: string;
  /** The intents it can answer (not the off-topic class, see background.ts). */
  readonly intents: readonly string[];
  /** Every class the weights score, the off-topic class included. */
  private readonly classes: readonly string[];
  private readonly background: number;
  private readonly weights: LinearWeights;
  private readonly vectorizer: Vectorizer;

  private constructor(private readonly json: ModelJson) {
    this.locale = json.locale;
    this.classes = json.intents;
    this.background = json.intents.indexOf(BACKGROUND_INTENT);
    this.intents = json.intents.filter((i) => i !== BACKGROUND_INTENT);
    this.vectorizer = Vectorizer.fromJSON(json.vectorizer);
    const q = { scales: json.weights.scales, data: decodeInt8(json.weights.data) };
    if (q.data.length !== q.scales.length * json.intents.length) throw new TrainingError('model weights have the wrong size');
    this.weights = dequantize(q, json.intents.length, json.bias);
  }

  /** @internal Builds a model from validated JSON. */
  static fromJson(json: ModelJson): LinearIntentModel {
    return new LinearIntentModel(json);
  }

  /** Training statistics (examples, held-out accuracy, seconds). */
  get stats(): Readonly<Record<string, number>> {
    return this.json.stats ?? {};
  }

  get oosFloor(): number {
    return this.json.oosFloor;
  }

  /**
   * Top intent with its confidence, P(right); `intent: null` below the floor, when no feature of
   * `text` is known, or when the off-topic class wins (then `offTopic: true`). The ranking lists
   * every intent, the others scaled like the top one.
   */
  predict(text: string, options: PredictOptions = {}): IntentPrediction {
    const keys = features(text, this.locale, this.json.features);
    const x = this.vectorizer.transform(keys);
    const logits = new Float64Array(this.classes.length);
    scoresInto(logits, this.weights, x);
    // Off-topic is a claim about what a message says, so it needs a word the model knows: gibberish is
    // not understood rather than off-topic, however much the class's prior favours it.
    if (this.background >= 0 && keys.some((k) => k.charCodeAt(0) === 119 /* w */ && this.vectorizer.has(k))) {
      const shares = softmaxInPlace(logits.map((z) => z / this.json.temperature));
      const share = shares[this.background] ?? 0;
      if (share >= (options.offTopicMin ?? OFF_TOPIC_MIN) && shares.every((p) => p <= share)) return this.offTopic(shares);
    }
    if (this.background >= 0) logits[this.background] = -Infinity;
    const { input, top } = confidenceInput(logits, this.json.temperature, this.vectorizer.coverage(keys));
    const probs = logits; // now the tempered softmax
    const confidence = x.indices.length === 0 ? 0 : confidenceOf(this.json.confidence, input);
    const scale = confidence / Math.max(1e-12, probs[top] ?? 1);
    const ranking = this.rank((k) => (k === top ? confidence : Math.min(confidence, (probs[k] ?? 0) * scale)), top);
    const floor = options.floor ?? this.json.oosFloor;
    return { intent: confidence > 0 && confidence >= floor ? (this.classes[top] ?? null) : null, confidence, ranking };
  }

  /** The off-topic class won: no intent, and the others ranked by their share of the rest. */
  private offTopic(shares: Float64Array): IntentPrediction {
    const rest = Math.max(1e-12, 1 - (shares[this.background] ?? 0));
    const ranking = this.rank((k) => (shares[k] ?? 0) / rest, -1);
    return { intent: null, confidence: 0, ranking, offTopic: true };
  }

  private rank(score: (k: number) => number, top: number): IntentPrediction['ranking'] {
    const out: IntentPrediction['ranking'] = [];
    this.classes.forEach((intent, k) => {
      if (k !== this.background) out.push({ intent, confidence: score(k) });
    });
    const topIntent = this.classes[top];
    return out.sort((a, b) => b.confidence - a.confidence || Number(b.intent === topIntent) - Number(a.intent === topIntent));
  }

  toJSON(): ModelJson {
    return this.json;
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
  const vectorizerOptions = { ...DEFAULT_VECTORIZER_OPTIONS, maxFeatures: Math.floor(WEIGHT_BUDGET / intents.length), ...options.vectorizer };
  const sgd = { ...DEFAULT_SGD_OPTIONS, epochs: Math.max(DEFAULT_SGD_OPTIONS.epochs, Math.ceil(MIN_STEPS / data.length)), ...options.sgd };
  const nb = { ...DEFAULT_NB_OPTIONS, ...options.nb };
  const keys = data.map((e) => features(e.text, options.locale, featureOptions));
  const index = new Map(intents.map((intent, k) => [intent, k]));
  const ys = Int32Array.from(data, (e) => index.get(e.intent) ?? 0);
  const folds = options.calibrationFolds ?? 5;
  // Past 2,000 examples one held-out fold is plenty for four parameters, and saves training time.
  const calibration =
    folds >= 2
      ? calibrateOnHeldout(keys, ys, { classes: intents.length, vectorizer: vectorizerOptions, sgd, nb, folds, rounds: data.length < 2000 ? folds : 1 })
      : undefined;
  const vectorizer = Vectorizer.fit(keys, vectorizerOptions);
  const xs = keys.map((k) => vectorizer.transform(k));
  const weights = trainSoftmax(xs, ys, vectorizer.size, intents.length, sgd);
  addNaiveBayes(weights, xs, ys, nb);
  const q = quantize(weights);
  const json: ModelJson = {
    format: MODEL_FORMAT,
    locale: options.locale,
    intents,
    features: featureOptions,
    vectorizer: vectorizer.toJSON(),
    weights: { scales: q.scales, data: encodeInt8(q.data) },
    bias: Array.from(weights.b, (b) => Number(b.toPrecision(7))),
    temperature: calibration?.temperature ?? 1,
    confidence: calibration?.confidence ?? UNCALIBRATED,
    oosFloor: options.oosFloor ?? 0.4,
    stats: {
      examples: data.length,
      features: vectorizer.size,
      ...(calibration ? { heldoutAccuracy: round4(calibration.accuracy), heldoutScored: calibration.scored, heldoutOutOfScope: calibration.outOfScope } : {}),
      trainSeconds: round4((performance.now() - started) / 1000),
    },
  };
  return LinearIntentModel.fromJson(json);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
