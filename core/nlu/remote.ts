/**
 * An optional second opinion from a hosted model (Hugging Face Inference Endpoints or the
 * hf-inference provider), asked only when the local classifier is unsure.
 *
 * The remote model is an enhancement, never a dependency: when it is down, slow or talks nonsense,
 * `classify` resolves `undefined`, logs why, and the turn goes on with the local answer. Repeated
 * failures open a circuit so a dead endpoint does not add its timeout to every turn.
 */
import {
  InferenceClient,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
} from '@huggingface/inference';
import type { Logger } from '../util/log.js';
import { LruCache } from '../util/lru.js';
import type { IntentPrediction } from './types.js';

export type RemoteTask = 'zero-shot-classification' | 'text-classification';

export interface RemoteClassifierOptions {
  /** A dedicated endpoint (Inference Endpoints, a self-hosted TEI/transformers server). Without it, the hf-inference provider runs `model`. */
  endpointUrl?: string | undefined;
  /** Hugging Face or endpoint token; sent as `Authorization: Bearer`. */
  token?: string | undefined;
  /** Model id when no `endpointUrl` is set. Default: a multilingual NLI model. */
  model?: string | undefined;
  /** Default `zero-shot-classification`, which needs no training; `text-classification` expects a model trained on the bot's intents. */
  task?: RemoteTask | undefined;
  /**
   * The bot's intents. Zero-shot works on words, so give each intent a short description
   * (`{ order_status: 'where is my order' }`); a plain list uses the names with `_` as spaces.
   */
  labels: readonly string[] | Readonly<Record<string, string>>;
  /** Zero-shot hypothesis, e.g. `"This message is about {}."`. Default: the server's. */
  hypothesisTemplate?: string | undefined;
  /** Per-call time limit. Default 1500 ms. */
  timeoutMs?: number | undefined;
  /** Answers remembered, by text and label set. Default 500. */
  cacheSize?: number | undefined;
  /** Consecutive failures that open the circuit (default 3) and how long it stays open (default 30 s). */
  breaker?: { failures: number; cooldownMs: number } | undefined;
  logger?: Logger | undefined;
  /** Clock for the circuit breaker; tests pass their own. */
  now?: (() => number) | undefined;
}

export interface RemoteClassifier {
  /** The remote ranking of the bot's intents, or `undefined` when the remote model could not answer. */
  classify(text: string, options?: { signal?: AbortSignal }): Promise<IntentPrediction | undefined>;
}

/** Why a call gave no answer; logged as `reason`. */
export type RemoteFailure = 'timeout' | 'aborted' | 'http' | 'malformed' | 'network' | 'circuit-open';

const DEFAULT_MODEL = 'MoritzLaurer/mDeBERTa-v3-base-mnli-xnli';

/** The endpoint answered 200 with labels or scores we did not ask for. */
class MalformedOutput extends Error {
  override name = 'MalformedOutput';
}

