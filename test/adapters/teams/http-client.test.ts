import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorHttpClient, DEFAULT_RETRY_AFTER_MS, errorCode, parseRetryAfter } from '../../../adapters/teams/http-client.js';
import { toPlatformError } from '../../../adapters/teams/api.js';
import { PlatformError } from '../../../core/model/errors.js';

describe('Bot Connector transport', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter('0.5')).toBe(500);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(5_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 08:00:00 GMT'))).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('reads the error code of a Bot Connector error body', () => {
    expect(errorCode('{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}')).toBe('ConversationBlockedByUser');
    expect(errorCode('<html>Bad gateway</html>')).toBeUndefined();
  });

  it('maps HTTP failures: 403 is unreachable, others are plain failures', () => {
    const blocked = toPlatformError(Object.assign(new Error('Forbidden'), { statusCode: 403, response: { bodyAsText: '{"error":{"code":"BotDisabledByAdmin"}}' } }), 'sendToConversation');
    expect(blocked).toMatchObject({ status: 403, unreachable: true, code: 'BotDisabledByAdmin', platform: 'teams', method: 'sendToConversation' });
    const missing = toPlatformError(Object.assign(new Error('Not Found'), { statusCode: 404 }), 'replyToActivity');
    expect(missing).toMatchObject({ status: 404, unreachable: false, retryAfterMs: undefined });
    const throttled = new PlatformError('x', { platform: 'teams', method: 'm', retryAfterMs: 1 });
    expect(toPlatformError(throttled, 'other')).toBe(throttled);
  });

  describe('against a server', () => {
    let url = '';
    const server = createServer((req, res) => {
      if (req.url === '/throttled') { res.writeHead(429, { 'content-type': 'application/json' }); res.end('{"error":{"code":"TooManyRequests"}}'); return; }
      if (req.url === '/slow') return; // never answers
      res.writeHead(201, { 'content-type': 'application/json', 'X-Custom': 'yes' });
      res.end('{"id":"1:1"}');
    });
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => { server.closeAllConnections(); server.close(); });

    const request = (path: string) => {
      const headers = new Map<string, string>([['content-type', 'application/json']]);
      return {
        url: `${url}${path}`, method: 'POST', body: '{"type":"message"}', timeout: 0, withCredentials: false, requestId: 'r1',
        headers: { headersArray: () => [...headers].map(([name, value]) => ({ name, value })) },
      } as unknown as Parameters<ConnectorHttpClient['sendRequest']>[0];
    };

    it('returns responses to the SDK with their headers', async () => {
      const res = await new ConnectorHttpClient(5_000).sendRequest(request('/v3/conversations/a%3A1/activities'));
      expect(res.status).toBe(201);
      expect(res.bodyAsText).toBe('{"id":"1:1"}');
      expect(res.headers.get('x-custom')).toBe('yes');
      expect(res.headers.toJson({ preserveCase: true })['x-custom']).toBe('yes');
    });

    it('throws a 429 as a PlatformError before the SDK can retry it', async () => {
      await expect(new ConnectorHttpClient(5_000).sendRequest(request('/throttled'))).rejects.toMatchObject({
        name: 'PlatformError', status: 429, code: 'TooManyRequests', retryAfterMs: DEFAULT_RETRY_AFTER_MS,
      });
    });

    it('gives up on a request that hangs', async () => {
      await expect(new ConnectorHttpClient(50).sendRequest(request('/slow'))).rejects.toThrow(/timeout|aborted/i);
    });
  });
});
