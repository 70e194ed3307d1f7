import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActivitySchema, referenceOf, type TeamsActivity } from '../../../adapters/teams/activity.js';
import { decode } from '../../../adapters/teams/decode.js';
import type { InboundEvent } from '../../../core/model/event.js';
import { ROOT } from '../../helpers/chat.js';

const DIR = join(ROOT, 'test/fixtures/teams');
const load = (file: string): TeamsActivity => ActivitySchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
const decodeFile = (file: string) => {
  const activity = load(file);
  return decode('demo-shop', activity, { reference: referenceOf(activity) }, 0);
};
const only = (file: string): InboundEvent => {
  const { events, ignored } = decodeFile(file);
  expect(ignored).toBeUndefined();
  expect(events).toHaveLength(1);
  return events[0]!;
};
const text = (e: InboundEvent) => e.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text).join(' ');

describe('Teams activities recorded from Teams decode correctly', () => {
  it('every fixture passes the endpoint\'s validation', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(20);
    for (const f of files) expect(ActivitySchema.safeParse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))).success, f).toBe(true);
  });

  it('personal messages: direct, addressed, with the client locale', () => {
    const e = only('message-personal.botbuilder-js.json');
    expect(e).toMatchObject({
      kind: 'message', platform: 'teams', botId: 'demo-shop', mentionsBot: true,
      conversation: { kind: 'direct', id: expect.stringMatching(/^a:1VF4K2/) as string },
      sender: { id: expect.stringMatching(/^29:1kbO/) as string, name: 'Tien Suwandy', locale: 'en-US' },
      timestamp: Date.parse('2019-10-21T20:53:37.385Z'),
    });
    expect(text(e)).toBe('file');
    expect(e.id).toBe(`${e.conversation.id}|1571691217375`);
    expect(text(only('message-personal.vercel-chat.json'))).toBe('Hey');
  });

  it('channel messages: the bot\'s own <at> mention is stripped and marks the message as addressed', () => {
    const a = only('message-channel-at-mention.botbuilder-js.json');
    expect(a).toMatchObject({ kind: 'message', mentionsBot: true, conversation: { kind: 'group' } });
    expect(text(a)).toBe('1');
    const b = only('message-channel-at-mention.vercel-chat.json');
    expect(text(b)).toBe('test');
    expect(b.mentionsBot).toBe(true);
    expect(b.conversation.id).toBe('19:d441d38c655c47a085215b2726e76927@thread.tacv2;messageid=1766459963017');
    const plain = only('message-channel-plain.vercel-chat.json');
    expect(plain).toMatchObject({ kind: 'message', mentionsBot: false, conversation: { kind: 'group' } });
    expect(text(plain)).toBe('test');
  });

  it('the sender\'s time zone comes from localTimezone', () => {
    expect(only('message-channel-plain.vercel-chat.json').sender.timezone).toBe('America/Los_Angeles');
    expect(only('message-personal.botbuilder-js.json').sender.timezone).toBeUndefined();
  });

  it('an Adaptive Card Action.Submit (a message with a value) is a button press', () => {
    expect(only('message-card-action-submit.vercel-chat.json')).toMatchObject({ kind: 'action', action: { id: 'info', value: 'info' }, mentionsBot: true });
  });

  it('card invokes are button presses; task modules and message extensions are not handled', () => {
    expect(only('invoke-unnamed.botbuilder-js.json')).toMatchObject({ kind: 'action', action: { id: 'submit', value: '{"key":"value"}' } });
    expect(only('invoke-task-submit.botbuilder-js.json')).toMatchObject({ kind: 'action', action: { id: 'submit', value: '{"usertext":"some text"}' } });
    expect(only('spec-invoke-task-submit.agents.json')).toMatchObject({ kind: 'action', action: { value: '{"comments":"All done."}' }, conversation: { kind: 'direct' } });
    for (const f of ['invoke-task-fetch.botbuilder-js.json', 'invoke-composeExtension-query.botbuilder-js.json', 'invoke-composeExtension-fetchTask.botbuilder-js.json']) {
      const d = decodeFile(f);
      expect(d.events, f).toEqual([]);
      expect(d.ignored, f).toMatch(/not supported/);
    }
  });

  it('members added and removed are join and leave; the bot added is an install', () => {
    expect(only('conversationUpdate-membersAdded-groupChat.botbuilder-js.json')).toMatchObject({
      kind: 'join', conversation: { kind: 'group' }, sender: { id: expect.stringMatching(/^29:1QbG/) as string }, mentionsBot: false,
    });
    expect(only('conversationUpdate-teamMemberAdded.botbuilder-js.json')).toMatchObject({ kind: 'join', sender: { id: expect.stringMatching(/^29:1Oeq/) as string } });
    expect(only('conversationUpdate-teamMemberRemoved.botbuilder-js.json')).toMatchObject({ kind: 'leave', sender: { id: expect.stringMatching(/^29:1Oeq/) as string } });
    const install = only('conversationUpdate-teamMemberAdded.vercel-chat.json');
    expect(install).toMatchObject({ kind: 'install', conversation: { kind: 'group', title: 'Chat SDK' }, sender: { id: expect.stringMatching(/^29:1xX/) as string } });
    expect(only('spec-conversationUpdate.agents.json')).toMatchObject({ kind: 'join', sender: { id: 'user-id-3', name: 'Sam Brown' }, conversation: { kind: 'group' } });
  });

  it('installationUpdate is left to the conversationUpdate Teams sends with it (one welcome, not two)', () => {
    const d = decodeFile('installationUpdate-add.vercel-chat.json');
    expect(d.events).toEqual([]);
    expect(d.ignored).toMatch(/conversationUpdate/);
  });

  it('reactions keep the reacted message and are not duplicates of each other', () => {
    const e = only('messageReaction-like.vercel-chat.json');
    expect(e.kind).toBe('reaction');
    expect(e.content).toEqual([{ type: 'platform', platform: 'teams', name: 'reaction', data: { added: ['like'], removed: [], messageId: '1767326111492' } }]);
    expect(e.id).toContain('reaction:29:1xX');
  });

  it('Activity Protocol messages from other channels decode by isGroup', () => {
    const e = only('spec-message.agents.json');
    expect(e).toMatchObject({ kind: 'message', conversation: { kind: 'group', id: 'conv-1', title: 'Project Discussion' }, mentionsBot: false });
    expect(text(e)).toBe('Hello, I need help with my order.');
  });
});
