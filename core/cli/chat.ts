import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import { createApp } from '../app.js';
import { MemoryAdapter } from '../channel/memory.js';
import type { Button, Element } from '../model/elements.js';
import type { InboundEvent } from '../model/event.js';
import { createLogger } from '../util/log.js';

export interface ChatOptions {
  root: string;
  bot: string;
  locale?: string;
  json: boolean;
  user?: string;
  dataDir?: string;
}

function print(elements: Element[], buttons: Button[]): string[] {
  const lines: string[] = [];
  for (const el of elements) {
    if (el.type === 'text') lines.push(el.text);
    else if (el.type === 'product' || el.type === 'card') {
      lines.push(`  • ${el.title}${el.type === 'product' && el.price ? ` — ${el.price}` : ''}`);
    } else if (el.type === 'buttons') {
      for (const b of el.buttons) {
        buttons.push(b);
        lines.push(`  [${buttons.length}] ${b.label}`);
      }
    } else if (el.type === 'link') lines.push(`  ${el.text ?? ''} ${el.href}`);
  }
  return lines;
}

/** A terminal chat over the full pipeline. Typing a button's number presses it. */
export async function runChat(options: ChatOptions, io = { input: process.stdin, output: process.stdout }): Promise<void> {
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const app = await createApp({
    root: options.root, bots: [options.bot], log, channels: ['terminal'],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    adapters: { terminal: (ctx) => new MemoryAdapter('terminal', ctx.botId) },
  });
  await app.start();
  const user = options.user ?? `term-${randomUUID().slice(0, 8)}`;
  let buttons: Button[] = [];
  let locale = options.locale;
  const rl = createInterface({ input: io.input, terminal: false });
  const write = (s: string) => io.output.write(`${s}\n`);
  if (!options.json) write(`shopmate chat with ${options.bot} — type a message, Ctrl-D to quit`);
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (!text) continue;
      const pressed = /^\d+$/.test(text) && !options.json ? buttons[Number(text) - 1] : undefined;
      const event: InboundEvent = {
        id: randomUUID(), platform: 'terminal', botId: options.bot, kind: pressed ? 'action' : 'message',
        conversation: { id: `term:${user}`, kind: 'direct' }, sender: { id: user },
        content: pressed ? [] : [{ type: 'text', text }], mentionsBot: true, timestamp: Date.now(), raw: null,
        ...(pressed ? { action: { id: pressed.id, value: pressed.value ?? pressed.label } } : {}),
        ...(locale ? { chosenLocale: locale } : {}),
      };
      locale = undefined; // chosen once; the profile remembers it
      const result = await app.engine.handle(event);
      if (options.json) {
        write(JSON.stringify({ intent: result.intent, confidence: Number(result.confidence.toFixed(4)), flow: result.flow, locale: result.locale, status: result.status, replies: result.replies.flat() }));
      } else {
        buttons = [];
        for (const message of result.replies) for (const l of print(message, buttons)) write(`bot> ${l}`);
        if (result.status === 'with_agent') write('(a human agent has this conversation)');
      }
    }
  } finally {
    await app.stop();
  }
}
