import type { Target } from '../../core/model/event.js';

/**
 * WeCom has two worlds with different send APIs: members of the corp (成员: app messages and app
 * group chats) and customers (客户 and 客户群, reached only through the customer-contact APIs).
 * A conversation id says which one it is, so a stored conversation can be answered later (agent
 * replies, campaigns) without the inbound event:
 *
 * | conversation id            | kind   | who                         | API                                        |
 * |----------------------------|--------|-----------------------------|--------------------------------------------|
 * | `<userid>`                 | direct | a member chatting with the app | message/send                             |
 * | `<chatid>`                 | group  | an app group chat (appchat) | appchat/send                               |
 * | `customer:<external_userid>` | direct | a customer                | externalcontact/add_msg_template (single) |
 * | `customer-group:<chat_id>` | group  | a customer group            | externalcontact/add_msg_template (group)   |
 *
 * Member userids and appchat ids cannot contain `:`, so the prefixes never collide.
 */
export type Route =
  | { kind: 'app'; userId: string }
  | { kind: 'appchat'; chatId: string }
  | { kind: 'customer'; externalUserId: string }
  | { kind: 'customer_group'; chatId: string }
  /** Answer to "a customer added an employee": one message with the event's WelcomeCode, no confirmation needed. */
  | { kind: 'welcome'; externalUserId: string; welcomeCode: string };

export const CUSTOMER = 'customer:';
export const CUSTOMER_GROUP = 'customer-group:';

export const customerConversation = (externalUserId: string): string => `${CUSTOMER}${externalUserId}`;
export const customerGroupConversation = (chatId: string): string => `${CUSTOMER_GROUP}${chatId}`;

/** What an inbound event leaves in `raw.hint` for its replies. */
export interface CallbackHint {
  welcomeCode?: string;
}

export function routeOf(target: Target): Route {
  const id = target.conversation.id;
  if (id.startsWith(CUSTOMER_GROUP)) return { kind: 'customer_group', chatId: id.slice(CUSTOMER_GROUP.length) };
  if (id.startsWith(CUSTOMER)) {
    const externalUserId = id.slice(CUSTOMER.length);
    const hint = target.hint as CallbackHint | undefined;
    return hint?.welcomeCode ? { kind: 'welcome', externalUserId, welcomeCode: hint.welcomeCode } : { kind: 'customer', externalUserId };
  }
  return target.conversation.kind === 'group' ? { kind: 'appchat', chatId: id } : { kind: 'app', userId: id };
}
