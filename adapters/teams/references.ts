import type { ConversationReference } from 'botbuilder';
import type { ReferenceRepo } from '../../core/store/ports.js';

const PLATFORM = 'teams';

/**
 * Conversation references in the store (so they survive restarts and are shared by every replica):
 * - `conv:<conversation id>`: the latest reference of each conversation (agents' replies, sends outside a turn);
 * - `user:<user id>`: the user's personal (1:1) chat with the bot;
 * - `member:<user id>`: the latest conversation the user spoke in, to open a personal chat from.
 */
export class ReferenceBook {
  constructor(
    private readonly repo: ReferenceRepo,
    private readonly botId: string,
  ) {}

  /** Called on every inbound activity. */
  async remember(reference: ConversationReference, personal: boolean): Promise<void> {
    const userId = reference.user?.id;
    await this.repo.put(PLATFORM, this.botId, `conv:${reference.conversation.id}`, reference);
    if (!userId) return;
    await this.repo.put(PLATFORM, this.botId, `member:${userId}`, reference);
    if (personal) await this.repo.put(PLATFORM, this.botId, `user:${userId}`, reference);
  }

  conversation(conversationId: string): Promise<ConversationReference | undefined> {
    return this.repo.get<ConversationReference>(PLATFORM, this.botId, `conv:${conversationId}`);
  }

  personal(userId: string): Promise<ConversationReference | undefined> {
    return this.repo.get<ConversationReference>(PLATFORM, this.botId, `user:${userId}`);
  }

  member(userId: string): Promise<ConversationReference | undefined> {
    return this.repo.get<ConversationReference>(PLATFORM, this.botId, `member:${userId}`);
  }

  /** A personal chat the bot opened itself (Bot Connector createConversation). */
  async savePersonal(userId: string, reference: ConversationReference): Promise<void> {
    await this.repo.put(PLATFORM, this.botId, `user:${userId}`, reference);
    await this.repo.put(PLATFORM, this.botId, `conv:${reference.conversation.id}`, reference);
  }
}
