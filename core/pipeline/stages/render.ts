import type { Button, Element } from '../../model/elements.js';
import type { Middleware } from '../compose.js';
import type { BotRuntime, TurnContext } from '../context.js';
import type { OutMessage } from '../../flow/runtime.js';
import type { ButtonSpec } from '../../flow/compile.js';
import type { I18n } from '../../i18n/index.js';
import { localize } from '../../shop/actions.js';
import { CalendarDate, isLocalizedValue, Money } from '../../flow/expressions.js';
import { formatDate } from '../../util/timezones.js';
import { formatMoney } from '../../i18n/money.js';
import { replyRegister } from '../../i18n/register.js';

/** Money, dates and attributes are formatted here, in the shopper's locale and time zone (else the bot's). */
function formatVars(vars: Record<string, unknown>, i18n: I18n, locale: string, timeZone: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (v instanceof Money) out[k] = formatMoney(v.amount, v.currency, locale);
    else if (v instanceof Date) out[k] = formatDateVar(v, locale, timeZone);
    else if (isLocalizedValue(v)) out[k] = v.localize(locale, i18n);
    else out[k] = v ?? '';
  }
  return out;
}

/** An instant in the shopper's time zone; a calendar day as that day wherever the shopper is. */
function formatDateVar(d: Date, locale: string, timeZone: string): string {
  if (Number.isNaN(d.getTime())) return '';
  return formatDate(d, locale, d instanceof CalendarDate ? 'UTC' : timeZone);
}

function buttons(specs: ButtonSpec[], i18n: I18n, locale: string): Button[] {
  return specs.map((b, i) => {
    const label = b.literal ? b.label : i18n.t(locale, b.label);
    return { id: b.id ?? `b${i}`, label, value: b.value ?? label, ...(b.url ? { url: b.url } : {}) };
  });
}

/** Product cards from the catalog, in the shopper's language, with their own follow-up buttons. */
async function productElements(ids: unknown[], bot: BotRuntime, i18n: I18n, locale: string): Promise<Element[]> {
  const out: Element[] = [];
  for (const item of ids.slice(0, 5)) {
    const id = typeof item === 'string' ? item : (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const product = await bot.shop.getProduct(id);
    if (!product) continue;
    const p = localize(product, locale);
    out.push({
      type: 'product', productId: p.id, title: p.name, text: p.description,
      price: formatMoney(p.price, p.currency, locale),
      image: product.image ?? `${bot.publicUrl ?? ''}/media/products/${bot.id}/${p.id}.svg?locale=${encodeURIComponent(locale)}`,
      buttons: [
        { id: `details:${p.id}`, label: i18n.t(locale, 'product.button_details'), value: `intent:product_question?product=${p.id}` },
        { id: `similar:${p.id}`, label: i18n.t(locale, 'product.button_similar'), value: `intent:recommendation?product=${p.id}` },
      ],
    });
  }
  return out;
}

export async function renderOutputs(outputs: OutMessage[], bot: BotRuntime, i18n: I18n, locale: string, timeZone = bot.config.timezone): Promise<Element[][]> {
  const messages: Element[][] = [];
  for (const o of outputs) {
    const elements: Element[] = [{ type: 'text', text: i18n.t(locale, o.key, formatVars(o.vars, i18n, locale, timeZone)) }];
    if (o.products) elements.push(...(await productElements(o.products, bot, i18n, locale)));
    if (o.buttons?.length) elements.push({ type: 'buttons', buttons: buttons(o.buttons, i18n, locale) });
    messages.push(elements);
  }
  return messages;
}

/** The texts as this shopper is addressed: formally or not, as their messages show, else as the bot's `locales.formal` says. */
export function shopperI18n(ctx: Pick<TurnContext, 'deps' | 'bot' | 'profile' | 'locale'>): I18n {
  return ctx.deps.i18n.inRegister(replyRegister(ctx.profile?.register, ctx.locale, ctx.bot.config.locales.formal));
}

/** Turns the flow's i18n keys into text in the shopper's locale and register (money and dates via Intl) and products into cards. */
export const render: Middleware<TurnContext> = async (ctx, next) => {
  ctx.messages = await renderOutputs(ctx.outcome?.outputs ?? [], ctx.bot, shopperI18n(ctx), ctx.locale, ctx.profile?.timezone ?? ctx.bot.config.timezone);
  await next();
};
