import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { startServer } from '../server/index.js';
import { createLogger } from '../util/log.js';
import { ConfigError } from '../model/errors.js';
import { validateProject } from './validate.js';
import { runChat } from './chat.js';
import { registerNluCommands } from './nlu-command.js';
import { ROLES, type Role } from '../scale/config.js';

const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
};

const roleOption = (v: string): Role => {
  if ((ROLES as readonly string[]).includes(v)) return v as Role;
  throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`);
};

export function buildProgram(): Command {
  const program = new Command('shopmate').description('E-commerce chat bots on WeCom, DingTalk, Teams, Telegram and web chat').showHelpAfterError();
  program.option('--root <dir>', 'project folder with bots/, flows/, locales/', process.env.SHOPMATE_ROOT ?? process.cwd());

  program.command('start')
    .description('run the server')
    .option('-p, --port <port>', 'HTTP port', port, Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'interface to listen on', process.env.HOST ?? '0.0.0.0')
    .option('--role <role>', 'web (webhooks, streams, their turns) | worker (jobs, takeovers) | all', roleOption, 'all' as Role)
    .action(async (opts: { port: number; host: string; role: Role }) => {
      const root = resolve(program.opts<{ root: string }>().root);
      const log = createLogger();
      const server = await startServer({ root, port: opts.port, host: opts.host, log, role: opts.role });
      log.info({ url: `http://localhost:${server.port}/chat/${[...server.app.engine.bots.keys()][0] ?? ''}` }, 'web chat ready');
      const shutdown = (signal: string) => {
        log.info({ signal }, 'shutting down');
        server.close().then(() => process.exit(0), (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        });
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });

  program.command('chat')
    .description('chat with a bot in the terminal (reads lines from stdin)')
    .requiredOption('--bot <id>', 'bot id (bots/<id>.yaml)')
    .option('--locale <lng>', 'reply language')
    .option('--json', 'print one JSON line per turn: { intent, confidence, flow, replies }', false)
    .option('--user <id>', 'shopper id (keeps state across runs)')
    .action(async (opts: { bot: string; locale?: string; json: boolean; user?: string }) => {
      const root = resolve(program.opts<{ root: string }>().root);
      await runChat({ root, bot: opts.bot, json: opts.json, ...(opts.locale ? { locale: opts.locale } : {}), ...(opts.user ? { user: opts.user } : {}) });
    });

  program.command('validate')
    .description('check bots/, flows/ and locales/; exit 1 with file:line:column messages on error')
    .action(async () => {
      const root = resolve(program.opts<{ root: string }>().root);
      const report = await validateProject(root);
      for (const e of report.errors) process.stderr.write(`${e}\n`);
      if (report.errors.length) {
        process.exitCode = 1;
        return;
      }
      const s = report.summary;
      process.stdout.write(`ok: ${s.bots} bots, ${s.flows} flows, ${s.locales} locales, ${s.keys} keys\n`);
    });

  registerNluCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
