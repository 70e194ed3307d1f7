const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in China (UTC+8) as `YYYY-MM-DD`: WeCom's daily limits reset at Beijing midnight. */
export function beijingDay(ms: number): string {
  return DAY.format(ms);
}

/** Milliseconds from `ms` until the next Beijing midnight. */
export function msUntilBeijingMidnight(ms: number): number {
  const offset = 8 * 3_600_000;
  const day = 86_400_000;
  return day - ((ms + offset) % day);
}
