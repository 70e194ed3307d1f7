import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Role } from '../../../core/scale/config.js';
import type { RelaySend, RelayUpdate } from './relay-adapter.js';
import { REDIS_URL } from './redis.js';

const NODE = join(import.meta.dirname, 'replica-node.ts');

/** The fake relay platform: records what replicas send; can hold a send unanswered (a slow platform). */
export class RelayPlatform {
  readonly sent: RelaySend[] = [];
  /** Sends replying to these message ids, or sent by these replicas, are held: never answered nor recorded. */
  readonly hold = new Set<string>();
  readonly holdFrom = new Set<string>();
  /** Sends held so far: replies a replica was in the middle of delivering. */
  held = 0;
  readonly #server: Server;
  url = '';

  constructor() {
    this.#server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const msg = JSON.parse(body) as RelaySend;
        if ((msg.replyTo && this.hold.has(msg.replyTo)) || (msg.from && this.holdFrom.has(msg.from))) {
          this.held++;
          return; // the replica waits
        }
        this.sent.push(msg);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  repliesTo(id: string): RelaySend[] {
    return this.sent.filter((s) => s.replyTo === id);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

export interface Replica {
  name: string;
  role: Role;
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown, no cleanup, as a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterEnv {
  prefix: string;
  dataDir: string;
  platformUrl: string;
}

/** Starts a replica process and resolves when it listens. */
export function startReplica(name: string, role: Role, env: ClusterEnv): Promise<Replica> {
  const { MONGODB_URI: _m, ...parent } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', NODE, role], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...parent, REDIS_URL, SHOPMATE_REDIS_PREFIX: env.prefix, DATA_DIR: env.dataDir, PLATFORM_URL: env.platformUrl, REPLICA_NAME: name,
      // Short enough that a test sees takeovers within seconds.
      SHOPMATE_LIVENESS_MS: '1000', SHOPMATE_LOCK_LEASE_MS: '3000', SHOPMATE_TAKEOVER_MS: '2000',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      if (process.env.REPLICA_LOG_LEVEL) process.stderr.write(d);
      if (out.includes('{"port"')) return;
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (!line) return;
      const { port } = JSON.parse(line) as { port: number };
      resolve({
        name, role, url: `http://127.0.0.1:${port}`, child,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`replica ${name} exited with ${code} before listening`)));
  });
}

/** Posts a webhook update to a replica; resolves with the HTTP status, or 0 when the connection failed. */
export async function deliver(replica: Replica, update: RelayUpdate): Promise<number> {
  try {
    const res = await fetch(`${replica.url}/channels/relay/demo-shop`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0; // refused or reset: the platform will redeliver
  }
}
