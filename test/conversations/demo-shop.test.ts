import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, ROOT, texts, type TestApp } from '../helpers/chat.js';

interface Phrases {
  greeting: string; orderStatus: string; orderStatusWithId: string; cancel: string; shipping: string; returns: string;
  refund: string; search: string; question: string; recommend: string; coupon: string; payment: string; human: string;
  complaint: string; unsubscribe: string; thanks: string; goodbye: string; noIdea: string; budget: string;
  /** Not for a shop; in en and es the shop intents alone take it (product_question, shipping_info), the off-topic class (core/nlu/background.ts) turns it away. */
  offTopic: string;
}

/** What shoppers type, per locale. Replies are checked against the locale files, so nothing here is an expected text. */
const PHRASES: Record<'en' | 'zh-CN' | 'es', Phrases> = {
  en: {
    greeting: 'hi there', orderStatus: "where's my order?", orderStatusWithId: 'where is my order SM100235', cancel: 'I want to cancel my order',
    shipping: 'how much is shipping?', returns: 'I want to return something', refund: 'where is my refund', search: 'do you have wireless headphones',
    question: 'is it waterproof?', recommend: 'what do you recommend?', coupon: 'any discount codes?', payment: 'my payment failed',
    human: 'I want to talk to a real person', complaint: 'this is terrible service, I am very angry', unsubscribe: 'stop sending me messages',
    thanks: 'thanks!', goodbye: 'bye', noIdea: 'hmm not sure', budget: 'any gift ideas under $20?',
    offTopic: 'what is the capital of peru',
  },
  'zh-CN': {
    greeting: '你好', orderStatus: '我的订单到哪了', orderStatusWithId: '订单SM100235到哪了', cancel: '我要取消订单', shipping: '运费多少钱',
    returns: '我想退货', refund: '退款什么时候到账', search: '有没有无线耳机', question: '这个防水吗', recommend: '有什么推荐的吗',
    coupon: '有优惠券吗', payment: '付款失败了', human: '我要找人工客服', complaint: '服务太差了，我很生气', unsubscribe: '别再给我发消息了',
    thanks: '谢谢', goodbye: '拜拜', noIdea: '不知道', budget: '推荐个20美元以内的礼物',
    offTopic: '今天北京天气怎么样',
  },
  es: {
    greeting: 'hola', orderStatus: 'dónde está mi pedido', orderStatusWithId: 'dónde está mi pedido SM100235', cancel: 'quiero cancelar mi pedido',
    shipping: 'cuánto cuesta el envío', returns: 'quiero devolver un producto', refund: 'dónde está mi reembolso', search: 'tienen auriculares inalámbricos',
    question: 'es resistente al agua?', recommend: 'qué me recomiendas', coupon: 'tienen algún cupón de descuento', payment: 'mi pago fue rechazado',
    human: 'quiero hablar con una persona', complaint: 'pésimo servicio, estoy muy enojado', unsubscribe: 'no me manden más mensajes',
    thanks: 'gracias', goodbye: 'adiós', noIdea: 'ni idea', budget: 'recomiéndame algo por menos de 20 dólares',
    offTopic: 'qué tiempo hace en madrid el finde',
  },
};

interface OrderRow { id: string; status: string; carrier: string | null; tracking: string | null }
const orders = (parse(readFileSync(join(ROOT, 'bots/demo-shop/shop/orders.yaml'), 'utf8')) as { orders: OrderRow[] }).orders;
const order = (status: string) => orders.find((o) => o.status === status)!;

