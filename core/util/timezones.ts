/**
 * IANA time zone names as the runtime knows them. Clients report their zone (a browser, Teams'
 * `localTimezone`); a name this Node's ICU does not know is treated as no zone, never as an error,
 * so a message is not lost over it.
 */
const known = new Map<string, string | undefined>();
const MAX_CACHED = 1_000;

/** Time zone `name` in its usual letter case ("asia/shanghai" → "Asia/Shanghai"), or undefined if unknown. */
export function canonicalTimeZone(name: string | undefined): string | undefined {
  if (!name || name.length > 64) return undefined;
  if (known.has(name)) return known.get(name);
  let zone: string | undefined;
  try {
    // ICU resolves some current names to older ones (Asia/Kolkata → Asia/Calcutta): keep the client's
    // name then, and take ICU's only to fix the letter case.
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    zone = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    zone = undefined;
  }
  if (known.size >= MAX_CACHED) known.clear();
  known.set(name, zone);
  return zone;
}
