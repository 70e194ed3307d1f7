import { describe, expect, it } from 'vitest';
import { ActivitySchema, referenceOf } from '../../../adapters/teams/activity.js';
import { cardAction, decode } from '../../../adapters/teams/decode.js';
import { TeamsActivities, teamsUser } from '../../fakes/teams/teams-client.js';

const bot = { id: '28:bot-app', name: 'Demo Shop' };
const build = new TeamsActivities('https://smba.trafficmanager.net/amer/', bot);
const run = (raw: Record<string, unknown>) => {
  const activity = ActivitySchema.parse(raw);
  return decode('demo-shop', activity, { reference: referenceOf(activity) }, 42);
};
const ana = teamsUser('Ana');

describe('Teams decoding', () => {
  it('keeps other users\' mentions as names and mention elements, and decodes entities', () => {
    const channel = build.channel();
    const raw = build.message(ana, channel, 'ask <at>Bo Li</at> &amp; me about SM100234', { mention: true });
    (raw.entities as object[]).push({ type: 'mention', text: '<at>Bo Li</at>', mentioned: { id: '29:bo', name: 'Bo Li' } });
    const [e] = run(raw).events;
    expect(e!.content).toEqual([{ type: 'text', text: 'ask Bo Li & me about SM100234' }, { type: 'mention', userId: '29:bo', name: 'Bo Li' }]);
    expect(e!.mentionsBot).toBe(true);
  });

  it('picks up pictures and files shoppers send', () => {
    const raw = {
      ...build.message(ana, build.personal(), 'broken on arrival'),
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/x/views/original', name: 'photo.png' },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'receipt.pdf', content: { downloadUrl: 'https://contoso.sharepoint.com/receipt.pdf', fileType: 'pdf' } },
        { contentType: 'text/html', content: '<p>broken on arrival</p>' },
      ],
    };
    expect(run(raw).events[0]!.content).toEqual([
      { type: 'text', text: 'broken on arrival' },
      { type: 'image', src: 'https://smba.trafficmanager.net/amer/v3/attachments/x/views/original', mime: 'image/png', name: 'photo.png' },
      { type: 'file', src: 'https://contoso.sharepoint.com/receipt.pdf', name: 'receipt.pdf' },
    ]);
  });

  it('reads button presses from our cards, Action.Execute and other cards', () => {
    const data = { msteams: { type: 'messageBack', text: 'intent:order_status' }, shopmate: { id: 'track', value: 'intent:order_status' } };
    const conv = build.personal();
    expect(run(build.submit(ana, conv, data, '1:9')).events[0]).toMatchObject({ kind: 'action', action: { id: 'track', value: 'intent:order_status' } });
    expect(run(build.execute(ana, conv, 'track', data, '1:9')).events[0]).toMatchObject({ kind: 'action', action: { id: 'track', value: 'intent:order_status' } });
    expect(run(build.execute(ana, conv, 'refresh', {}, '1:9')).events[0]!.action).toEqual({ id: 'refresh', value: '{}' });
    expect(cardAction({ id: 'size', value: 'L' })).toEqual({ id: 'size', value: 'L' });
    expect(cardAction('yes')).toEqual({ id: 'submit', value: 'yes' });
    expect(cardAction(['x'])).toBeUndefined();
  });

  it('ignores what is not for the pipeline, saying why', () => {
    const conv = build.personal();
    expect(run({ ...build.message(ana, conv, 'x'), from: bot }).ignored).toMatch(/own/);
    expect(run(build.message(ana, conv, '   ')).ignored).toBe('empty message');
    expect(run({ ...build.message(ana, conv, 'x'), type: 'typing' }).ignored).toBe('activity type typing');
    expect(run({ ...build.message(ana, conv, 'x'), type: 'conversationUpdate', channelData: { eventType: 'channelRenamed' } }).ignored).toMatch(/channelRenamed/);
  });

  it('edits are edit events; deletions are not', () => {
    const edit = { ...build.message(ana, build.personal(), 'SM100235 actually'), type: 'messageUpdate', channelData: { eventType: 'editMessage' } };
    expect(run(edit).events[0]).toMatchObject({ kind: 'edit', content: [{ type: 'text', text: 'SM100235 actually' }] });
    expect(run({ ...edit, channelData: { eventType: 'softDeleteMessage' } }).events).toEqual([]);
  });

  it('takes the time zone from localTimezone, else clientInfo, and only for the activity\'s sender', () => {
    const raw = build.message(ana, build.personal(), 'hi');
    expect(run({ ...raw, localTimezone: 'Europe/Madrid' }).events[0]!.sender.timezone).toBe('Europe/Madrid');
    const info = { ...raw, entities: [{ type: 'clientInfo', timezone: 'Atlantic/Canary' }] };
    expect(run(info).events[0]!.sender.timezone).toBe('Atlantic/Canary');
    expect(run(raw).events[0]!.sender.timezone).toBeUndefined();
    const added = { ...build.botAdded(ana, build.channel()), membersAdded: [{ id: '29:b' }], localTimezone: 'Europe/Madrid', locale: 'es-ES' };
    expect(run(added).events[0]!.sender).toEqual({ id: '29:b' });
  });

  it('several members added at once are several joins, each its own event id', () => {
    const raw = { ...build.botAdded(ana, build.channel()), membersAdded: [{ id: '29:a' }, { id: '29:b' }, { id: bot.id }] };
    const { events } = run(raw);
    expect(events.map((e) => [e.kind, e.sender.id])).toEqual([['join', '29:a'], ['join', '29:b'], ['install', ana.id]]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });
});