describe.each(Object.keys(PHRASES) as (keyof typeof PHRASES)[])('demo-shop conversations in %s', (locale) => {
  const say = PHRASES[locale];
  let t: TestApp;
  let tr: (key: string, vars?: Record<string, unknown>) => string;
  /** The fixed part of a localized reply: the text before its first variable. */
  const stem = (key: string) => tr(key).split('{{')[0]!.trim();
  const chat = () => new Chat(t.app, undefined, locale);

  beforeAll(async () => {
    t = await openTestApp();
    tr = (key, vars) => t.app.i18n.t(locale, key, vars);
  });
  afterAll(() => t.close());

  it('greets with the menu', async () => {
    const c = chat();
    const r = await c.says(say.greeting).expectFlow('greeting', tr('smalltalk.greeting', { shop: 'Demo Shop' }));
    expect(c.buttons.map((b) => b.label)).toContain(tr('menu.track_order'));
    expect(r.locale).toBe(locale);
  });

  it('asks for the order number, then answers from the shop (slot filling)', async () => {
    const c = chat();
    const shipped = order('shipped');
    await c.says(say.orderStatus).expectFlow('order_status', tr('order.ask_id'));
    const r = await c.says(shipped.id).expectFlow('order_status');
    expect(texts(r).join(' ')).toContain(shipped.tracking!);
    expect(texts(r).join(' ')).toContain(shipped.carrier!);
  });

  it('uses an order number given in the first message', async () => {
    await chat().says(say.orderStatusWithId).expectFlow('order_status', stem('order.status_delivered') || 'SM100235');
  });

  it('re-asks on a bad answer and hands off after the retries', async () => {
    const c = chat();
    await c.says(say.orderStatus).expectReply(tr('order.ask_id'));
    await c.says(say.noIdea).expectReply(tr('order.ask_id_again'));
    await c.says(say.noIdea).expectReply(tr('order.ask_id_again'));
    await c.says(say.noIdea).expectReply(tr('handoff.waiting'));
    await c.says(say.greeting).expectReply(tr('handoff.still_waiting'));
  });

  it('answers a digression mid-flow, then resumes the question', async () => {
    const c = chat();
    await c.says(say.orderStatus).expectReply(tr('order.ask_id'));
    const r = await c.says(say.shipping).expectReply(stem('faq.shipping'));
    expect(texts(r)).toContain(tr('order.ask_id'));
    await c.says(order('shipped').id).expectReply(order('shipped').tracking!);
  });

  it('does not ask the pending question again after a goodbye', async () => {
    const c = chat();
    await c.says(say.orderStatus).expectReply(tr('order.ask_id'));
    const r = await c.says(say.goodbye).expectFlow('goodbye', tr('smalltalk.goodbye'));
    expect(texts(r)).not.toContain(tr('order.ask_id'));
    await c.says(say.greeting).expectFlow('greeting');
  });

  it('recommends within the budget the shopper names', async () => {
    const shop = t.app.engine.bot('demo-shop').shop;
    const prices = async (ids: string[]) => Promise.all(ids.map(async (id) => (await shop.getProduct(id))!.price));
    const plain = await prices(products(await chat().says(say.recommend).expectFlow('recommendation')));
    expect(plain.some((p) => p > 20)).toBe(true);
    const withBudget = await prices(products(await chat().says(say.budget).expectFlow('recommendation')));
    expect(withBudget.length).toBeGreaterThan(0);
    expect(withBudget.every((p) => p <= 20), JSON.stringify(withBudget)).toBe(true);
  });

  it('cancels a pending order once the shopper confirms, and refuses a shipped one', async () => {
    const c = chat();
    await c.says(say.cancel).expectFlow('order_cancel', tr('order.ask_id_cancel'));
    await c.says(order('pending').id).expectReply(stem('order.cancel_confirm_unpaid'));
    const shop = t.app.engine.bot('demo-shop').shop;
    expect((await shop.getOrder(order('pending').id, undefined, await c.customer()))?.status).toBe('pending');
    await c.presses(tr('order.cancel_yes')).expectReply(stem('order.cancelled_unpaid'));
    expect((await shop.getOrder(order('pending').id, undefined, await c.customer()))?.status).toBe('cancelled');
    // Another shopper trying the demo still has the order to cancel: each sees the demo orders as their own.
    const other = chat();
    expect((await shop.getOrder(order('pending').id, undefined, await other.customer()))?.status).toBe('pending');
    await other.says(say.cancel).expectReply(tr('order.ask_id_cancel'));
    await other.says(order('pending').id).expectReply(stem('order.cancel_confirm_unpaid'));
    const d = chat();
    await d.says(say.cancel).expectReply(tr('order.ask_id_cancel'));
    await d.says(order('shipped').id).expectReply(tr('order.cannot_cancel_shipped', { id: order('shipped').id }));
  });

  it('checks a refund', async () => {
    const c = chat();
    await c.says(say.refund).expectFlow('refund_status', tr('refund.ask_id'));
    await c.says(order('delivered').id).expectReply(tr('refund.none_delivered', { id: order('delivered').id }));
  });

  it('explains returns and hands an eligible return to an agent', async () => {
    const c = chat();
    await c.says(say.returns).expectFlow('return_request', stem('faq.returns'));
    const r = await c.says(order('delivered').id).expectReply(tr('returns.eligible', { id: order('delivered').id }));
    expect(texts(r)).toContain(tr('returns.agent_will_help'));
  });

  it('finds a product with similar and complementary products, then answers about it', async () => {
    const c = chat();
    const r = await c.says(say.search).expectFlow('product_search');
    expect(texts(r).join('\n')).toContain(stem('product.similar'));
    expect(texts(r).join('\n')).toContain(stem('product.complementary'));
    const shown = products(r);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const product = await t.app.engine.bot('demo-shop').shop.getProduct(shown[0]!);
    expect(product!.name.en!.toLowerCase()).toMatch(/headphone|earbud|headset/);
    const q = await c.says(say.question).expectFlow('product_question');
    expect(texts(q).join(' ')).toContain(product!.name[locale] ?? product!.name.en);
  });

  it('presses a product card button to see similar items', async () => {
    const c = chat();
    await c.says(say.search);
    await c.presses(tr('product.button_similar')).expectFlow('recommendation', tr('product.recommend'));
  });

  it('recommends products', async () => {
    const r = await chat().says(say.recommend).expectFlow('recommendation', tr('product.recommend'));
    expect(products(r)).toHaveLength(3);
  });

  it('answers coupon, payment, shipping, thanks and goodbye', async () => {
    const c = chat();
    expect(texts(await c.says(say.coupon).expectFlow('coupon', stem('coupon.offers'))).join(' ')).toContain('WELCOME10');
    await c.says(say.payment).expectFlow('payment_problem', stem('payment.help'));
    await c.says(say.shipping).expectFlow('shipping_info', stem('faq.shipping'));
    await c.says(say.thanks).expectFlow('thanks', tr('smalltalk.thanks'));
    await c.says(say.goodbye).expectFlow('goodbye', tr('smalltalk.goodbye'));
  });

  it('hands off to a human on request, then tells the shopper the team has it', async () => {
    const c = chat();
    await c.says(say.human).expectFlow('human_agent', tr('handoff.waiting'));
    const r = await c.says(say.greeting).expectReply(tr('handoff.still_waiting'));
    const conv = await t.app.store.conversations.get(r.conversationId!);
    expect(conv).toMatchObject({ status: 'waiting_agent', handoffReason: 'requested' });
  });

  it('keeps the order when the shopper says no', async () => {
    const c = chat();
    const paid = order('paid');
    await c.says(say.cancel);
    await c.says(paid.id).expectReply(stem('order.cancel_confirm'));
    await c.presses(tr('order.cancel_no')).expectFlow('order_cancel', tr('order.kept', { id: paid.id }));
    expect((await t.app.engine.bot('demo-shop').shop.getOrder(paid.id, undefined, await c.customer()))?.status).toBe('paid');
  });

  it('apologizes and hands off on a complaint', async () => {
    const r = await chat().says(say.complaint).expectFlow('complaint', tr('complaint.sorry'));
    expect(texts(r)).toContain(tr('handoff.waiting'));
  });

  it('opts out of promotions', async () => {
    const c = chat();
    const r = await c.says(say.unsubscribe).expectFlow('unsubscribe', tr('unsubscribe.done'));
    const conv = await t.app.store.conversations.get(r.conversationId!);
    expect((await t.app.store.profiles.get(conv!.profileId!))!.tags).toContain('opted_out');
  });

  it('falls back on gibberish and offers a human after repeated misses', async () => {
    const c = chat();
    await c.says('qwxz vbnm kjhg').expectFlow('fallback', tr('fallback.not_understood'));
    await c.says('zzqq pplk xxwv').expectReply(tr('fallback.not_understood'));
    await c.says('mmnb ttrq zzxw').expectReply(tr('fallback.handoff'));
  });

  it('falls back on a request that is not for a shop', async () => {
    const c = chat();
    await c.says(say.offTopic).expectFlow('fallback', tr('fallback.off_topic'));
    expect(c.buttons.map((b) => b.label)).toContain(tr('menu.track_order'));
  });
});

