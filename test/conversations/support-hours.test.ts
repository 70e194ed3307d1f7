/**
 * "What are your opening hours?", "客服几点上班", "営業時間は？", "wann seid ihr erreichbar?", "¿a qué hora atienden?": the
 * team's hours (the demo's default policy: Monday to Friday, 9:00–18:00 in Shanghai), on the shopper's clock when
 * it is known, whether someone is there now, and, outside the hours, when a person is back (also on handing off).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
/** Saturday 2026-11-28, noon in Shanghai: the team is off until Monday 9:00. */
const SATURDAY = new Date('2026-11-28T04:00:00Z');
let weekend: TestApp;
beforeAll(async () => {
  t = await openTestApp(); // TEST_NOW: Wednesday 10:00 in Shanghai
  weekend = await openTestApp({ now: () => SATURDAY });
});
afterAll(async () => {
  await t.close();
  await weekend.close();
});

const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const SHOP_HOURS = { days: 'Monday to Friday', open: '9:00 AM', close: '6:00 PM', zone: 'Shanghai, UTC+8' };

/** The question as shoppers ask it, two ways in each language. */
const ASKED: [locale: string, texts: string[]][] = [
  ['en', ['what are your opening hours?', 'when is customer service available?']],
  ['zh-CN', ['客服几点上班', '你们营业时间是几点到几点']],
  ['ja', ['営業時間は？', 'サポートは何時まで対応していますか']],
  ['ko', ['영업시간이 어떻게 되나요?', '상담원 몇 시까지 해요?']],
  ['es', ['¿a qué hora atienden?', 'cuál es su horario de atención']],
  ['fr', ['quels sont vos horaires ?', "le service client est ouvert jusqu'à quelle heure ?"]],
  ['de', ['wann seid ihr erreichbar?', 'was sind eure Öffnungszeiten?']],
  ['ru', ['какие у вас часы работы?', 'до скольки работает поддержка?']],
  ['pt', ['qual o horário de atendimento?', 'vocês atendem até que horas?']],
  ['it', ['che orari fate?', 'a che ora apre il servizio clienti?']],
  ['th', ['เปิดกี่โมงคะ', 'แอดมินตอบกี่โมงถึงกี่โมง']],
  ['vi', ['shop làm việc mấy giờ?', 'mấy giờ có nhân viên tư vấn?']],
  ['id', ['jam operasional CS jam berapa?', 'adminnya online jam berapa kak?']],
  ['ar', ['ما هي ساعات العمل؟', 'متى تكون خدمة العملاء متاحة؟']],
  ['tr', ['çalışma saatleriniz nedir?', 'müşteri hizmetleri kaça kadar açık?']],
];

describe('support hours', () => {
  it.each(ASKED)('%s: asked, the hours are told, and that someone is there now', async (locale, asked) => {
    for (const text of asked) {
      const r = await new Chat(t.app, undefined, locale).says(text);
      expect({ text, flow: r.flow }).toEqual({ text, flow: 'support_hours' });
      const [hours, now] = texts(r);
      expect(hours).toContain('Shanghai, UTC+8');
      expect(hours).toContain(tr(locale, 'hours.day_range', { from: tr(locale, 'hours.day_1'), to: tr(locale, 'hours.day_5') }));
      expect(now).toBe(tr(locale, 'hours.open_now'));
    }
  });

  it.each([
    ['en', 'how many hours does the battery last?'], ['en', 'when will my order arrive?'], ['zh-CN', '快递几点到'],
    ['ja', '何時に届く？'], ['tr', 'kargo saat kaçta gelir?'], ['ru', 'сколько часов работает батарея?'],
  ])('%s: "%s" is no question about the hours', async (locale, text) => {
    expect((await new Chat(t.app, undefined, locale).says(text)).flow).not.toBe('support_hours');
  });

  it('offers a person while someone is there', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('what are your opening hours?').expectReply(tr('en', 'hours.info', SHOP_HOURS));
    await c.presses(tr('en', 'menu.human')).expectFlow('human_agent', tr('en', 'handoff.waiting'));
  });

  it('gives the hours on the shopper\'s clock too, with the days they fall on there', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('/tz Sao Paulo').expectFlow('timezone');
    await c.says('when are you open?').expectReply(tr('en', 'hours.info', {
      ...SHOP_HOURS, context: 'overnight', local_days: 'Sunday to Thursday', local_open: '10:00 PM', local_close: '7:00 AM', local_zone: 'Sao Paulo, UTC-3',
    }));
    // Japanese points to Tokyo's clock: an hour later, the same days.
    const ja = await new Chat(t.app, undefined, 'ja').says('営業時間は？');
    expect(texts(ja)[0]).toBe(tr('ja', 'hours.info', {
      context: 'local', days: '月曜日〜金曜日', open: '9:00', close: '18:00', zone: 'Shanghai, UTC+8', local_days: '月曜日〜金曜日', local_open: '10:00', local_close: '19:00', local_zone: 'Tokyo, UTC+9',
    }));
  });

  it('outside the hours, says when a person is back, on the shopper\'s clock when it is known', async () => {
    const en = await new Chat(weekend.app, undefined, 'en').says('what are your opening hours?');
    expect(texts(en)).toEqual([tr('en', 'hours.info', SHOP_HOURS), tr('en', 'hours.closed_now', { back: 'on Monday at 9:00 AM', zone: 'Shanghai, UTC+8' })]);
    const de = await new Chat(weekend.app, undefined, 'de').says('wann seid ihr erreichbar?');
    expect(texts(de)[1]).toBe(tr('de', 'hours.closed_now', { back: 'Montag um 2:00 Uhr', zone: 'Berlin, UTC+1' }));
  });

  it('outside the hours, a handoff tells when a person is back instead of "shortly"', async () => {
    const c = new Chat(weekend.app, undefined, 'zh-CN');
    const r = await c.says('转人工').expectFlow('human_agent');
    expect(texts(r)).toEqual([tr('zh-CN', 'handoff.closed', { back: '周一 9:00', zone: 'Shanghai, UTC+8' }), tr('zh-CN', 'handoff.waiting_closed')]);
    expect((await weekend.app.store.conversations.get(r.conversationId!))?.status).toBe('waiting_agent');
    // Still waiting, the hours are answered.
    await c.says('你们几点上班').expectFlow('support_hours', tr('zh-CN', 'hours.closed_now', { back: '周一 9:00', zone: 'Shanghai, UTC+8' }));
  });
});
