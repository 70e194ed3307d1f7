import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';

/**
 * The Bot Framework token issuer, locally: an OpenID configuration whose `jwks_uri` publishes an RSA key
 * (endorsed for `msteams`, as the real keys are), and a signer for the JWTs the Bot Framework Service
 * puts in `Authorization: Bearer ...` when it calls a bot.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
 */
export class FakeBotFrameworkIssuer {
  static readonly ISSUER = 'https://api.botframework.com';
  readonly kid = randomUUID();
  readonly #privateKey: KeyObject;
  readonly #publicJwk: Record<string, unknown>;

  readonly #server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: FakeBotFrameworkIssuer.ISSUER, jwks_uri: `${this.#base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(JSON.stringify({ keys: [this.#publicJwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  #base = '';

  private constructor() {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = keys.privateKey;
    this.#publicJwk = { ...keys.publicKey.export({ format: 'jwk' }), kid: this.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] };
  }

  static async start(): Promise<FakeBotFrameworkIssuer> {
    const issuer = new FakeBotFrameworkIssuer();
    await new Promise<void>((resolve) => issuer.#server.listen(0, '127.0.0.1', resolve));
    issuer.#base = `http://127.0.0.1:${(issuer.#server.address() as AddressInfo).port}`;
    return issuer;
  }

  /** The OpenID configuration URL to give the bot (`openid_metadata_url`). */
  get metadataUrl(): string {
    return `${this.#base}/v1/.well-known/openidconfiguration`;
  }

  /** A token as the Bot Framework Service issues it for `appId`, valid for an hour, bound to `serviceUrl`. */
  token(appId: string, serviceUrl: string, overrides: Record<string, unknown> = {}, key: KeyObject = this.#privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const header = b64({ alg: 'RS256', typ: 'JWT', kid: this.kid });
    const payload = b64({ iss: FakeBotFrameworkIssuer.ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides });
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key).toString('base64url');
    return `${header}.${payload}.${signature}`;
  }

  /** A key the issuer never published, for forged tokens. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
