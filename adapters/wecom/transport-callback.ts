/**
 * `GET|POST /channels/wecom/:botId` for a self-built app (回调配置,
 * https://developer.work.weixin.qq.com/document/path/90930; receiving messages,
 * https://developer.work.weixin.qq.com/document/path/90238).
 *
 * GET verifies the URL: signature over the echostr, decrypt, answer the plaintext. POST: signature,
 * timestamp window, decrypt with our own padding and receive-id checks, then an empty 200 at once —
 * WeCom retries a callback three times when it gets no answer in 5 s — and the turn runs afterwards,
 * its replies going out through the API. A retried callback (same signature) is acknowledged and
 * dropped; a re-sent message (same MsgId) is dropped by the pipeline's dedupe.
 */
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AdapterContext, EventSink } from '../../core/model/adapter.js';
import type { InboundEvent } from '../../core/model/event.js';
import type { AppCredentials, CallbackConfig } from './config.js';
import { CallbackRejected, checkTimestamp, openCiphertext, signatureMatches } from './crypto.js';
import { decodeCallback, PLATFORM, type Decoded, type Fact } from './decode.js';
import { envelopeCiphertext, parsePlaintext, str } from './parse.js';
import type { CustomerGroupRef, CustomerRef } from './mass-send.js';

export class CallbackTransport {
  readonly path: string;
  #sink: EventSink | undefined;
  readonly #inflight = new Set<Promise<void>>();

  constructor(
    private readonly ctx: AdapterContext,
    private readonly config: CallbackConfig,
    private readonly creds: AppCredentials,
    private readonly now: () => number,
  ) {
    this.path = `/channels/wecom/${ctx.botId}`;
    const limit = bodyLimit({
      maxSize: config.max_body_bytes,
      onError: (c) => c.text(`request body larger than ${config.max_body_bytes} bytes`, 413),
    });
    ctx.http.get(this.path, (c) => this.#guard(c, () => this.#verifyUrl(c)));
    ctx.http.post(this.path, limit, (c) => this.#guard(c, () => this.#receive(c)));
  }

  get started(): boolean {
    return this.#sink !== undefined;
  }

  start(sink: EventSink): void {
    this.#sink = sink;
  }

  /** Stops taking callbacks and waits for the turns already acknowledged. */
  async stop(): Promise<void> {
    this.#sink = undefined;
    await this.settled();
  }

  /** Resolves when every acknowledged callback has been processed (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#inflight.size) await Promise.allSettled([...this.#inflight]);
  }

  async #guard(c: Context, handle: () => Promise<Response>): Promise<Response> {
    try {
      return await handle();
    } catch (err) {
      if (!(err instanceof CallbackRejected)) throw err;
      this.ctx.log.warn({ reason: err.reason, status: err.status, method: c.req.method, detail: err.message }, 'wecom callback rejected');
      return c.text(err.reason, err.status);
    }
  }

  /** Signature, then timestamp window, then decryption (signature first: it is cheap and needs no key). */
  #open(query: Record<string, string>, ciphertext: string): string {
    const { msg_signature: signature, timestamp, nonce } = query;
    if (!signature) throw new CallbackRejected('signature', 'msg_signature is missing');
    if (!timestamp || !nonce) throw new CallbackRejected('malformed', 'timestamp or nonce is missing');
    if (!signatureMatches(this.creds.token, timestamp, nonce, ciphertext, signature)) throw new CallbackRejected('signature', 'msg_signature does not match');
    checkTimestamp(timestamp, this.now(), this.config.max_clock_skew_s);
    return openCiphertext(this.creds.encodingAesKey, ciphertext, this.creds.corpId);
  }

  // Saving the callback URL in the admin console: answer the decrypted echostr, nothing else.
  #verifyUrl(c: Context): Promise<Response> {
    const query = c.req.query();
    // A '+' that a proxy left unencoded arrives as a space; base64 has no spaces.
    const echostr = (query.echostr ?? '').replace(/ /g, '+');
    if (!echostr) throw new CallbackRejected('malformed', 'echostr is missing');
    const plain = this.#open(query, echostr);
    this.ctx.log.info('wecom callback URL verified');
    return Promise.resolve(c.body(plain, 200, { 'content-type': 'text/plain; charset=utf-8' }));
  }

  async #receive(c: Context): Promise<Response> {
    const query = c.req.query();
    const ciphertext = envelopeCiphertext(await c.req.text());
    const fields = parsePlaintext(this.#open(query, ciphertext));
    const sink = this.#sink;
    if (!sink) return c.text('not started', 503);
    // WeCom re-sends an unanswered callback unchanged: its signature is seen twice.
    const fresh = await this.ctx.store.dedupe.claim(`${PLATFORM}:${this.ctx.botId}:callback:${query.msg_signature}`, 2 * this.config.max_clock_skew_s * 1000);
    if (!fresh) {
      this.ctx.log.info('wecom callback retry ignored');
      return c.body(null, 200);
    }
    // Customer-contact events may carry the contact app's id rather than ours; anything else must be for our agent.
    const agent = str(fields, 'AgentID');
    const customerEvent = str(fields, 'Event', 'InfoType')?.startsWith('change_external_') ?? false;
    if (agent && agent !== String(this.creds.agentId) && !customerEvent) {
      this.ctx.log.warn({ agentId: agent }, 'wecom callback for another app ignored');
      return c.body(null, 200);
    }
    const decoded = decodeCallback(this.ctx.botId, fields);
    this.#track(this.#process(decoded, sink));
    return c.body(null, 200);
  }

  #track(task: Promise<void>): void {
    this.#inflight.add(task);
    void task.finally(() => this.#inflight.delete(task));
  }

  /** Runs after the 200: facts first (a reply may need them), then each event through the pipeline. */
  async #process(decoded: Decoded, sink: EventSink): Promise<void> {
    try {
      await this.#remember(decoded.facts);
      if (decoded.kind === 'ignored') {
        this.ctx.log.debug({ type: decoded.type, reason: decoded.reason }, 'wecom callback ignored');
        return;
      }
      for (const event of decoded.events) await this.#run(sink, event);
    } catch (err) {
      // WeCom already has its 200; the only place left for this failure is the log.
      this.ctx.log.error({ err, type: decoded.type }, 'wecom callback processing failed');
    }
  }

  async #run(sink: EventSink, event: InboundEvent): Promise<void> {
    this.ctx.log.debug({ eventId: event.id, kind: event.kind }, 'wecom event');
    await sink(event);
  }

  /** Customers' follow-up members and customer groups, for mass sends later (mass-send.ts). */
  async #remember(facts: Fact[]): Promise<void> {
    const refs = this.ctx.store.references;
    const bot = this.ctx.botId;
    for (const fact of facts) {
      if (fact.kind === 'customer') {
        const key = `customer:${fact.externalUserId}`;
        const known = await refs.get<CustomerRef>(PLATFORM, bot, key);
        const followUser = fact.followUser ?? known?.followUser;
        await refs.put(PLATFORM, bot, key, { ...(followUser ? { followUser } : {}), ...(fact.state === 'removed' ? { removed: true } : {}) } satisfies CustomerRef);
      } else {
        const key = `customer-group:${fact.chatId}`;
        const known = (await refs.get<CustomerGroupRef>(PLATFORM, bot, key)) ?? {};
        const owner = fact.state === 'owner_changed' ? undefined : known.owner;
        await refs.put(PLATFORM, bot, key, { ...(owner ? { owner } : {}), ...(fact.state === 'dismissed' ? { dismissed: true } : {}) } satisfies CustomerGroupRef);
      }
    }
  }
}
