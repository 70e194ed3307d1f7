/** German shoppers are answered as they write: "Können Sie …?" with "Sie", "kannst du …?" with "du". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';

const DU = /(?<!\p{L})(?:du|dich|dir|dein\p{L}*)(?!\p{L})/iu;
/** "Sie" inside a sentence ("Sie sieht so aus" at a sentence's start is the order number, "it"), "Ihnen", "Ihre". */
const SIE = /(?<![.!?…]\s|^)(?<!\p{L})Sie(?!\p{L})|(?<!\p{L})(?:Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer)(?!\p{L})/u;

const profileOf = (t: TestApp, c: Chat) => t.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: c.user });

describe('the demo bot (informal by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('answers a shopper who writes "Sie" with "Sie", and keeps to it while messages show neither', async () => {
    const c = new Chat(t.app, undefined, 'de');
    const asked = await c.says('Können Sie mir sagen, wo meine Bestellung ist?').expectFlow('order_status', 'Ihre Bestellnummer');
    expect(texts(asked).join(' ')).not.toMatch(DU);
    expect((await profileOf(t, c)).register).toBe('formal');
    const shipping = await c.says('was kostet der versand').expectReply('erhalten Sie eine Sendungsnummer');
    expect(texts(shipping).join(' ')).not.toMatch(DU);
  });

  it('answers a shopper who writes "du" with "du"', async () => {
    const c = new Chat(t.app, undefined, 'de');
    const asked = await c.says('kannst du mir sagen wo meine bestellung ist').expectFlow('order_status', 'deine Bestellnummer');
    expect(texts(asked).join(' ')).not.toMatch(SIE);
    expect((await profileOf(t, c)).register).toBe('informal');
  });

  it('follows the shopper from "Sie" to "du" and back', async () => {
    const c = new Chat(t.app, undefined, 'de');
    await c.says('Guten Tag, was kostet bei Ihnen der Versand?').expectReply('erhalten Sie eine Sendungsnummer');
    await c.says('ok, und kannst du mir sagen was der versand kostet?').expectReply('bekommst du eine Sendungsnummer');
    await c.says('Entschuldigung, können Sie mir sagen, was der Versand kostet?').expectReply('erhalten Sie eine Sendungsnummer');
  });

  it('leaves a shopper whose messages show neither on the bot\'s default, and "Sie" meaning "she" changes nothing', async () => {
    const c = new Chat(t.app, undefined, 'de');
    await c.says('was kostet der versand').expectReply('bekommst du eine Sendungsnummer');
    await c.says('Meine Bestellung ist da. Sie ist kaputt, ich will sie zurückgeben').expectReply(/Du|du/);
    expect((await profileOf(t, c)).register).toBeUndefined();
  });
});

describe('a bot with locales.formal: [de]', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestAppWithBotFile((yaml) => yaml.replace(/^(\s+supported: .*)$/m, '$1\n  formal: [de]'));
  });
  afterAll(() => t.close());

  it('addresses German shoppers with "Sie" until one writes "du"', async () => {
    const c = new Chat(t.app, undefined, 'de');
    const first = await c.says('was kostet der versand').expectReply('erhalten Sie eine Sendungsnummer');
    expect(texts(first).join(' ')).not.toMatch(DU);
    await c.says('kannst du mir nochmal sagen was der versand kostet').expectReply('bekommst du eine Sendungsnummer');
    await c.says('was kostet der versand').expectReply('bekommst du eine Sendungsnummer');
  });
});
