/** Wall-clock arithmetic in an IANA time zone, with nothing but Intl. */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: configuration should have caught it.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0, second: parts.second ?? 0,
  };
}

function asUtcMillis(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Minutes east of UTC in `timeZone` at `instant` (+540 for Asia/Tokyo). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  return Math.round((asUtcMillis(w) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a wall clock names in `timeZone`; in a DST gap, the instant just after it. */
export function instantOf(w: WallClock, timeZone: string): Date {
  const guess = asUtcMillis(w);
  const first = guess - offsetMinutesAt(new Date(guess), timeZone) * 60_000;
  return new Date(guess - offsetMinutesAt(new Date(first), timeZone) * 60_000);
}

/** The same wall time `days` later (calendar days, not 24-hour steps). */
export function addDays(w: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2025-03-16`, or `2025-03-16T15:00:00+09:00` when `withTime`. */
export function formatIso(w: WallClock, timeZone: string, withTime: boolean): string {
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  if (!withTime) return date;
  const off = offsetMinutesAt(instantOf(w, timeZone), timeZone);
  const sign = off < 0 ? '-' : '+';
  return `${date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/**
 * A Date whose local (process time zone) fields equal the wall clock in `timeZone`, for parsers
 * such as chrono that read the reference date through local getters.
 */
export function localMirror(w: WallClock): Date {
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}
