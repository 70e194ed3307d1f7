import jexlModule from 'jexl';
import type { I18n } from '../i18n/index.js';
import { formatAttributes } from '../i18n/attributes.js';
import { formatDay } from '../util/timezones.js';

/**
 * The flow expression language: Jexl (no eval, no function calls except the transforms below).
 * `order == null`, `slots.qty > 0 && profile.tags|includes('vip')`, `order.eta|date`, `item.zone|uri`.
 */
const Jexl = (jexlModule as unknown as { Jexl: new () => JexlInstance }).Jexl;

interface CompiledExpression {
  evalSync(context: object): unknown;
}
interface JexlInstance {
  compile(expr: string): CompiledExpression;
  addTransform(name: string, fn: (value: unknown, ...args: unknown[]) => unknown): void;
  addBinaryOp(op: string, precedence: number, fn: (l: unknown, r: unknown) => unknown): void;
}

/**
 * A day without a time of day ("2026-11-28"): the same calendar day in every time zone, where an
 * instant ("2026-11-28T02:00:00Z") is the 27th in Los Angeles. Held as that day's UTC midnight.
 */
export class CalendarDate extends Date {}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(v: unknown): Date | null | undefined {
  if (v === null || v === undefined) return v;
  if (typeof v === 'string' && CALENDAR_DAY.test(v)) return new CalendarDate(`${v}T00:00:00Z`);
  return new Date(v as string);
}

const jexl = new Jexl();
jexl.addTransform('date', toDate);
jexl.addTransform('day', (v) => {
  const d = typeof v === 'string' && CALENDAR_DAY.test(v.slice(0, 10)) ? new CalendarDate(`${v.slice(0, 10)}T00:00:00Z`) : undefined;
  return d ? new WeekDay(d) : null;
});
jexl.addTransform('upper', (v) => stringify(v).toUpperCase());
jexl.addTransform('lower', (v) => stringify(v).toLowerCase());
jexl.addTransform('length', (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : 0));
jexl.addTransform('default', (v, d) => (v === null || v === undefined || v === '' ? d : v));
jexl.addTransform('includes', (v, x) => (Array.isArray(v) || typeof v === 'string' ? v.includes(x as never) : false));
jexl.addTransform('first', (v) => (Array.isArray(v) ? (v[0] as unknown) : undefined));
jexl.addTransform('pluck', (v, k) => (Array.isArray(v) ? v.map((o) => (o as Record<string, unknown>)?.[String(k)]) : []));
jexl.addTransform('slice', (v, a, b) => (Array.isArray(v) ? v.slice(Number(a ?? 0), b === undefined ? undefined : Number(b)) : v));
jexl.addTransform('json', (v) => JSON.stringify(v));
// A value inside a button's `intent:x?k=v` (a `+` would read as a space); `/` and `:` may stay.
jexl.addTransform('uri', (v) => encodeURIComponent(stringify(v)).replace(/%2F/gi, '/').replace(/%3A/gi, ':'));
jexl.addTransform('money', (v, currency) => (typeof v === 'number' ? new Money(v, typeof currency === 'string' ? currency : 'USD') : v));
jexl.addTransform('attrs', (v) => (v && typeof v === 'object' && !Array.isArray(v) ? new Attributes(v as Record<string, unknown>) : ''));

/** An amount to be formatted in the shopper's locale when the reply is rendered (`price|money('USD')`). */
export class Money {
  constructor(
    readonly amount: number,
    readonly currency: string,
  ) {}
  toJSON(): { amount: number; currency: string } {
    return { amount: this.amount, currency: this.currency };
  }
}

/** A value worded in the shopper's language when the reply is rendered, as Money and dates are formatted there. */
export interface LocalizedValue {
  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string;
}

/** An object with `[LOCALIZED]: true` and a `localize` method is worded in the shopper's language when rendered (`readonly [LOCALIZED] = true` in a class). */
export const LOCALIZED: unique symbol = Symbol.for('shopmate.localized');

export function isLocalizedValue(v: unknown): v is LocalizedValue {
  return v instanceof Attributes || v instanceof WeekDay
    || (typeof v === 'object' && v !== null && (v as { [LOCALIZED]?: unknown })[LOCALIZED] === true && typeof (v as LocalizedValue).localize === 'function');
}

