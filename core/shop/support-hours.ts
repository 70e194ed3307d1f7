/**
 * "What are your opening hours?", "客服几点上班", "wann seid ihr erreichbar?": when the shop's people answer
 * (`policies.support_hours`: ISO weekdays, opening and closing time, in the shop's zone), the same hours on the
 * shopper's clock when their zone is known and differs, whether someone is there now, and if not, when they are
 * back. Weekday names, ranges and "today/tomorrow" are worded when the reply is rendered, from
 * `locales/<lng>/hours.json` (`day_1` … `day_7`, `day_range`, `every_day`, `at_today`, `at_tomorrow`, `at_day`).
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { formatUtcOffset } from '../util/timezones.js';
import { addDays, instantOf, offsetMinutesAt, wallClockAt, type WallClock } from '../util/wall-clock.js';

type Words = Pick<I18n, 't' | 'has'>;

/** `policies.support_hours`; `timezone` defaults to the bot's. */
export interface SupportHoursPolicy {
  timezone?: string | undefined;
  /** ISO weekdays (1 = Monday … 7 = Sunday). */
  days: readonly number[];
  /** "HH:MM"; `close` may be "24:00" and is after `open`. */
  open: string;
  close: string;
}

const MINUTES_PER_DAY = 1440;
const isoWeekday = (w: WallClock) => ((new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7) + 1;
const dayNumber = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;

/**
 * A zone as the hours' texts put it in brackets: "Shanghai, UTC+8", "UTC+7" (the time zone menu's "Shanghai (UTC+8)"
 * would nest brackets there).
 */
export function zoneLabel(zone: string, at: Date): string {
  const offset = formatUtcOffset(offsetMinutesAt(at, zone));
  const city = zone.includes('/') && !zone.startsWith('Etc/') ? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ') : undefined;
  return city ? `${city}, ${offset}` : offset;
}

/** Minutes after midnight of "HH:MM" (0–1440). */
export function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(minutes >= 0 && minutes <= MINUTES_PER_DAY) || Number(m?.[2]) > 59) throw new RangeError(`expected a time like 09:00, got "${hhmm}"`);
  return minutes;
}

/** Weekdays as a shopper reads them: "Mon–Fri", "周一至周五", "every day", "Mon, Wed and Fri". */
export class DayList implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly days: readonly number[]) {}

  localize(locale: string, i18n: Words): string {
    const name = (d: number) => i18n.t(locale, `hours.day_${d}`);
    const set = [...new Set(this.days)].sort((a, b) => a - b);
    if (set.length === 7) return i18n.t(locale, 'hours.every_day');
    // Where the days break off; one break: a run, which may wrap the week ("Sun–Thu") and then starts after it.
    const breaks = set.flatMap((d, i) => ((set[(i + 1) % set.length]! - d + 7) % 7 === 1 ? [] : [i]));
    const run = breaks.length === 1 ? [...set.slice(breaks[0]! + 1), ...set.slice(0, breaks[0]! + 1)] : set;
    if (breaks.length === 1 && run.length >= 3) return i18n.t(locale, 'hours.day_range', { from: name(run[0]!), to: name(run.at(-1)!) });
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(run.map(name));
  }

  toJSON(): readonly number[] {
    return this.days;
  }
}

/** A time of day on a zone's clock: "9:00 AM", "9:00", "9.00"; Korean chats write "18:00", not "PM 6:00". */
export class TimeOfDay implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly at: Date, readonly zone: string) {}

  localize(locale: string): string {
    const h23 = locale.startsWith('ko') ? { hourCycle: 'h23' as const } : {};
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: this.zone, ...h23 }).format(this.at);
  }

  toJSON(): string {
    return this.at.toISOString();
  }
}

/** When someone is back: "today at 9:00 AM", "明天 9:00", "Mon at 9:00 AM", on the clock of `zone`. */
export class BackAt implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly at: Date, readonly zone: string, readonly now: Date) {}

  localize(locale: string, i18n: Words): string {
    const time = new TimeOfDay(this.at, this.zone).localize(locale);
    const when = wallClockAt(this.at, this.zone);
    const days = dayNumber(when) - dayNumber(wallClockAt(this.now, this.zone));
    if (days === 0) return i18n.t(locale, 'hours.at_today', { time });
    if (days === 1) return i18n.t(locale, 'hours.at_tomorrow', { time });
    return i18n.t(locale, 'hours.at_day', { day: i18n.t(locale, `hours.day_${isoWeekday(when)}`), time });
  }

  toJSON(): string {
    return this.at.toISOString();
  }
}

/** The hours on one clock: `overnight` when they close the day after they open on that clock. */
export interface Schedule {
  days: DayList;
  open: TimeOfDay;
  close: TimeOfDay;
  overnight: boolean;
  zone: string;
}

