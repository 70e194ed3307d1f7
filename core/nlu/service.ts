import type { Entity, IntentModel, IntentPrediction, LanguageGuess } from './types.js';
import type { Understanding } from '../flow/runtime.js';

export interface EntityOptions {
  locale: string;
  /** The conversation's locale, when the text is read as another language (see ExtractEntitiesOptions). */
  conversationLocale?: string;
  timezone?: string;
  now?: Date;
}

/** What the pipeline needs from NLU, whatever classifier, extractor and detector sit behind it. */
export interface NluService {
  /**
   * Intent and entities of `text`. `writtenIn` is the language the text is in when it differs from the reply
   * locale; its model is consulted when the reply locale's model is unsure.
   */
  understand(text: string, locale: string, options?: { timezone?: string; signal?: AbortSignal; writtenIn?: string }): Promise<Understanding>;
  detectLanguage(text: string, candidates: readonly string[], hint?: string, history?: readonly string[]): LanguageGuess | undefined;
  readonly locales: readonly string[];
}

export interface NluServiceParts {
  models: ReadonlyMap<string, IntentModel>;
  fallbackLocale: string;
  extractEntities: (text: string, options: EntityOptions) => Entity[];
  detectLanguage?: (text: string, options: { candidates: string[]; hint?: string; history?: string[] }) => LanguageGuess;
  /** Second opinion below the threshold; must resolve `undefined` rather than throw when unavailable. */
  remote?: { classify(text: string, options?: { signal?: AbortSignal }): Promise<IntentPrediction | undefined> };
  threshold: number;
}

/** Words in a message whose language the detector does not decide (see `language` stage). */
const SHORT_MESSAGE_WORDS = 2;

function isTooShortToDetect(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((w) => /[\p{L}]/u.test(w));
  return words.length > 0 && words.length <= SHORT_MESSAGE_WORDS;
}

export function createNluService(parts: NluServiceParts): NluService {
  return {
    locales: [...parts.models.keys()],
    async understand(text, locale, options = {}) {
      const model = parts.models.get(locale) ?? parts.models.get(parts.fallbackLocale);
      let prediction: IntentPrediction = model?.predict(text) ?? { intent: null, confidence: 0, ranking: [] };
      let textLocale = locale;
      // The language the text is written in, or for a message too short to tell ("hi", "thx"), the
      // bot's default language: consulted when the reply locale's model is unsure.
      const otherLocale = options.writtenIn ?? (isTooShortToDetect(text) ? parts.fallbackLocale : undefined);
      const other = otherLocale && otherLocale !== locale ? parts.models.get(otherLocale) : undefined;
      if (other && prediction.confidence < parts.threshold) {
        const second = other.predict(text);
        if (second.confidence > prediction.confidence) [prediction, textLocale] = [second, otherLocale!];
      }
      // Not for the remote model: it picks among the shop's intents and cannot say "none of them".
      if (parts.remote && !prediction.offTopic && prediction.confidence < parts.threshold && text.trim()) {
        const second = await parts.remote.classify(text, options.signal ? { signal: options.signal } : {});
        if (second && second.confidence > prediction.confidence) prediction = second;
      }
      const entities = parts.extractEntities(text, {
        locale: textLocale, ...(textLocale !== locale ? { conversationLocale: locale } : {}), ...(options.timezone ? { timezone: options.timezone } : {}),
      });
      return {
        intent: prediction.intent, confidence: prediction.confidence, ranking: prediction.ranking.slice(0, 5), entities,
        ...(prediction.offTopic ? { offTopic: true } : {}),
      };
    },
    detectLanguage(text, candidates, hint, history) {
      if (!parts.detectLanguage) return undefined;
      return parts.detectLanguage(text, {
        candidates: [...candidates], ...(hint ? { hint } : {}), ...(history ? { history: [...history] } : {}),
      });
    },
  };
}
