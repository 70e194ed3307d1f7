/**
 * One shopmate replica for the replica tests, started as its own process: the real server
 * (startServer, the same path as `shopmate start --role <role>`) with the relay channel.
 * Env: REDIS_URL and the SHOPMATE_* settings, DATA_DIR, PLATFORM_URL, REPLICA_NAME.
 * Prints one line `{"port":…}` when it listens.
 */
import { startServer } from '../../../core/server/index.js';
import type { Role } from '../../../core/scale/config.js';
import { createLogger } from '../../../core/util/log.js';
import { MODELS_DIR, ROOT } from '../../helpers/chat.js';
import { relayAdapter } from './relay-adapter.js';

const role = process.argv[2] as Role;
const server = await startServer({
  root: ROOT, dataDir: process.env.DATA_DIR!, modelsDir: MODELS_DIR, port: 0, host: '127.0.0.1', role,
  bots: ['demo-shop'], channels: ['relay'], adapters: { relay: relayAdapter(process.env.PLATFORM_URL!, process.env.REPLICA_NAME) },
  log: createLogger({ level: process.env.REPLICA_LOG_LEVEL ?? 'silent' }),
});
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0), () => process.exit(1));
});