export interface SupportHoursAnswer {
  /** Someone is there now. */
  open: boolean;
  /** Every day, all day. */
  always: boolean;
  /** On the shop's clock. */
  shop: Schedule;
  /** On the shopper's clock, when it is known and reads the hours differently; else null. */
  local: Schedule | null;
  /** When someone is back (on the shopper's clock when known), while nobody is there; else null. */
  back: BackAt | null;
  /** The zone `back` is read in, as a label. */
  backZone: string;
}

/** The opening spans from the day of `now` to the same weekday a week on, as instants (hours close by midnight: none runs over from the day before). */
function spans(policy: SupportHoursPolicy, zone: string, now: Date): { start: Date; end: Date }[] {
  const open = minutesOf(policy.open);
  const close = minutesOf(policy.close);
  if (close <= open) throw new RangeError(`support hours close (${policy.close}) before they open (${policy.open})`);
  const today = { ...wallClockAt(now, zone), hour: 0, minute: 0, second: 0 };
  const out: { start: Date; end: Date }[] = [];
  for (let d = 0; d <= 7; d++) {
    const day = addDays(today, d);
    if (!policy.days.includes(isoWeekday(day))) continue;
    const at = (minutes: number) => instantOf(addDays({ ...day, hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 }, Math.floor(minutes / MINUTES_PER_DAY)), zone);
    out.push({ start: at(open), end: at(close) });
  }
  return out;
}

/** The opening spans read on `zone`'s clock: the weekdays they start on, and the first span's times. */
function scheduleOn(list: { start: Date; end: Date }[], zone: string, at: Date): Schedule {
  const first = list[0]!;
  const days = [...new Set(list.map((s) => isoWeekday(wallClockAt(s.start, zone))))];
  const overnight = dayNumber(wallClockAt(first.end, zone)) > dayNumber(wallClockAt(first.start, zone))
    && !(wallClockAt(first.end, zone).hour === 0 && wallClockAt(first.end, zone).minute === 0);
  return { days: new DayList(days), open: new TimeOfDay(first.start, zone), close: new TimeOfDay(first.end, zone), overnight, zone: zoneLabel(zone, at) };
}

/** The same hours on two clocks read the same when every span starts and ends at the same wall time on both. */
function sameOnBoth(list: { start: Date; end: Date }[], a: string, b: string): boolean {
  const key = (d: Date, z: string) => { const w = wallClockAt(d, z); return `${isoWeekday(w)} ${w.hour}:${w.minute}`; };
  return list.every((s) => key(s.start, a) === key(s.start, b) && key(s.end, a) === key(s.end, b));
}

/** The answer to "when are you open?" at `now`, for a shop in `shopZone` and a shopper in `shopperZone` (if known). */
export function supportHours(policy: SupportHoursPolicy, shopZone: string, shopperZone: string | undefined, now = new Date()): SupportHoursAnswer {
  const zone = policy.timezone ?? shopZone;
  const list = spans(policy, zone, now);
  // One span per weekday, from the one under way or next: the week the shopper's clock reads.
  const week = list.filter((s) => s.end > now).slice(0, new Set(policy.days).size);
  const open = list.some((s) => s.start <= now && now < s.end);
  const next = list.find((s) => s.start > now);
  const local = shopperZone && shopperZone !== zone && !sameOnBoth(week, zone, shopperZone) ? scheduleOn(week, shopperZone, now) : null;
  const readIn = shopperZone ?? zone;
  return {
    open,
    always: new Set(policy.days).size === 7 && minutesOf(policy.open) === 0 && minutesOf(policy.close) === MINUTES_PER_DAY,
    shop: scheduleOn(week, zone, now),
    local,
    back: !open && next ? new BackAt(next.start, readIn, now) : null,
    backZone: zoneLabel(readIn, now),
  };
}

function policyOf(v: unknown): SupportHoursPolicy {
  const p = v as Partial<SupportHoursPolicy> | null;
  if (!p || !Array.isArray(p.days) || p.days.length === 0 || typeof p.open !== 'string' || typeof p.close !== 'string') {
    throw new RangeError('hours: expected { days, open, close } (bot.policies.support_hours)');
  }
  return { days: p.days.map(Number), open: p.open, close: p.close, ...(typeof p.timezone === 'string' && p.timezone ? { timezone: p.timezone } : {}) };
}

/**
 * `shop.supportHours { hours, shopper_zone }` → SupportHoursAnswer: `hours` is `bot.policies.support_hours`, `shopper_zone`
 * the profile's zone (none: the hours on the shop's clock only). `timezone` is the bot's, for hours without their own;
 * `now` the clock (tests pin it).
 */
export function registerSupportHoursActions(registry: ActionRegistry, options: { timezone: string; now?: () => Date }): void {
  registry.register('shop.supportHours', (a) => {
    const shopper = typeof a.shopper_zone === 'string' && a.shopper_zone ? a.shopper_zone : undefined;
    return Promise.resolve(supportHours(policyOf(a.hours), options.timezone, shopper, options.now?.() ?? new Date()));
  });
}