describe('turn failures', () => {
  let t: TestApp;
  const saved = new Map<string, ReturnType<TestApp['app']['engine']['bot']>['actions'] extends { get(n: string): infer A } ? A : never>();
  beforeAll(async () => {
    t = await openTestApp();
    const actions = t.app.engine.bot('demo-shop').actions;
    for (const name of actions.names()) saved.set(name, actions.get(name));
  });
  afterEach(() => {
    // Tests below replace actions with failing ones; put the real ones back.
    const actions = t.app.engine.bot('demo-shop').actions;
    for (const [name, action] of saved) if (action) actions.register(name, action);
  });
  afterAll(() => t.close());

  it('takes the on_error branch when the shop backend fails', async () => {
    const bot = t.app.engine.bot('demo-shop');
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my order').expectReply(t.app.i18n.t('en', 'order.ask_id'));
    bot.actions.register('shop.getOrder', () => Promise.reject(new Error('backend down')));
    await c.says('SM100234').expectReply(t.app.i18n.t('en', 'core.backend_down'));
  });

  it('apologizes in the shopper\'s language when an action throws, and the conversation continues', async () => {
    const bot = t.app.engine.bot('demo-shop');
    const c = new Chat(t.app, undefined, 'es');
    bot.actions.register('shop.findProduct', () => Promise.reject(new Error('catalog exploded')));
    const r = await c.says('tienen auriculares inalámbricos').expectReply(t.app.i18n.t('es', 'core.apology'));
    expect(r.status).toBe('error');
    await c.says('hola').expectFlow('greeting');
  });

  it('apologizes when a turn exceeds its deadline, and the next turn works', async () => {
    const bot = t.app.engine.bot('demo-shop');
    const c = new Chat(t.app, undefined, 'en');
    const saved = bot.config.turn_timeout_ms;
    bot.config.turn_timeout_ms = 50;
    bot.actions.register('shop.recommend', () => new Promise((resolve) => setTimeout(() => resolve([]), 2_000)));
    try {
      const r = await c.says('what do you recommend?').expectReply(t.app.i18n.t('en', 'core.timeout'));
      expect(r.status).toBe('timeout');
    } finally {
      bot.config.turn_timeout_ms = saved;
    }
    await c.says('hi').expectFlow('greeting');
  });

  it('answers two messages from one shopper in order even when they arrive together', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const [first, second] = await Promise.all([c.says("where's my order?").result, c.says('SM100234').result]);
    expect(texts(first)).toContain(t.app.i18n.t('en', 'order.ask_id'));
    expect(texts(second).join(' ')).toContain(order('shipped').id === 'SM100234' ? 'SM100234' : '');
    expect(second.flow).toBe('order_status');
  });

  it('answers a redelivered message once', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const first = await c.says('hi', { id: 'same-id' });
    const again = await c.says('hi', { id: 'same-id' });
    expect(first.status).toBe('answered');
    expect(again.status).toBe('duplicate');
    expect(again.replies).toEqual([]);
  });
});

