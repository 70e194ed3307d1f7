import type { SessionRepo } from '../../core/store/ports.js';
import { postbackKey, type Postback } from './decode.js';

const TTL_MS = 7 * 24 * 3_600_000;
const MAX_ENTRIES = 64;

/**
 * DingTalk buttons cannot post a hidden value: a pressed button makes the shopper send its text.
 * The buttons sent into a conversation are remembered here (in the session store, so every replica
 * and a restart see them) and a message whose text equals one is decoded as that button's press.
 */
export class PostbackMemory {
  constructor(
    private readonly sessions: SessionRepo,
    private readonly botId: string,
  ) {}

  #key(conversationId: string): string {
    return `dingtalk:postbacks:${this.botId}:${conversationId}`;
  }

  async remember(conversationId: string, postbacks: Record<string, Postback>): Promise<void> {
    if (Object.keys(postbacks).length === 0) return;
    const current = (await this.sessions.get<Record<string, Postback>>(this.#key(conversationId))) ?? {};
    for (const key of Object.keys(postbacks)) delete current[key]; // re-sent buttons move to the newest end
    const merged = Object.entries({ ...current, ...postbacks }).slice(-MAX_ENTRIES);
    await this.sessions.set(this.#key(conversationId), Object.fromEntries(merged), TTL_MS);
  }

  async lookup(conversationId: string, text: string | undefined): Promise<Postback | undefined> {
    if (!text) return undefined;
    const known = await this.sessions.get<Record<string, Postback>>(this.#key(conversationId));
    return known?.[postbackKey(text)];
  }
}