export function createRemoteClassifier(options: RemoteClassifierOptions): RemoteClassifier {
  const task = options.task ?? 'zero-shot-classification';
  const timeoutMs = options.timeoutMs ?? 1500;
  const now = options.now ?? Date.now;
  const breaker = options.breaker ?? { failures: 3, cooldownMs: 30_000 };
  const intentOf = labelMap(options.labels);
  const candidateLabels = [...intentOf.keys()];
  const labelsKey = candidateLabels.join('\u0001');
  const cache = new LruCache<string, IntentPrediction>(options.cacheSize ?? 500);
  const inFlight = new Map<string, Promise<IntentPrediction | undefined>>();
  const client = new InferenceClient(options.token ?? '', options.endpointUrl ? { endpointUrl: options.endpointUrl } : {});
  const target = options.endpointUrl ? {} : { model: options.model ?? DEFAULT_MODEL, provider: 'hf-inference' as const };
  let failures = 0;
  let openUntil = 0;

  async function call(text: string, signal: AbortSignal): Promise<IntentPrediction> {
    const callOptions = { signal, retry_on_error: false }; // the SDK retries a 503 forever, with no delay
    const output =
      task === 'zero-shot-classification'
        ? await client.zeroShotClassification(
            {
              ...target, inputs: text,
              parameters: { candidate_labels: candidateLabels, multi_label: false, ...hypothesis(options.hypothesisTemplate) },
            },
            callOptions,
          )
        : await client.textClassification({ ...target, inputs: text }, callOptions);
    return toPrediction(output, intentOf);
  }

  function fail(reason: RemoteFailure, started: number, err?: unknown): undefined {
    if (reason !== 'circuit-open' && reason !== 'aborted') {
      failures++;
      if (failures >= breaker.failures) openUntil = now() + breaker.cooldownMs;
    }
    const status = err instanceof InferenceClientProviderApiError ? err.httpResponse.status : undefined;
    options.logger?.warn(
      { reason, status, elapsedMs: Math.round(now() - started), failures, err: err instanceof Error ? err.message : err },
      'remote NLU gave no answer; the local model decides',
    );
    return undefined;
  }

  async function attempt(text: string, key: string, outer?: AbortSignal): Promise<IntentPrediction | undefined> {
    const started = now();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = outer ? AbortSignal.any([timeout, outer]) : timeout;
    try {
      const prediction = await call(text, signal);
      failures = 0;
      cache.set(key, prediction);
      return prediction;
    } catch (err) {
      if (outer?.aborted) return fail('aborted', started, err);
      return fail(classifyError(err, timeout), started, err);
    }
  }

  return {
    async classify(text, callOptions) {
      const key = `${text}\u0000${labelsKey}`;
      const cached = cache.get(key);
      if (cached) return cached;
      if (now() < openUntil) return fail('circuit-open', now());
      const pending = inFlight.get(key);
      if (pending) return pending;
      const p = attempt(text, key, callOptions?.signal).finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    },
  };
}

function hypothesis(template: string | undefined): { hypothesis_template?: string } {
  return template === undefined ? {} : { hypothesis_template: template };
}

/** Label text sent to the model → intent. */
function labelMap(labels: RemoteClassifierOptions['labels']): Map<string, string> {
  const entries: [string, string][] = Array.isArray(labels)
    ? (labels as readonly string[]).map((intent) => [intent.replace(/_/g, ' '), intent])
    : Object.entries(labels as Readonly<Record<string, string>>).map(([intent, text]) => [text, intent]);
  if (entries.length === 0) throw new RangeError('createRemoteClassifier: labels must not be empty');
  return new Map(entries);
}

function classifyError(err: unknown, timeout: AbortSignal): RemoteFailure {
  if (timeout.aborted) return 'timeout';
  if (err instanceof InferenceClientProviderApiError) return 'http';
  if (err instanceof InferenceClientProviderOutputError || err instanceof SyntaxError || err instanceof MalformedOutput) return 'malformed';
  return 'network';
}

/** Checks what the SDK let through: known labels, finite scores in [0, 1]. */
function toPrediction(output: readonly { label: string; score: number }[], intentOf: Map<string, string>): IntentPrediction {
  const ranking = output
    .filter((o) => intentOf.has(o.label) || [...intentOf.values()].includes(o.label))
    .map((o) => ({ intent: intentOf.get(o.label) ?? o.label, confidence: o.score }));
  if (ranking.length === 0 || ranking.some((r) => !Number.isFinite(r.confidence) || r.confidence < 0 || r.confidence > 1)) {
    throw new MalformedOutput(`unexpected labels or scores from the remote model (${output.length} entries)`);
  }
  ranking.sort((a, b) => b.confidence - a.confidence);
  const top = ranking[0] as { intent: string; confidence: number };
  return { intent: top.intent, confidence: top.confidence, ranking };
}
