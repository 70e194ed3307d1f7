/**
 * "Can it arrive by Friday?": when standard and express shipping would deliver an order placed now, in the
 * shopper's time zone, counted in the shop's delivery days (`policies.shipping`), against the day asked for.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { addDays, wallClockAt, type WallClock } from '../util/wall-clock.js';

/** `standard`: standard shipping arrives in time; `express`: only express does; `express_maybe`: express might
 * (its earliest day is in time, its latest is not); `too_soon`: neither can; `past`: the day has gone. */
export type DeliveryVerdict = 'standard' | 'express' | 'express_maybe' | 'too_soon' | 'past';

export interface DeliveryEstimate {
  /** The day asked for, `YYYY-MM-DD`. */
  by: string;
  standard: { from: string; to: string };
  express: { from: string; to: string };
  verdict: DeliveryVerdict;
}

export interface DeliveryTerms {
  standardDays: readonly [number, number];
  expressDays: readonly [number, number];
  /** ISO weekdays parcels travel and arrive on (1 = Monday … 7 = Sunday). */
  deliveryWeekdays: readonly number[];
}

const day = (w: WallClock) => `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
const isoWeekday = (w: WallClock) => ((new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7) + 1;

/** The day `n` delivery days after `from` (the order day itself does not count). */
function afterDeliveryDays(from: WallClock, n: number, weekdays: readonly number[]): WallClock {
  let w = from;
  for (let counted = 0; counted < n;) {
    w = addDays(w, 1);
    if (weekdays.includes(isoWeekday(w))) counted++;
  }
  // Zero days: the next day parcels move on, at the earliest today.
  while (n === 0 && !weekdays.includes(isoWeekday(w))) w = addDays(w, 1);
  return w;
}

/** `by`: the day asked for, as the datetime entity gives it (`2026-11-27` or `2026-11-27T18:00:00+08:00`). */
export function estimateDelivery(by: string, terms: DeliveryTerms, timeZone: string, now = new Date()): DeliveryEstimate {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(by);
  if (!m) throw new RangeError(`expected a day like 2026-11-27, got "${by}"`);
  const target = m[1]!;
  const today = wallClockAt(now, timeZone);
  const at = (n: number) => day(afterDeliveryDays(today, n, terms.deliveryWeekdays));
  const standard = { from: at(terms.standardDays[0]), to: at(terms.standardDays[1]) };
  const express = { from: at(terms.expressDays[0]), to: at(terms.expressDays[1]) };
  const verdict: DeliveryVerdict = target < day(today) ? 'past'
    : standard.to <= target ? 'standard'
      : express.to <= target ? 'express'
        : express.from <= target ? 'express_maybe' : 'too_soon';
  return { by: target, standard, express, verdict };
}

const days = (v: unknown, name: string): [number, number] => {
  if (Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && n >= 0)) return [v[0] as number, v[1] as number];
  throw new RangeError(`${name}: expected [min, max] days`);
};

/**
 * `shop.deliveryBy { by, timezone, standard_days, express_days, delivery_weekdays }` → DeliveryEstimate, or null without
 * a day. `by` may list several days ("if I order today, will it arrive by Friday?"): the latest is the one asked for.
 */
export function registerDeliveryActions(registry: ActionRegistry): void {
  registry.register('shop.deliveryBy', (a) => {
    const named = (Array.isArray(a.by) ? a.by : [a.by]).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d));
    const by = named.reduce<string | undefined>((latest, d) => (!latest || d.slice(0, 10) > latest.slice(0, 10) ? d : latest), undefined);
    if (!by) return Promise.resolve(null);
    const weekdays = Array.isArray(a.delivery_weekdays) && a.delivery_weekdays.length ? a.delivery_weekdays.map(Number) : [1, 2, 3, 4, 5];
    const terms = { standardDays: days(a.standard_days, 'standard_days'), expressDays: days(a.express_days, 'express_days'), deliveryWeekdays: weekdays };
    return Promise.resolve(estimateDelivery(by, terms, typeof a.timezone === 'string' && a.timezone ? a.timezone : 'UTC'));
  });
}
