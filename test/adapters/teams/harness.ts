import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { startServer, type Server } from '../../../core/server/index.js';
import type { TeamsAdapter } from '../../../adapters/teams/index.js';
import { MODELS_DIR, ROOT } from '../../helpers/chat.js';
import { WarpClock } from '../../core/delivery/virtual-clock.js';
import { FakeBotConnector } from '../../fakes/teams/connector.js';
import { TeamsActivities, TeamsChat, teamsUser, type Conversation, type TeamsUser } from '../../fakes/teams/teams-client.js';

export const BOT = { id: '28:7d2c9c5e-5c3a-4a9e-9f7e-demo-shop', name: 'Demo Shop' };

/** Sleeps return at once (time jumps ahead) and are recorded: rate limits keep their order, tests keep their speed. */
class RecordingClock extends WarpClock {
  readonly waits: number[] = [];
  override sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.waits.push(ms);
    return super.sleep(ms, signal);
  }
}

export interface TeamsHarness {
  server: Server;
  connector: FakeBotConnector;
  build: TeamsActivities;
  endpoint: string;
  /** Waits the governor was asked to sleep (rate-limit retries), instead of sleeping. */
  waits: number[];
  adapter(): TeamsAdapter;
  personalChat(name?: string): TeamsChat;
  chat(user: TeamsUser, conversation: Conversation): TeamsChat;
  close(): Promise<void>;
}

/**
 * The real server (HTTP, pipeline, demo bot, SQLite in `dataDir`) with the Teams channel on, a fake
 * Bot Connector for its answers, and the real delivery governor on a clock that records its waits instead of sleeping.
 */
export async function openTeams(options: {
  dataDir: string;
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  connector?: FakeBotConnector;
  token?: () => string;
}): Promise<TeamsHarness> {
  const connector = options.connector ?? (await FakeBotConnector.start());
  const clock = new RecordingClock();
  const server = await startServer({
    root: ROOT, dataDir: options.dataDir, modelsDir: MODELS_DIR, port: 0, host: '127.0.0.1',
    env: options.env ?? {}, bots: ['demo-shop'], channels: ['teams'],
    channelConfig: { teams: options.config ?? {} },
    governor: new RateGovernor({ clock }),
  });
  const endpoint = `${server.url}/channels/teams/demo-shop`;
  const build = new TeamsActivities(connector.serviceUrl, BOT);
  const chat = (user: TeamsUser, conversation: Conversation) => new TeamsChat(endpoint, connector, build, user, conversation, options.token);
  return {
    server, connector, build, endpoint, waits: clock.waits,
    adapter: () => server.app.engine.bot('demo-shop').adapters.get('teams') as TeamsAdapter,
    personalChat: (name = 'Alex') => chat(teamsUser(name), build.personal()),
    chat,
    close: async () => {
      await server.close();
      if (!options.connector) await connector.close();
    },
  };
}