/**
 * A calendar day written short with its weekday (`eta.by|day`): "Fri, Nov 27", "11月27日周五", "27 нояб., пт",
 * for days close enough that the year goes without saying (delivery estimates).
 */
export class WeekDay implements LocalizedValue {
  constructor(readonly date: CalendarDate) {}
  localize(locale: string): string {
    return formatDay(this.date, locale);
  }
  toString(): string {
    return this.date.toISOString().slice(0, 10);
  }
  toJSON(): string {
    return this.toString();
  }
}

/**
 * A product's attributes (`product.attributes|attrs`): names, yes/no, units and common values in the
 * shopper's language (locales/<lng>/attributes.json). Printed without a locale, keys are humanized.
 */
export class Attributes implements LocalizedValue {
  constructor(readonly values: Readonly<Record<string, unknown>>) {}
  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
    return formatAttributes(this.values, locale, (path, vars) => {
      const key = `attributes.${path}`;
      return i18n.has(locale, key) ? i18n.t(locale, key, vars) : undefined;
    });
  }
  toString(): string {
    return formatAttributes(this.values, 'en', () => undefined);
  }
  toJSON(): Readonly<Record<string, unknown>> {
    return this.values;
  }
}

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

export interface Expression {
  readonly source: string;
  evaluate(scope: object): unknown;
}

/** Compiles once (syntax errors surface at load time) and evaluates many times. */
export function compileExpression(source: string): Expression {
  let compiled: CompiledExpression;
  try {
    compiled = jexl.compile(source);
  } catch (err) {
    throw new ExpressionError(`invalid expression "${source}": ${(err as Error).message}`, { cause: err });
  }
  return {
    source,
    evaluate(scope) {
      try {
        return compiled.evalSync(scope);
      } catch (err) {
        throw new ExpressionError(`expression "${source}" failed: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}

const TEMPLATE = /\{\{\s*([\s\S]+?)\s*\}\}/g;

/**
 * A string with `{{ expr }}` parts. A template that is one whole `{{ expr }}` yields the raw value
 * (an object stays an object); otherwise parts are stringified into the text.
 */
export interface Template {
  readonly source: string;
  render(scope: object): unknown;
}

export function compileTemplate(source: string): Template {
  const whole = /^\{\{\s*([\s\S]+?)\s*\}\}$/.exec(source);
  if (whole && !whole[1]!.includes('}}')) {
    const expr = compileExpression(whole[1]!);
    return { source, render: (scope) => expr.evaluate(scope) };
  }
  const parts: (string | Expression)[] = [];
  let last = 0;
  for (const m of source.matchAll(TEMPLATE)) {
    parts.push(source.slice(last, m.index), compileExpression(m[1]!));
    last = m.index + m[0].length;
  }
  parts.push(source.slice(last));
  if (parts.length === 1) return { source, render: () => source };
  return {
    source,
    render: (scope) => parts.map((p) => (typeof p === 'string' ? p : stringify(p.evaluate(scope)))).join(''),
  };
}

/** How a template prints a value: strings as they are, dates as ISO, attributes as text, objects as JSON, nothing for null. */
export function stringify(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Attributes) return v.toString();
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  return JSON.stringify(v) ?? '';
}

/** Compiles every string leaf of a `with:`/`vars:` map. */
export function compileTemplateMap(map: Record<string, unknown>): (scope: object) => Record<string, unknown> {
  const entries = Object.entries(map).map(([k, v]) => [k, compileValue(v)] as const);
  return (scope) => Object.fromEntries(entries.map(([k, f]) => [k, f(scope)]));
}

function compileValue(v: unknown): (scope: object) => unknown {
  if (typeof v === 'string') {
    const t = compileTemplate(v);
    return (s) => t.render(s);
  }
  if (Array.isArray(v)) {
    const items = v.map(compileValue);
    return (s) => items.map((f) => f(s));
  }
  if (v && typeof v === 'object') return compileTemplateMap(v as Record<string, unknown>);
  return () => v;
}
