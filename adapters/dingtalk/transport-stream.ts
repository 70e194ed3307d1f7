import { EventAck } from 'dingtalk-stream';
import type WebSocket from 'ws';
import type { Logger } from '../../core/util/log.js';
import { BAD_FRAME, GOING_AWAY, StreamClient, type StreamClientOptions } from './stream-client.js';
import { TOPIC_ROBOT, type Frame } from './wire.js';

export interface StreamTransportOptions extends StreamClientOptions {
  reconnect: { initialMs: number; maxMs: number };
  heartbeatMs: number;
  log: Logger;
  /** A robot-message CALLBACK frame; the transport acknowledges it once this settles. */
  onCallback(frame: Frame): Promise<void>;
  /** An EVENT frame (acknowledged by the SDK as received). */
  onEvent(frame: Frame): void;
  random?: () => number;
}

type State = 'stopped' | 'connecting' | 'open' | 'waiting';

/**
 * Keeps one Stream-mode connection open: connects, acknowledges every callback, notices a dead
 * or dropped socket, and reconnects with exponential backoff (jittered). Its state is what
 * `/healthz` reports for the channel.
 */
export class StreamTransport {
  readonly #o: StreamTransportOptions;
  readonly #client: StreamClient;
  #state: State = 'stopped';
  #socket: WebSocket | undefined;
  #failures = 0;
  #lastError: string | undefined;
  #since = 0;
  #retry: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #inFlight = new Set<Promise<void>>();
  #attempting = false;
  /** Connections opened so far (1 after the first, +1 per reconnect). */
  connections = 0;