describe('languages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('understands a shopper who chose German but writes English, and answers in German', async () => {
    const c = new Chat(t.app, undefined, 'de');
    const r = await c.says('where is my order SM100234').expectFlow('order_status');
    expect(r.locale).toBe('de');
    const reply = texts(r).join(' ');
    expect(reply).toContain(order('shipped').tracking!);
    // The German shipped-status sentence, up to its first variable.
    expect(reply).toContain(t.app.i18n.t('de', 'order.status_shipped').split('{{')[0]!.trim());
  });

  it('understands a bare English "hi" from a shopper who chose Spanish, and answers in Spanish', async () => {
    const c = new Chat(t.app, undefined, 'es');
    const r = await c.says('hi').expectFlow('greeting');
    expect(r.locale).toBe('es');
    // A Spanish message stays with the Spanish model.
    await c.says('dónde está mi pedido SM100234').expectFlow('order_status');
  });

  it('lets a shopper on any channel choose the reply language with buttons, and remembers it', async () => {
    const c = new Chat(t.app, undefined, undefined);
    await c.says('hello').expectFlow('greeting');
    const menu = await c.says('/language').expectFlow('language', t.app.i18n.t('en', 'core.language_choose'));
    expect(menu.locale).toBe('en');
    expect(c.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Español', '简体中文', 'Deutsch', 'العربية', 'Bahasa Indonesia']));
    expect(c.buttons).toHaveLength(15);
    const chosen = await c.presses('Español').expectFlow('language', t.app.i18n.t('es', 'core.language_changed'));
    expect(chosen.locale).toBe('es');
    // Chosen, so it sticks even when the shopper then writes English; and "cambiar idioma" opens the menu again.
    const next = await c.says('where is my order').expectFlow('order_status', t.app.i18n.t('es', 'order.ask_id'));
    expect(next.locale).toBe('es');
    const again = await c.says('quiero cambiar el idioma').expectReply(t.app.i18n.t('es', 'core.language_choose'));
    expect(texts(again)).toContain(t.app.i18n.t('es', 'order.ask_id')); // then back to the pending question
  });

  it.each([
    ['ja', 'English', 'en'], ['en', '中文', 'zh-CN'], ['de', 'english please', 'en'], ['ko', 'ภาษาไทย', 'th'], ['vi', 'Tiếng Anh', 'en'], ['fr', 'en español', 'es'],
  ])('switches from %s when the shopper types a language\'s name ("%s")', async (from, text, to) => {
    const c = new Chat(t.app, undefined, from);
    await c.says('/language');
    c.locale = undefined; // no page menu: the typed name alone chooses
    const r = await c.says(text).expectFlow('language', t.app.i18n.t(to, 'core.language_changed'));
    expect(r.locale).toBe(to);
    expect((await c.says('hi')).locale).toBe(to);
  });

  it('keeps a language chosen in the chat although the web chat page keeps sending its own, until the page\'s menu changes', async () => {
    // The page sends its menu's language with every message (chosenLocale), as the web chat does.
    const c = new Chat(t.app, undefined, 'de');
    await c.says('/language').expectFlow('language', t.app.i18n.t('de', 'core.language_choose'));
    const chosen = await c.presses('English').expectFlow('language', t.app.i18n.t('en', 'core.language_changed'));
    expect(chosen.locale).toBe('en');
    const next = await c.says('wo ist meine bestellung').expectFlow('order_status', t.app.i18n.t('en', 'order.ask_id'));
    expect(next.locale).toBe('en');
    // The shopper picks French in the page's menu: that is a new choice.
    c.locale = 'fr';
    const french = await c.says('SM100234').expectFlow('order_status');
    expect(french.locale).toBe('fr');
    expect((await c.says('merci').expectFlow('thanks')).locale).toBe('fr');
  });

  it('takes a typed button label as the press (platforms that list buttons as text)', async () => {
    const c = new Chat(t.app, undefined, undefined);
    await c.says('/language').expectFlow('language');
    const r = await c.says('  русский! ').expectFlow('language', t.app.i18n.t('ru', 'core.language_changed'));
    expect(r.locale).toBe('ru');
    // The menu's labels are in Russian now; typing one starts its flow without classification.
    await c.says('hi').expectFlow('greeting');
    const track = t.app.i18n.t('ru', 'menu.track_order');
    const pressed = await c.says(track.toUpperCase()).expectFlow('order_status', t.app.i18n.t('ru', 'order.ask_id'));
    expect(pressed.confidence).toBe(1);
    // Only the last message's buttons count: a label offered earlier is classified like any text.
    const later = await c.says('русский');
    expect(later.flow).not.toBe('language');
  });

  it('follows a shopper who has not chosen a language into the one they write', async () => {
    const c = new Chat(t.app);
    const first = await c.says('bonjour, je cherche un casque sans fil');
    expect(first.locale).toBe('fr');
    const second = await c.says('hola, ¿dónde está mi pedido?');
    expect(second.locale).toBe('es');
    expect(texts(second)).toContain(t.app.i18n.t('es', 'order.ask_id'));
  });
});
