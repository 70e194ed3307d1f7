/**
 * Dates and times, resolved against "now" in the shopper's IANA time zone. chrono-node parses the
 * languages it knows; our own day words and clock patterns cover ko, th, tr and what chrono misses.
 * Values: `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:mm:ss±hh:mm` when a time was given.
 */
import * as chrono from 'chrono-node';
import { addDays, formatIso, localMirror, wallClockAt, type WallClock } from '../util/wall-clock.js';
import { dayWordPatterns, timePatterns, weekdayPatterns } from './entities-datetime-words.js';
import { makeEntity, type ScanInput } from './entities-text.js';
import type { Entity } from './types.js';

const CHRONO: Record<string, chrono.Chrono> = {
  en: chrono.en.casual, ja: chrono.ja.casual, zh: chrono.zh.casual, fr: chrono.fr.casual, de: chrono.de.casual,
  es: chrono.es.casual, pt: chrono.pt.casual, ru: chrono.ru.casual, it: chrono.it.casual, vi: chrono.vi.casual,
  id: chrono.id.casual, ar: chrono.ar.casual,
};

export interface DatetimeOptions {
  /** IANA zone, e.g. `Asia/Shanghai`. Default `UTC`. */
  timezone?: string | undefined;
  /** Default: the current time. */
  now?: Date | undefined;
}

interface Span {
  start: number;
  end: number;
  wall: WallClock;
  withTime: boolean;
  /** A clock time with no day word next to it. */
  timeOnly?: boolean;
}

export function extractDatetimes(input: ScanInput, options: DatetimeOptions): Entity[] {
  const timeZone = options.timezone ?? 'UTC';
  const today = wallClockAt(options.now ?? new Date(), timeZone);
  const spans = chronoSpans(input, today);
  for (const own of ownSpans(input, today)) {
    const overlapping = spans.filter((s) => s.start < own.end && own.start < s.end);
    if (overlapping.length > 0) {
      // Ours saw the time chrono missed ("amanhã às 15h"): take ours instead of chrono's bare day.
      const better = own.withTime && overlapping.every((s) => !s.withTime && own.start <= s.start && s.end <= own.end);
      if (better) spans.splice(0, spans.length, ...spans.filter((s) => !overlapping.includes(s)), own);
      continue;
    }
    // chrono found the day but not the clock time after it ("amanhã às 15h"): join them.
    const day = own.timeOnly ? spans.find((s) => !s.withTime && gap(s, own) <= 4) : undefined;
    if (day) {
      Object.assign(day, { start: Math.min(day.start, own.start), end: Math.max(day.end, own.end), withTime: true });
      Object.assign(day.wall, { hour: own.wall.hour, minute: own.wall.minute, second: 0 });
    } else spans.push(own);
  }
  return spans.map((s) => makeEntity('datetime', formatIso(s.wall, timeZone, s.withTime), input, s.start, s.end));
}

function chronoSpans(input: ScanInput, today: WallClock): Span[] {
  const parser = CHRONO[input.lang];
  if (!parser) return [];
  // chrono reads the reference through local getters: hand it a Date whose local fields are the
  // shopper's wall clock, then read the result's fields, never its instant.
  const results = parser.parse(input.norm, localMirror(today), { forwardDate: true });
  return results.filter((r) => !isMorningNotTomorrow(input, r)).map((r) => {
    const c = r.start;
    const wall: WallClock = {
      year: c.get('year') ?? today.year, month: c.get('month') ?? today.month, day: c.get('day') ?? today.day,
      hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0, second: c.get('second') ?? 0,
    };
    return { start: r.index, end: r.index + r.text.length, wall, withTime: c.isCertain('hour') };
  });
}

/** Spanish "por la mañana" / "esta mañana" is the morning, not tomorrow (chrono reads it as tomorrow). */
function isMorningNotTomorrow(input: ScanInput, r: chrono.ParsedResult): boolean {
  return input.lang === 'es' && /^mañana$/iu.test(r.text) && /(?:la|esta|de)\s+$/iu.test(input.norm.slice(0, r.index));
}

/** Day words and clock times; a day word next to a time becomes one span. */
function ownSpans(input: ScanInput, today: WallClock): Span[] {
  // A weekday is the next one to come, today included ("금요일까지" on a Friday is today).
  const todayWeekday = ((new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7) + 1;
  const days = findAll(input.norm, [
    ...dayWordPatterns(input.lang).map((p) => ({ re: p.re, read: () => p.days })),
    ...weekdayPatterns(input.lang).map((p) => ({ re: p.re, read: () => (p.weekday - todayWeekday + 7) % 7 })),
  ]);
  const times = findAll(input.norm, timePatterns(input.lang));
  const spans: Span[] = [];
  const usedTimes = new Set<number>();
  for (const d of days) {
    const t = times.findIndex((x) => gap(d, x) <= 4);
    const time = t >= 0 ? times[t] : undefined;
    if (time) usedTimes.add(t);
    const date = addDays(today, d.value);
    spans.push({
      start: Math.min(d.start, time?.start ?? d.start), end: Math.max(d.end, time?.end ?? d.end),
      wall: time ? { ...date, ...time.value, second: 0 } : date, withTime: time !== undefined,
    });
  }
  times.forEach((t, i) => {
    if (usedTimes.has(i)) return;
    const passed = t.value.hour * 60 + t.value.minute < today.hour * 60 + today.minute;
    const wall = { ...addDays(today, passed ? 1 : 0), ...t.value, second: 0 };
    spans.push({ start: t.start, end: t.end, wall, withTime: true, timeOnly: true });
  });
  return spans;
}

interface Found<T> { start: number; end: number; value: T }

/** Matches of every pattern, longest first where they overlap. */
function findAll<T>(text: string, patterns: { re: RegExp; read: (m: RegExpExecArray) => T | undefined }[]): Found<T>[] {
  const all: Found<T>[] = [];
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      if (value !== undefined && m[0].trim() !== '') {
        const lead = m[0].length - m[0].trimStart().length;
        all.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length, value });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Found<T>[] = [];
  for (const f of all) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