  constructor(options: StreamTransportOptions) {
    this.#o = options;
    this.#client = new StreamClient(options);
    this.#client.registerCallbackListener(TOPIC_ROBOT, (msg) => this.#callback(msg as unknown as Frame));
    this.#client.registerAllEventListener((msg) => {
      this.#o.onEvent(msg as unknown as Frame);
      return { status: EventAck.SUCCESS, message: 'received' };
    });
    this.#client.on(BAD_FRAME, (err: unknown) => this.#o.log.warn({ err }, 'dingtalk stream: dropped a frame that is not valid JSON or lacks headers'));
    this.#client.on(GOING_AWAY, () => this.#handover());
  }

  /** The SDK client, for tests that check its configuration. */
  get client(): StreamClient {
    return this.#client;
  }

  /** Resolves after the first connection attempt; if it failed, retries continue in the background. */
  async start(): Promise<void> {
    if (this.#state !== 'stopped') return;
    this.#state = 'waiting';
    await this.#attempt();
  }

  /**
   * Takes no new callbacks (left unacknowledged, DingTalk delivers them elsewhere), lets the ones
   * being handled finish and be acknowledged, then closes the connection.
   */
  async stop(): Promise<void> {
    this.#state = 'stopped';
    clearTimeout(this.#retry);
    clearInterval(this.#heartbeat);
    await Promise.allSettled([...this.#inFlight]);
    this.#client.disconnect();
    this.#socket = undefined;
  }

  health(): { ok: boolean; detail: string } {
    switch (this.#state) {
      case 'open':
        return { ok: true, detail: `stream connected since ${new Date(this.#since).toISOString()}` };
      case 'stopped':
        return { ok: false, detail: 'stream stopped' };
      case 'connecting':
      case 'waiting':
        return { ok: false, detail: `stream reconnecting (${this.#failures} failed attempt${this.#failures === 1 ? '' : 's'})${this.#lastError ? `: ${this.#lastError}` : ''}` };
    }
  }

  /** A getter, so TypeScript does not narrow it across the `await`s where `stop()` may run. */
  get #stopped(): boolean {
    return this.#state === 'stopped';
  }

  /**
   * The gateway said it will close this connection (it does so 10 s later): open the next one now
   * and close the old one once the new one is up, so no stretch goes without a connection.
   */
  #handover(): void {
    const old = this.#socket;
    if (this.#state !== 'open' || !old) return;
    this.#o.log.info('dingtalk stream: the gateway announced a disconnect; opening a new connection');
    void this.#attempt(true).then(() => {
      if (this.#socket !== old) old.close(1000, 'replaced by a new connection');
    });
  }

  /** One connection attempt; on failure the next is scheduled with backoff. A handover keeps reporting the old connection meanwhile. */
  async #attempt(handover = false): Promise<void> {
    if (this.#stopped || this.#attempting) return;
    this.#attempting = true;
    const previous = this.#socket;
    if (!handover) this.#state = 'connecting';
    try {
      await this.#client.connect();
    } catch (err) {
      if (this.#stopped) return;
      // A failed handover leaves the SDK pointing at the dead new socket; the old one still serves.
      if (previous && previous === this.#socket && previous.readyState === previous.OPEN) this.#client.useSocket(previous);
      else {
        this.#failures++;
        this.#lastError = (err as Error).message;
        this.#schedule(err);
      }
      return;
    } finally {
      this.#attempting = false;
    }
    const socket = this.#client.currentSocket;
    if (this.#stopped || !socket) {
      socket?.close(1000, 'stopping');
      return;
    }
    this.#opened(socket);
  }

  #opened(socket: WebSocket): void {
    this.#socket = socket;
    this.#state = 'open';
    this.#since = Date.now();
    this.#failures = 0;
    this.#lastError = undefined;
    this.connections++;
    this.#o.log.info({ connections: this.connections }, 'dingtalk stream connected');
    socket.once('close', (code: number) => this.#closed(socket, code));
    this.#watch(socket);
  }

  #closed(socket: WebSocket, code: number): void {
    if (socket !== this.#socket) return; // a replaced connection
    clearInterval(this.#heartbeat);
    this.#socket = undefined;
    // Only the live connection dying starts a reconnect; otherwise an attempt or a retry is already under way.
    if (this.#state !== 'open') return;
    if (this.#attempting) {
      this.#state = 'connecting'; // a handover is opening the next connection
      return;
    }
    this.#lastError = `socket closed (code ${code})`;
    this.#schedule(undefined, code);
  }

  /**
   * Pings the socket every heartbeat; one that lets two pings in a row go by without a pong or any
   * frame is half-open and gets dropped. (Counting misses per ping, not time since the last frame,
   * keeps a busy event loop from passing for a dead socket.)
   */
  #watch(socket: WebSocket): void {
    clearInterval(this.#heartbeat);
    if (!this.#o.heartbeatMs) return;
    let heard = true;
    let missed = 0;
    const seen = (): void => void (heard = true);
    socket.on('pong', seen).on('message', seen);
    this.#heartbeat = setInterval(() => {
      missed = heard ? 0 : missed + 1;
      if (missed >= 2) {
        this.#o.log.warn('dingtalk stream: two pings went unanswered; dropping the socket');
        socket.terminate();
        return;
      }
      heard = false;
      socket.ping();
    }, this.#o.heartbeatMs);
    this.#heartbeat.unref();
  }

  #schedule(err: unknown, code?: number): void {
    clearTimeout(this.#retry);
    this.#state = 'waiting';
    const { initialMs, maxMs } = this.#o.reconnect;
    const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, this.#failures - 1));
    const delay = Math.round(base * (0.5 + (this.#o.random ?? Math.random)() / 2));
    const fields = { ...(err ? { err } : {}), ...(code !== undefined ? { code } : {}), failures: this.#failures, delayMs: delay };
    if (err) this.#o.log.warn(fields, 'dingtalk stream: connection failed; retrying');
    else this.#o.log.warn(fields, 'dingtalk stream: connection lost; reconnecting');
    this.#retry = setTimeout(() => void this.#attempt(), delay);
  }

  /** Every robot callback is acknowledged once its turn has run, so DingTalk need not redeliver it. */
  #callback(frame: Frame): void {
    if (this.#stopped) return;
    const work = this.#o.onCallback(frame)
      .catch((err: unknown) => this.#o.log.error({ err, messageId: frame.headers.messageId }, 'dingtalk callback could not be handled'))
      .finally(() => {
        this.#inFlight.delete(work);
        this.#ack(frame);
      });
    this.#inFlight.add(work);
  }

  #ack(frame: Frame): void {
    const messageId = frame.headers.messageId;
    if (!messageId) return;
    try {
      // The response body DingTalk documents for robot callbacks: {"response": null}.
      this.#client.socketCallBackResponse(messageId, null);
    } catch (err) {
      // The socket is being replaced: DingTalk may redeliver, and the pipeline's dedupe answers it once.
      this.#o.log.warn({ err, messageId }, 'dingtalk callback acknowledgement not sent');
    }
  }
}
