import type { Entity, IntentScore } from '../nlu/types.js';

/** What the understand stage found in a message. */
export interface Understanding {
  intent: string | null;
  confidence: number;
  ranking: IntentScore[];
  entities: Entity[];
  /** Set when a button forced the intent (no classification). */
  forced?: boolean;
  /** Set when the message was taken for a request that is not for a shop (weather, music, trivia). */
  offTopic?: boolean;
}
