/** Weekday names where chrono-node has none (ko, th, tr): the next such day, today included. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';

// Wednesday 2026-11-25, 10:00 in Shanghai.
const now = new Date('2026-11-25T02:00:00Z');
const days = (text: string, locale: string) =>
  extractEntities(text, { locale, timezone: 'Asia/Shanghai', now }).filter((e) => e.type === 'datetime').map((e) => e.value);

describe('weekday names', () => {
  it.each([
    ['ko', '금요일까지 받을 수 있어요?', '2026-11-27'], ['ko', '월욜에 와요?', '2026-11-30'], ['ko', '수요일', '2026-11-25'],
    ['tr', 'cumaya kadar gelir mi?', '2026-11-27'], ['tr', 'cumartesi gelir mi', '2026-11-28'], ['tr', 'pazartesiye yetişir mi', '2026-11-30'],
    ['th', 'ส่งถึงภายในวันเสาร์ไหม', '2026-11-28'], ['th', 'ศุกร์นี้ได้ไหม', '2026-11-27'], ['th', 'วันพฤหัสบดี', '2026-11-26'],
  ])('%s "%s" → %s', (locale, text, day) => {
    expect(days(text, locale)).toEqual([day]);
  });

  it('leaves words that only contain one alone', () => {
    expect(days('cumartesi', 'tr')).toEqual(['2026-11-28']); // not Friday too
    expect(days('kumaş', 'tr')).toEqual([]);
  });
});
