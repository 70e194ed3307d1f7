/** Contracts of the NLU module. Implementations live beside this file. */

export interface TrainingExample {
  text: string;
  intent: string;
  locale?: string;
}

export interface IntentScore {
  intent: string;
  confidence: number;
}

export interface IntentPrediction {
  /** Best intent, or `null` when below the model's out-of-scope floor. */
  intent: string | null;
  /** Calibrated probability-like score in [0, 1]; one threshold means the same in every locale. */
  confidence: number;
  ranking: IntentScore[];
  /** True when the model took the message for off-topic chat (see background.ts). */
  offTopic?: boolean;
}

export interface IntentModel {
  readonly locale: string;
  readonly intents: readonly string[];
  predict(text: string): IntentPrediction;
  /** JSON-serializable; `loadIntentModel(model.toJSON())` predicts identically. */
  toJSON(): unknown;
}

/**
 * `locale` comes only from buttons (`intent:language?locale=es`), never from text; `comparison` (true) from the
 * flow runtime when a message weighs products against each other (core/flow/references.ts).
 */
export type EntityType = 'order_id' | 'phone' | 'email' | 'money' | 'quantity' | 'datetime' | 'product' | 'number' | 'ordinal' | 'locale' | 'comparison' | 'defect' | 'warranty_question' | 'remedy' | 'owned_defect' | 'address_change';

export interface Entity {
  type: EntityType;
  /**
   * Normalized value: order id 'SM100234', e-mail lowercased, money { amount, currency }, ISO datetime, product id,
   * ordinal position from 1 (-1 for "the last one").
   */
  value: unknown;
  /** The matched surface text and its offsets in the input. */
  text: string;
  start: number;
  end: number;
  /** 1 for exact patterns; lower for fuzzy product matches. */
  score: number;
}

export interface LanguageGuess {
  locale: string;
  confidence: number;
  /**
   * What decided it: the writing system alone, the n-gram model, or — for text that carries no
   * language (numbers, "ok", emoji) — the shopper's history, the platform hint or the bot default.
   * Guesses from history/hint/default have confidence < 0.5 and should not change a remembered language.
   */
  source?: 'script' | 'model' | 'history' | 'hint' | 'default';
}
