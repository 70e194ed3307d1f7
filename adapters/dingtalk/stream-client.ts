import { DWClient, type DWClientDownStream } from 'dingtalk-stream';
import ky from 'ky';
import type WebSocket from 'ws';
import { PlatformError } from '../../core/model/errors.js';
import { parseFrame, type Frame } from './wire.js';

export interface StreamClientOptions {
  clientId: string;
  clientSecret: string;
  /** `POST …/v1.0/gateway/connections/open`; the SDK hard-codes DingTalk's. */
  gatewayUrl: string;
  connectTimeoutMs: number;
  ua?: string;
}

/** Emitted with a Frame the SDK must not see (unparseable), so the transport can log it. */
export const BAD_FRAME = 'shopmate:bad-frame';
/** Emitted when DingTalk announces it will close the connection (SYSTEM `disconnect`). */
export const GOING_AWAY = 'shopmate:going-away';

/**
 * dingtalk-stream's DWClient with its known defects guarded:
 * - the gateway URL is hard-coded → `getEndpoint()` posts to `gatewayUrl`;
 * - every instance shares one `subscriptions` array (the module's default config) → each gets its own;
 * - `connect()` swallows errors and `autoReconnect` retries every second from two places at once
 *   (its catch and the socket's close), opening duplicate connections → `connect()` throws, and the
 *   transport owns reconnection with backoff;
 * - a frame without `headers` (one published EVENT sample says `header`) or with bad JSON throws
 *   inside the socket's message handler → frames are parsed and normalized first.
 * Protocol: https://open.dingtalk.com/document/direction/stream-mode-protocol-access-description
 */
export class StreamClient extends DWClient {
  readonly #options: StreamClientOptions;

  constructor(options: StreamClientOptions) {
    super({ clientId: options.clientId, clientSecret: options.clientSecret, ua: options.ua ?? 'shopmate-dingtalk-stream/2.1.5', keepAlive: false });
    this.#options = options;
    this.config.subscriptions = [{ type: 'EVENT', topic: '*' }];
    this.config.autoReconnect = false;
  }

  /** Registers a stream connection and keeps its WebSocket URL (endpoint + one-time ticket, valid 90 s). */
  override async getEndpoint(): Promise<this> {
    const method = 'gateway.connections.open';
    let res: Response;
    try {
      res = await ky.post(this.#options.gatewayUrl, {
        json: { clientId: this.config.clientId, clientSecret: this.config.clientSecret, ua: this.config.ua, subscriptions: this.config.subscriptions },
        headers: { accept: 'application/json' },
        timeout: this.#options.connectTimeoutMs, retry: 0, throwHttpErrors: false,
      });
    } catch (err) {
      throw new PlatformError(`dingtalk ${method}: ${(err as Error).name}`, { platform: 'dingtalk', method, code: (err as Error).name, cause: err });
    }
    const body = (await res.json().catch(() => ({}))) as { endpoint?: string; ticket?: string; code?: string };
    if (!res.ok || !body.endpoint || !body.ticket) {
      throw new PlatformError(`dingtalk ${method}: HTTP ${res.status}${body.code ? ` ${body.code}` : ''}${res.ok ? ' without endpoint and ticket' : ''}`, {
        platform: 'dingtalk', method, status: res.status, ...(body.code ? { code: body.code } : {}),
      });
    }
    // `dw_url` is private in the SDK's typings but is what `_connect()` opens.
    (this as unknown as { dw_url: string }).dw_url = `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`;
    return this;
  }

  /** Opens the stream; unlike the SDK's, it rejects when that fails or takes longer than `connectTimeoutMs`. */
  override async connect(): Promise<void> {
    await this.getEndpoint();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.currentSocket?.terminate();
        reject(new PlatformError(`dingtalk stream: no WebSocket handshake within ${this.#options.connectTimeoutMs} ms`, { platform: 'dingtalk', method: 'stream.connect', code: 'timeout' }));
      }, this.#options.connectTimeoutMs);
    });
    try {
      await Promise.race([this._connect(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The current WebSocket (private in the SDK's typings). */
  get currentSocket(): WebSocket | undefined {
    return (this as unknown as { socket?: WebSocket }).socket;
  }

  /** Points the SDK back at a socket that still works (acks and pongs go to the SDK's current socket). */
  useSocket(socket: WebSocket): void {
    (this as unknown as { socket?: WebSocket }).socket = socket;
  }

  override onDownStream(data: string): void {
    let frame: Frame;
    try {
      frame = parseFrame(String(data));
    } catch (err) {
      this.emit(BAD_FRAME, err);
      return;
    }
    const downstream = frame as unknown as DWClientDownStream;
    switch (frame.type) {
      case 'SYSTEM':
        this.onSystem(downstream);
        if (frame.headers.topic === 'disconnect') this.emit(GOING_AWAY, frame);
        break;
      case 'EVENT':
        this.onEvent(downstream);
        break;
      case 'CALLBACK':
        this.onCallback(downstream);
        break;
    }
  }
}
