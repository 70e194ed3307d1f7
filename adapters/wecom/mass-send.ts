/**
 * Customer mass sends (企业群发, externalcontact/add_msg_template, https://developer.work.weixin.qq.com/document/path/92135).
 * WeCom does not deliver these at once: the request becomes a task in the employee's WeCom client, and
 * only their confirmation sends it. Each customer (and each customer group) receives at most one mass
 * message a day; we refuse the second one ourselves instead of letting WeCom drop it silently. The task
 * is kept in the reference store and `refresh` follows it (get_groupmsg_task / get_groupmsg_send_result,
 * https://developer.work.weixin.qq.com/document/path/93338).
 */
import type { Logger } from 'pino';
import type { Store } from '../../core/store/ports.js';
import { PlatformError } from '../../core/model/errors.js';
import type { WecomApi } from './api.js';
import type { Route } from './route.js';
import { beijingDay, msUntilBeijingMidnight } from './beijing-day.js';
import { PLATFORM } from './decode.js';
import { KeyedMutex } from '../../core/util/keyed-mutex.js';

export type MassSendStatus = 'awaiting_confirmation' | 'sent' | 'failed';
/** Per recipient: WeCom's send result 0/1/2/3. */
export type RecipientStatus = 'pending' | 'sent' | 'not_a_contact' | 'daily_limit';

export interface MassSendTask {
  msgid: string;
  chatType: 'single' | 'group';
  /** External user id, or customer group chat id. */
  recipient: string;
  /** The employee who must confirm (the customer's follow-up member, or the group owner). */
  sender?: string;
  status: MassSendStatus;
  results: Record<string, RecipientStatus>;
  createdAt: number;
  updatedAt: number;
}

/** What the transport remembers about customers and customer groups (references, keyed like conversation ids). */
export interface CustomerRef {
  followUser?: string;
  removed?: boolean;
}
export interface CustomerGroupRef {
  owner?: string;
  dismissed?: boolean;
}

const RESULT: Record<number, RecipientStatus> = { 0: 'pending', 1: 'sent', 2: 'not_a_contact', 3: 'daily_limit' };
const taskKey = (msgid: string) => `mass-send:${msgid}`;
const METHOD = 'externalcontact/add_msg_template';

export class MassSends {
  readonly #perRecipient = new KeyedMutex();

  constructor(
    private readonly api: WecomApi,
    private readonly store: Store,
    private readonly botId: string,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  /**
   * Creates the task for one customer or customer group. A second one on the same Beijing day is refused
   * with a rate-limit error that lasts until midnight. The day is marked only once WeCom accepted the
   * task, so a call that failed (and is retried by the governor) does not use it up.
   */
  async create(route: Extract<Route, { kind: 'customer' | 'customer_group' }>, message: Record<string, unknown>): Promise<MassSendTask> {
    const group = route.kind === 'customer_group';
    const recipient = group ? route.chatId : route.externalUserId;
    const dayKey = `${PLATFORM}:${this.botId}:mass-send:${beijingDay(this.now())}:${route.kind}:${recipient}`;
    return this.#perRecipient.run(dayKey, async () => {
      if (await this.store.sessions.get<string>(dayKey)) {
        throw new PlatformError(`wecom ${METHOD}: ${route.kind} already has today's mass message`, {
          platform: PLATFORM, method: METHOD, code: 'daily_limit', retryAfterMs: msUntilBeijingMidnight(this.now()),
        });
      }
      const task = await this.#add(group, recipient, message);
      await this.store.sessions.set(dayKey, task.msgid, msUntilBeijingMidnight(this.now()) + 60_000);
      return task;
    });
  }

  async #add(group: boolean, recipient: string, message: Record<string, unknown>): Promise<MassSendTask> {
    const known = group ? undefined : await this.ref<CustomerRef>(`customer:${recipient}`);
    if (known?.removed || (group && (await this.ref<CustomerGroupRef>(`customer-group:${recipient}`))?.dismissed)) {
      throw new PlatformError(`wecom ${METHOD}: the ${group ? 'group was dismissed' : 'customer removed the employee'}`, { platform: PLATFORM, method: METHOD, code: 'gone', unreachable: true });
    }
    const sender = group ? await this.groupOwner(recipient) : known?.followUser;
    const res = await this.api.addMsgTemplate({
      chat_type: group ? 'group' : 'single',
      ...(group ? { chat_id_list: [recipient] } : { external_userid: [recipient] }),
      ...(sender ? { sender } : {}),
      ...message,
    });
    if (res.fail_list?.includes(recipient)) {
      throw new PlatformError(`wecom ${METHOD}: not a customer of the sender any more`, { platform: PLATFORM, method: METHOD, code: 'fail_list', unreachable: true });
    }
    const at = this.now();
    const task: MassSendTask = {
      msgid: res.msgid, chatType: group ? 'group' : 'single', recipient, ...(sender ? { sender } : {}),
      status: 'awaiting_confirmation', results: { [recipient]: 'pending' }, createdAt: at, updatedAt: at,
    };
    await this.store.references.put(PLATFORM, this.botId, taskKey(task.msgid), task);
    this.log.info({ msgid: task.msgid, chatType: task.chatType }, 'wecom mass send created; waiting for the employee to confirm');
    return task;
  }

  get(msgid: string): Promise<MassSendTask | undefined> {
    return this.store.references.get<MassSendTask>(PLATFORM, this.botId, taskKey(msgid));
  }

  /** Asks WeCom whether the employee confirmed, and what each recipient got. */
  async refresh(msgid: string): Promise<MassSendTask> {
    const task = await this.get(msgid);
    if (!task) throw new Error(`unknown wecom mass send ${msgid}`);
    const { task_list: tasks } = await this.api.getGroupMsgTask(msgid);
    const confirmed = tasks.filter((t) => t.status === 2);
    for (const t of confirmed) {
      const { send_list: sent } = await this.api.getGroupMsgSendResult(msgid, t.userid);
      for (const r of sent) {
        const id = task.chatType === 'group' ? r.chat_id : r.external_userid;
        if (id) task.results[id] = RESULT[r.status] ?? 'pending';
      }
    }
    const outcome = task.results[task.recipient];
    task.status = !confirmed.length ? 'awaiting_confirmation' : outcome === 'sent' ? 'sent' : outcome === 'pending' ? 'awaiting_confirmation' : 'failed';
    task.updatedAt = this.now();
    await this.store.references.put(PLATFORM, this.botId, taskKey(msgid), task);
    return task;
  }

  /** A customer group's owner: remembered, or asked from WeCom (groupchat/get) and remembered. */
  async groupOwner(chatId: string): Promise<string> {
    const key = `customer-group:${chatId}`;
    const known = await this.ref<CustomerGroupRef>(key);
    if (known?.owner) return known.owner;
    const { group_chat: chat } = await this.api.getGroupChat(chatId);
    await this.store.references.put(PLATFORM, this.botId, key, { ...known, owner: chat.owner });
    return chat.owner;
  }

  private ref<T>(key: string): Promise<T | undefined> {
    return this.store.references.get<T>(PLATFORM, this.botId, key);
  }
}
