import type { RateWindow } from '../../../core/model/adapter.js';

/**
 * When the last of `n` sends to one destination could go out at the earliest, under sliding windows
 * of exactly the documented limits (no headroom): the bar "no slower than 1.1x the limits allow" is
 * measured against.
 */
export function fastestFinish(n: number, windows: readonly RateWindow[]): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = times.at(-1) ?? 0;
    for (const w of windows) if (times.length >= w.max) t = Math.max(t, times[times.length - w.max]! + w.perMs);
    times.push(t);
  }
  return times.at(-1) ?? 0;
}

/** The most sends any `perMs`-long stretch (t - perMs, t] held; must not exceed `max`. */
export function busiestWindow(times: readonly number[], perMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[lo]! <= sorted[hi]! - perMs) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}
