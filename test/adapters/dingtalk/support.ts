import { createApp, type App, type AppOptions } from '../../../core/app.js';
import type { DingtalkAdapter } from '../../../adapters/dingtalk/index.js';
import { FakeDingtalk, type Sent } from '../../fakes/dingtalk/server.js';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';

export interface DingtalkTestApp {
  app: App;
  fake: FakeDingtalk;
  adapter: DingtalkAdapter;
  close(): Promise<void>;
}

/** The real app (demo-shop bot, temp store) with only the DingTalk channel, connected to a fresh fake DingTalk. */
export async function openDingtalkApp(options: { channel?: Record<string, unknown>; fake?: FakeDingtalk; app?: Partial<AppOptions> } = {}): Promise<DingtalkTestApp> {
  const fake = options.fake ?? (await FakeDingtalk.start());
  const dir = tempDir();
  const app = await createApp({
    root: ROOT, dataDir: dir.path, modelsDir: MODELS_DIR, bots: ['demo-shop'], channels: ['dingtalk'],
    channelConfig: { dingtalk: fake.channelConfig(options.channel) }, env: fake.env(),
    ...options.app,
  });
  await app.start();
  const adapter = app.engine.bot('demo-shop').adapters.get('dingtalk') as DingtalkAdapter;
  return {
    app, fake, adapter,
    close: async () => {
      await app.stop();
      await fake.close();
      dir.remove();
    },
  };
}

/** What a shopper sees of one sent message: its text (markdown, card text, or product titles). */
export function textOf(s: Sent): string {
  const b = s.body;
  if (s.via !== 'webhook') {
    const p = b.msgParam as Record<string, string>;
    return [p.content, p.title, p.text].filter(Boolean).join('\n');
  }
  switch (b.msgtype) {
    case 'text':
      return (b.text as { content: string }).content;
    case 'markdown':
      return (b.markdown as { text: string }).text;
    case 'actionCard':
      return (b.actionCard as { text: string }).text;
    case 'feedCard':
      return (b.feedCard as { links: { title: string }[] }).links.map((l) => l.title).join('\n');
    default:
      return JSON.stringify(b);
  }
}

/** Buttons of a sent actionCard (webhook shape). */
export function buttonsOf(s: Sent): { title: string; actionURL: string }[] {
  return s.body.msgtype === 'actionCard' ? (s.body.actionCard as { btns: { title: string; actionURL: string }[] }).btns : [];
}

/** The text a shopper's client posts when a `dtmd://…sendMessage?content=` button is pressed. */
export function pressed(actionURL: string): string {
  const url = new URL(actionURL);
  if (url.protocol !== 'dtmd:') throw new Error(`not a send-message button: ${actionURL}`);
  return url.searchParams.get('content') ?? '';
}

/** Messages sent to a conversation from index `from` on. */
export const sentTo = (fake: FakeDingtalk, conversationId: string, from = 0): Sent[] => fake.sent.filter((s) => s.conversationId === conversationId).slice(from);
