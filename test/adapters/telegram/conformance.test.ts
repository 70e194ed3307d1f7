import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMessage, decodeUpdate, type BotAccount, type WireUpdate } from '../../../adapters/telegram/decode.js';
import type { InboundEvent } from '../../../core/model/event.js';

const DIR = resolve(import.meta.dirname, '../../fixtures/telegram');
const ME: BotAccount = { id: 7_000_000_001, username: 'shopmate_test_bot' };
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

/** What each real payload must mean to the pipeline. */
const EXPECTED: Record<string, { me?: BotAccount; events: Partial<InboundEvent>[] }> = {
  'group-command-with-mention.slapbot.json': { events: [{
    id: '123', kind: 'message', conversation: { id: '-123', kind: 'group', title: 'Test' },
    sender: { id: '123', name: 'John Doe' }, mentionsBot: true, content: [{ type: 'text', text: 'slap @johndoe' }],
  }] },
  'my-chat-member-kicked.teloxide.json': { events: [{ id: '0', kind: 'uninstall', conversation: { id: '0', kind: 'direct' }, sender: { id: '0', name: 'FN LN' }, content: [] }] },
  'official-guide-callback-query.json': { events: [{
    id: '10000', kind: 'action', conversation: { id: '1111111', kind: 'direct' }, sender: { id: '1111111', name: 'Test Firstname Test Lastname' },
    action: { id: 'Data from button callback', value: 'Data from button callback' }, mentionsBot: true, content: [],
  }] },
  'official-guide-message-with-document.json': { events: [{
    kind: 'message', conversation: { id: '1111111', kind: 'direct' }, mentionsBot: true,
    content: [{ type: 'file', src: 'tg-file:AwADBAADbXXXXXXXXXXXGBdhD2l6_XX', mime: 'application/pdf', name: 'Testfile.pdf' }],
  }] },
  'official-guide-message-with-entities.json': { events: [{ kind: 'message', content: [{ type: 'text', text: 'Bold and italics' }] }] },
  'official-guide-private-text-start.json': { events: [{ kind: 'install', conversation: { id: '1111111', kind: 'direct' }, content: [], mentionsBot: true }] },
  'private-followup.vercel-chat.json': { events: [{ id: '1002', kind: 'message', sender: { id: '7527593', name: 'Test User' }, content: [{ type: 'text', text: 'how are you' }] }] },
  'private-mention.vercel-chat.json': {
    me: { id: 1, username: 'vercelchatsdkbot' },
    events: [{ id: '1001', kind: 'message', mentionsBot: true, content: [{ type: 'text', text: 'hi' }] }],
  },
  'private-photo-with-caption.illemius.json': { events: [{
    kind: 'message', sender: { id: '12345678', name: 'Name', locale: 'ln-LN' },
    content: [{ type: 'image', src: 'tg-file:AgADAgADOagxG8vyeUvsltCem_XPv5A6Sw0ABNXULc5u7jny5VkRAAEC' }, { type: 'text', text: 'photo description' }],
  }] },
  'private-photo.message-object.teloxide.json': { events: [{
    kind: 'message', conversation: { id: '250918540', kind: 'direct' }, sender: { id: '250918540', name: 'Андрей Власов', locale: 'en' },
    content: [{ type: 'image', src: 'tg-file:AgADAgAD36sxG-PX0UvQSXIn9rccdw-ACA4ABAEAAwIAA3kAAyTcBAABFgQ' }],
  }] },
  'private-photo.vercel-chat.json': { events: [{
    id: '312744884', kind: 'message', content: [{ type: 'image', src: 'tg-file:AgACAgUAAxkBAAMRaH8qXw-VQSGAG4X4VoCg9A5nE50AAvLGMRtBGPlXGt4-FX4l2_oBAAMCAAN5AAM2BA' }],
  }] },
  'private-text-message-2.teloxide.json': { events: [{ id: '306197398', kind: 'message', content: [{ type: 'text', text: '4' }], sender: { id: '408258968', name: 'Hirrolot', locale: 'en' } }] },
  'private-text-message.teloxide.json': { events: [{ id: '892252934', kind: 'message', content: [{ type: 'text', text: 'hello there' }] }] },
  'private-text.illemius.json': { events: [{ kind: 'message', content: [{ type: 'text', text: 'Hi, world!' }], sender: { id: '12345678', name: 'FirstName LastName', locale: 'ru' } }] },
  'supergroup-command-reply.teloxide.json': { events: [{
    id: '439432600', kind: 'message', conversation: { id: '-1001293752024', kind: 'group', title: 'CryptoInside Chat' },
    mentionsBot: true, content: [{ type: 'text', text: 'report' }], raw: expect.objectContaining({ hint: { replyToMessageId: 134546 } }) as unknown,
  }] },
};

function decodeFile(file: string, me: BotAccount): InboundEvent[] {
  const json = read(file) as WireUpdate & { message_id?: number };
  const ctx = { botId: 'demo-shop', me, now: () => 1_700_000_000_000 };
  // The one bare Message: decoded as the message of an update.
  if (json.message_id !== undefined) return decodeMessage(json as never, { update_id: 0 }, ctx, 'message');
  return decodeUpdate(json, ctx);
}

describe('conformance: real Telegram payloads', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('has an expectation for every sample', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s decodes into the expected events', (file) => {
    const { me = ME, events: expected } = EXPECTED[file]!;
    const events = decodeFile(file, me);
    expect(events).toHaveLength(expected.length);
    events.forEach((event, i) => {
      expect(event).toMatchObject({ platform: 'telegram', botId: 'demo-shop', ...expected[i] });
      expect(event.id).toMatch(/^\d+/);
      expect(Number.isFinite(event.timestamp)).toBe(true);
      expect(JSON.parse(JSON.stringify(event.content))).toEqual(event.content);
    });
  });
});
