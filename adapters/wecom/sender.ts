import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Payload, SendResult } from '../../core/model/adapter.js';
import { assertNever } from '../../core/model/elements.js';
import { PlatformError } from '../../core/model/errors.js';
import type { WecomApi } from './api.js';
import type { MassSends } from './mass-send.js';
import type { PendingUpload, WecomPayloadBody } from './render-parts.js';
import { PLATFORM } from './decode.js';

/** A media_id lives three days; we reuse one for two and a half. */
const MEDIA_TTL_MS = 60 * 3_600_000;
/** A WelcomeCode is valid for 20 seconds and one message. */
const WELCOME_TTL_MS = 20_000;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** Performs a rendered payload: uploads its media, adds card task ids, and calls the route's API. */
export class CallbackSender {
  readonly #media = new Map<string, { mediaId: string; until: number }>();
  readonly #welcomeUsed = new Map<string, number>();

  constructor(
    private readonly api: WecomApi,
    private readonly massSends: MassSends,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  async send(payload: Payload): Promise<SendResult> {
    const body = payload.body as WecomPayloadBody;
    const request = structuredClone(body.request);
    for (const upload of body.uploads) setPath(request, upload.path, await this.#mediaId(upload));
    if (body.needsTaskId) {
      // Unique per app, [A-Za-z0-9_-@] up to 128 bytes.
      (request.template_card as Record<string, unknown>).task_id = `sm_${randomUUID().replace(/-/g, '')}`;
    }
    const route = body.route;
    switch (route.kind) {
      case 'app': {
        const res = await this.api.sendMessage(request);
        if (res.invaliduser?.split('|').includes(route.userId)) {
          throw new PlatformError('wecom message/send: the member is not in the app\'s visible range', {
            platform: PLATFORM, method: 'message/send', code: 'invaliduser', unreachable: true,
          });
        }
        return { ok: true, ...(res.msgid ? { messageId: res.msgid } : {}) };
      }
      case 'appchat':
        await this.api.sendAppChat(request);
        return { ok: true };
      case 'welcome': {
        if (this.#claimWelcome(route.welcomeCode)) {
          await this.api.sendWelcomeMsg({ welcome_code: route.welcomeCode, ...request });
          return { ok: true };
        }
        // The code is spent (or expired): later replies go the slow way, as a mass send.
        const task = await this.massSends.create({ kind: 'customer', externalUserId: route.externalUserId }, request);
        return { ok: true, messageId: task.msgid };
      }
      case 'customer':
      case 'customer_group': {
        const task = await this.massSends.create(route, request);
        return { ok: true, messageId: task.msgid };
      }
      default:
        return assertNever(route);
    }
  }

  #claimWelcome(code: string): boolean {
    const now = this.now();
    for (const [c, at] of this.#welcomeUsed) if (now - at > WELCOME_TTL_MS) this.#welcomeUsed.delete(c);
    if (this.#welcomeUsed.has(code)) return false;
    this.#welcomeUsed.set(code, now);
    return true;
  }

  async #mediaId(upload: PendingUpload): Promise<string> {
    const key = `${upload.mediaType}:${upload.src}`;
    const cached = this.#media.get(key);
    if (cached && cached.until > this.now()) return cached.mediaId;
    const file = await this.api.download(upload.src);
    const res = await this.api.uploadMedia(upload.mediaType, { name: upload.name, mime: file.mime, bytes: file.bytes });
    this.#media.set(key, { mediaId: res.media_id, until: this.now() + MEDIA_TTL_MS });
    this.log.debug({ mediaType: upload.mediaType }, 'wecom media uploaded');
    return res.media_id;
  }
}
