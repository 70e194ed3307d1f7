import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { PlatformError } from '../../core/model/errors.js';

/** The HTTP client type botbuilder's ConnectorClient accepts (`ConnectorClientOptions.httpClient`), named without importing @azure packages. */
type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;
type HttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<HttpClient['sendRequest']>[0];
type HttpResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;
type HttpHeadersLike = HttpResponse['headers'];

/** Used when a 429 carries no Retry-After: Teams asks for backoff, the governor needs a number. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/** `Retry-After` is seconds or an HTTP date. https://www.rfc-editor.org/rfc/rfc9110#field.retry-after */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

class Headers implements HttpHeadersLike {
  readonly #map = new Map<string, { name: string; value: string }>();
  constructor(entries: Iterable<[string, string]> = []) {
    for (const [name, value] of entries) this.set(name, value);
  }
  set(name: string, value: string | number): void { this.#map.set(name.toLowerCase(), { name, value: String(value) }); }
  get(name: string): string | undefined { return this.#map.get(name.toLowerCase())?.value; }
  contains(name: string): boolean { return this.#map.has(name.toLowerCase()); }
  remove(name: string): boolean { return this.#map.delete(name.toLowerCase()); }
  rawHeaders(): Record<string, string> { return this.toJson(); }
  headersArray(): { name: string; value: string }[] { return [...this.#map.values()]; }
  headerNames(): string[] { return this.headersArray().map((h) => h.name); }
  headerValues(): string[] { return this.headersArray().map((h) => h.value); }
  clone(): Headers { return new Headers(this.headersArray().map((h) => [h.name, h.value])); }
  toJson(options: { preserveCase?: boolean } = {}): Record<string, string> {
    return Object.fromEntries(this.headersArray().map((h) => [options.preserveCase ? h.name : h.name.toLowerCase(), h.value]));
  }
}

/** `replyToActivity` / `sendToConversation` / `createConversation`..., from the Bot Connector path. */
function methodOf(method: string, url: string): string {
  const path = new URL(url).pathname;
  if (/\/v3\/conversations\/?$/.test(path)) return 'createConversation';
  if (/\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path)) return method === 'POST' ? 'replyToActivity' : method === 'PUT' ? 'updateActivity' : 'deleteActivity';
  if (/\/v3\/conversations\/[^/]+\/activities\/?$/.test(path)) return 'sendToConversation';
  return `${method} ${path.replace(/\/v3\/conversations\/[^/]+/, '/v3/conversations/{id}')}`;
}

/**
 * The Bot Connector transport: fetch, with a timeout. A 429 is thrown as a `PlatformError` carrying
 * `retryAfterMs` before the SDK's retry policy sees a response, so the delivery governor (which knows
 * every conversation's budget) decides when to retry instead of the SDK sleeping inside a send.
 * Other statuses go back to the SDK, which keeps its own retries for 5xx and network errors.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#handle-rate-limits-for-bots
 */
export class ConnectorHttpClient implements HttpClient {
  constructor(
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async sendRequest(request: WebResource): Promise<HttpResponse> {
    const headers = new globalThis.Headers();
    for (const h of request.headers.headersArray()) headers.set(h.name, h.value);
    const body: unknown = request.body;
    if (body !== undefined && body !== null && typeof body !== 'string') {
      throw new TypeError(`Bot Connector request bodies are JSON strings; got ${typeof body}`);
    }
    const signal = withTimeout(request.abortSignal, request.timeout > 0 ? request.timeout : this.timeoutMs);
    const res = await this.fetchImpl(request.url, { method: request.method, headers, signal, ...(body ? { body } : {}) });
    const text = await res.text();
    if (res.status === 429) {
      throw new PlatformError('Teams rate limit (429)', {
        platform: 'teams', method: methodOf(request.method, request.url), status: 429, code: errorCode(text) ?? 'TooManyRequests',
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_MS,
      });
    }
    return { request, status: res.status, headers: new Headers(res.headers.entries()), bodyAsText: text };
  }
}

/** The SDK's abort signal (an AbortSignal-like object) combined with a timeout. */
function withTimeout(outer: WebResource['abortSignal'], ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  if (!outer) return timeout;
  if (outer instanceof AbortSignal) return AbortSignal.any([timeout, outer]);
  const controller = new AbortController();
  const abort = () => controller.abort(outer.aborted ? new Error('aborted by the Bot Framework SDK') : timeout.reason);
  if (outer.aborted) abort();
  outer.addEventListener('abort', abort);
  timeout.addEventListener('abort', abort);
  return controller.signal;
}

/** The `error.code` of a Bot Connector error body (`{ "error": { "code", "message" } }`), if any. */
export function errorCode(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown } };
    return typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
  } catch {
    return undefined; // not JSON (a proxy's HTML page): there is no code to report
  }
}
