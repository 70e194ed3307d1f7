/**
 * Held-out calibration of an intent model. Models trained without one fold of the examples AND
 * without a group of intents score the fold: utterances of the left-out intents stand in for
 * out-of-scope messages. From those scores come the softmax temperature (in-scope utterances
 * only) and the confidence model, P(top intent is right), which therefore learns to be low both
 * for likely mistakes and for unknown requests.
 */
import {
  fitConfidence,
  fitTemperature,
  stratifiedFolds,
  type ConfidenceInput,
  type ConfidenceModel,
} from './classifier-calibrate.js';
import { addNaiveBayes, type NaiveBayesOptions } from './classifier-nb.js';
import { rng, scoresInto, softmaxInPlace, trainSoftmax, type SgdOptions } from './classifier-sgd.js';
import { Vectorizer, type VectorizerOptions } from './features-vectorizer.js';

export interface HeldoutCalibration {
  temperature: number;
  confidence: ConfidenceModel;
  /** Top-1 accuracy on held-out in-scope utterances. */
  accuracy: number;
  /** Held-out utterances scored, and how many of them were out of scope. */
  scored: number;
  outOfScope: number;
}

interface Scored {
  logits: Float64Array;
  y: number;
  inScope: boolean;
  coverage: number;
}

export interface HeldoutOptions {
  classes: number;
  vectorizer: VectorizerOptions;
  sgd: SgdOptions;
  nb: NaiveBayesOptions;
  folds: number;
  /** How many of the folds to score (1 = a single held-out split). */
  rounds: number;
}

/** Scores held-out folds and fits temperature and confidence to them. */
export function calibrateOnHeldout(keys: readonly (readonly string[])[], ys: Int32Array, options: HeldoutOptions): HeldoutCalibration {
  const scored = scoreHeldout(keys, ys, options);
  const inScope = scored.filter((s) => s.inScope);
  const temperature = fitTemperature(inScope.map((s) => s.logits), Int32Array.from(inScope, (s) => s.y));
  const inputs: ConfidenceInput[] = [];
  const right: boolean[] = [];
  let correct = 0;
  for (const s of scored) {
    const { input, top } = confidenceInput(s.logits, temperature, s.coverage);
    inputs.push(input);
    right.push(s.inScope && top === s.y);
    if (s.inScope && top === s.y) correct++;
  }
  return {
    temperature,
    confidence: fitConfidence(inputs, right),
    accuracy: inScope.length ? correct / inScope.length : 0,
    scored: scored.length,
    outOfScope: scored.length - inScope.length,
  };
}

/** The confidence model's view of raw scores `logits` (overwritten with probabilities). */
export function confidenceInput(logits: Float64Array, temperature: number, coverage: number): { input: ConfidenceInput; top: number } {
  let top = 0;
  for (let k = 1; k < logits.length; k++) if ((logits[k] ?? 0) > (logits[top] ?? 0)) top = k;
  const topScore = logits[top] ?? 0;
  for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] ?? 0) / temperature;
  const p = Math.min(1 - 1e-9, Math.max(1e-9, softmaxInPlace(logits)[top] ?? 0));
  return { input: { logOdds: Math.log(p / (1 - p)), topScore, coverage }, top };
}

function scoreHeldout(keys: readonly (readonly string[])[], ys: Int32Array, options: HeldoutOptions): Scored[] {
  const { classes, folds } = options;
  const fold = stratifiedFolds(ys, folds, options.sgd.seed);
  const group = intentGroups(classes, folds, options.sgd.seed);
  const out: Scored[] = [];
  for (let f = 0; f < Math.min(folds, options.rounds); f++) {
    const leftOut = (y: number): boolean => classes >= 4 && group[y] === f;
    const trainIdx = [...keys.keys()].filter((i) => fold[i] !== f && !leftOut(ys[i] ?? 0));
    const testIdx = [...keys.keys()].filter((i) => fold[i] === f);
    if (testIdx.length === 0 || new Set(trainIdx.map((i) => ys[i])).size < 2) continue;
    const vectorizer = Vectorizer.fit(trainIdx.map((i) => keys[i] ?? []), options.vectorizer);
    const xs = trainIdx.map((i) => vectorizer.transform(keys[i] ?? []));
    const trainYs = Int32Array.from(trainIdx, (i) => ys[i] ?? 0);
    const weights = trainSoftmax(xs, trainYs, vectorizer.size, classes, options.sgd);
    addNaiveBayes(weights, xs, trainYs, options.nb);
    for (const i of testIdx) {
      const logits = new Float64Array(classes);
      const k = keys[i] ?? [];
      scoresInto(logits, weights, vectorizer.transform(k));
      const y = ys[i] ?? 0;
      out.push({ logits, y, inScope: !leftOut(y), coverage: vectorizer.coverage(k) });
    }
  }
  return out;
}

/** Spreads the intents over `folds` groups at random; fold f also leaves out group f. */
function intentGroups(classes: number, folds: number, seed: number): Int32Array {
  const random = rng(seed + 1);
  const order = Array.from({ length: classes }, (_, k) => k);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const group = new Int32Array(classes);
  order.forEach((k, rank) => (group[k] = rank % folds));
  return group;
}
