/** "Can it arrive by Friday?": delivery windows in the shop's delivery days, in the shopper's time zone. */
import { describe, expect, it } from 'vitest';
import { estimateDelivery } from '../../../core/shop/delivery.js';

const terms = { standardDays: [5, 10] as const, expressDays: [2, 4] as const, deliveryWeekdays: [1, 2, 3, 4, 5] };
// Wednesday 2026-11-25, 10:00 in Shanghai.
const NOW = new Date('2026-11-25T02:00:00Z');

describe('estimateDelivery', () => {
  it('counts delivery days only, from the day after the order', () => {
    const e = estimateDelivery('2026-12-31', terms, 'Asia/Shanghai', NOW);
    // Thu 26, Fri 27, (weekend), Mon 30, Tue 1 → express from Fri 27 to Tue Dec 1; standard Wed Dec 2 to Wed Dec 9.
    expect(e.express).toEqual({ from: '2026-11-27', to: '2026-12-01' });
    expect(e.standard).toEqual({ from: '2026-12-02', to: '2026-12-09' });
    expect(e.verdict).toBe('standard');
  });

  it.each([
    ['2026-12-09', 'standard'], ['2026-12-08', 'express'], ['2026-12-01', 'express'], ['2026-11-30', 'express_maybe'],
    ['2026-11-27', 'express_maybe'], ['2026-11-26', 'too_soon'], ['2026-11-25', 'too_soon'], ['2026-11-24', 'past'],
  ])('by %s: %s', (by, verdict) => {
    expect(estimateDelivery(by, terms, 'Asia/Shanghai', NOW).verdict).toBe(verdict);
  });

  it('reads the day in the shopper\'s time zone (still Tuesday in Los Angeles)', () => {
    const e = estimateDelivery('2026-11-24', terms, 'America/Los_Angeles', NOW);
    expect(e.verdict).toBe('too_soon');
    expect(e.express.from).toBe('2026-11-26');
  });

  it('takes a day with a time, and shops that deliver on Saturdays', () => {
    const e = estimateDelivery('2026-11-28T18:00:00+08:00', { ...terms, deliveryWeekdays: [1, 2, 3, 4, 5, 6] }, 'Asia/Shanghai', NOW);
    expect(e.by).toBe('2026-11-28');
    expect(e.express).toEqual({ from: '2026-11-27', to: '2026-11-30' });
    expect(e.verdict).toBe('express_maybe');
  });

  it('refuses a value that is not a day', () => {
    expect(() => estimateDelivery('friday', terms, 'UTC', NOW)).toThrow(/expected a day/);
  });
});
