import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../core/util/locales.js';
import { cityNameKey, cityZoneByName, timeZoneCities } from '../../../core/util/timezone-cities.js';
import { allTimeZones, canonicalTimeZone, currentZoneName, parseTimeZoneChoice } from '../../../core/util/timezones.js';

/** Big cities as each language writes them, informal spellings too: [locale, typed, zone]. */
const TYPED: readonly (readonly [string, string, string])[] = [
  ['zh-CN', '北京', 'Asia/Shanghai'], ['zh-CN', '北京市', 'Asia/Shanghai'], ['zh-CN', '广州', 'Asia/Shanghai'], ['zh-CN', '東京', 'Asia/Tokyo'],
  ['zh-CN', '东京', 'Asia/Tokyo'], ['zh-CN', '首尔', 'Asia/Seoul'], ['zh-CN', '曼谷', 'Asia/Bangkok'], ['zh-CN', '伦敦', 'Europe/London'],
  ['zh-CN', '倫敦', 'Europe/London'], ['zh-CN', '旧金山', 'America/Los_Angeles'], ['zh-CN', '三藩市', 'America/Los_Angeles'], ['zh-CN', '胡志明市', 'Asia/Ho_Chi_Minh'],
  ['en', 'Beijing', 'Asia/Shanghai'], ['en', 'Mumbai', 'Asia/Kolkata'], ['en', 'bombay', 'Asia/Kolkata'], ['en', 'New Delhi', 'Asia/Kolkata'],
  ['en', 'Seattle', 'America/Los_Angeles'], ['en', 'san francisco', 'America/Los_Angeles'], ['en', 'Washington, D.C.', 'America/New_York'],
  ['en', 'NYC', 'America/New_York'], ['en', 'vegas', 'America/Los_Angeles'], ['en', 'Rome', 'Europe/Rome'], ['en', 'Milan', 'Europe/Rome'],
  ['en', 'Cape Town', 'Africa/Johannesburg'], ['en', 'Tokyo City', 'Asia/Tokyo'],
  ['ja', '東京', 'Asia/Tokyo'], ['ja', '東京都', 'Asia/Tokyo'], ['ja', 'とうきょう', 'Asia/Tokyo'], ['ja', '大阪府', 'Asia/Tokyo'], ['ja', '京都市', 'Asia/Tokyo'],
  ['ja', 'ソウル', 'Asia/Seoul'], ['ja', 'ｿｳﾙ', 'Asia/Seoul'], ['ja', 'ペキン', 'Asia/Shanghai'], ['ja', 'ロンドン', 'Europe/London'], ['ja', 'パリ', 'Europe/Paris'],
  ['ja', 'ホーチミン', 'Asia/Ho_Chi_Minh'], ['ja', 'ＴＯＫＹＯ', 'Asia/Tokyo'],
  ['ko', '서울', 'Asia/Seoul'], ['ko', '서울시', 'Asia/Seoul'], ['ko', '서울특별시', 'Asia/Seoul'], ['ko', '부산', 'Asia/Seoul'], ['ko', '부산광역시', 'Asia/Seoul'],
  ['ko', '도쿄', 'Asia/Tokyo'], ['ko', '베이징', 'Asia/Shanghai'], ['ko', '방콕', 'Asia/Bangkok'], ['ko', '런던', 'Europe/London'], ['ko', '호치민', 'Asia/Ho_Chi_Minh'],
  ['th', 'กรุงเทพ', 'Asia/Bangkok'], ['th', 'กรุงเทพฯ', 'Asia/Bangkok'], ['th', 'กรุงเทพมหานคร', 'Asia/Bangkok'], ['th', 'กทม', 'Asia/Bangkok'],
  ['th', 'กทม.', 'Asia/Bangkok'], ['th', 'เชียงใหม่', 'Asia/Bangkok'], ['th', 'ภูเก็ต', 'Asia/Bangkok'], ['th', 'โตเกียว', 'Asia/Tokyo'], ['th', 'ลอนดอน', 'Europe/London'],
  ['th', 'โซล', 'Asia/Seoul'],
  ['de', 'Mailand', 'Europe/Rome'], ['de', 'Rom', 'Europe/Rome'], ['de', 'München', 'Europe/Berlin'], ['de', 'Muenchen', 'Europe/Berlin'], ['de', 'munchen', 'Europe/Berlin'],
  ['de', 'Köln', 'Europe/Berlin'], ['de', 'Wien', 'Europe/Vienna'], ['de', 'Peking', 'Asia/Shanghai'], ['de', 'Lissabon', 'Europe/Lisbon'], ['de', 'Genf', 'Europe/Zurich'],
  ['fr', 'Pékin', 'Asia/Shanghai'], ['fr', 'pekin', 'Asia/Shanghai'], ['fr', 'Londres', 'Europe/London'], ['fr', 'Genève', 'Europe/Zurich'], ['fr', 'geneve', 'Europe/Zurich'],
  ['fr', 'Marseille', 'Europe/Paris'], ['fr', 'Le Caire', 'Africa/Cairo'], ['fr', 'Alger', 'Africa/Algiers'], ['fr', 'Hô-Chi-Minh-Ville', 'Asia/Ho_Chi_Minh'],
  ['es', 'Pekín', 'Asia/Shanghai'], ['es', 'Estambul', 'Europe/Istanbul'], ['es', 'Londres', 'Europe/London'], ['es', 'Nueva Delhi', 'Asia/Kolkata'],
  ['es', 'Múnich', 'Europe/Berlin'], ['es', 'Ginebra', 'Europe/Zurich'], ['es', 'Sevilla', 'Europe/Madrid'], ['es', 'Bogotá', 'America/Bogota'], ['es', 'CDMX', 'America/Mexico_City'],
  ['es', 'La Meca', 'Asia/Riyadh'],
  ['pt', 'Lisboa', 'Europe/Lisbon'], ['pt', 'Porto', 'Europe/Lisbon'], ['pt', 'Pequim', 'Asia/Shanghai'], ['pt', 'Tóquio', 'Asia/Tokyo'], ['pt', 'toquio', 'Asia/Tokyo'],
  ['pt', 'Rio', 'America/Sao_Paulo'], ['pt', 'rio de janeiro', 'America/Sao_Paulo'], ['pt', 'Brasília', 'America/Sao_Paulo'], ['pt', 'Sampa', 'America/Sao_Paulo'],
  ['pt', 'Nova Iorque', 'America/New_York'],
  ['it', 'Roma', 'Europe/Rome'], ['it', 'Milano', 'Europe/Rome'], ['it', 'Napoli', 'Europe/Rome'], ['it', 'Firenze', 'Europe/Rome'], ['it', 'Venezia', 'Europe/Rome'],
  ['it', 'Pechino', 'Asia/Shanghai'], ['it', 'Monaco di Baviera', 'Europe/Berlin'], ['it', 'Mosca', 'Europe/Moscow'], ['it', 'Lisbona', 'Europe/Lisbon'], ['it', 'Berlino', 'Europe/Berlin'],
  ['ru', 'Стамбул', 'Europe/Istanbul'], ['ru', 'Токио', 'Asia/Tokyo'], ['ru', 'Пекин', 'Asia/Shanghai'], ['ru', 'Питер', 'Europe/Moscow'], ['ru', 'СПб', 'Europe/Moscow'],
  ['ru', 'Санкт-Петербург', 'Europe/Moscow'], ['ru', 'Киев', 'Europe/Kyiv'], ['ru', 'Лондон', 'Europe/London'], ['ru', 'Рим', 'Europe/Rome'], ['ru', 'Алматы', 'Asia/Almaty'],
  ['ar', 'الرياض', 'Asia/Riyadh'], ['ar', 'جدة', 'Asia/Riyadh'], ['ar', 'جده', 'Asia/Riyadh'], ['ar', 'مكة المكرمة', 'Asia/Riyadh'], ['ar', 'دبي', 'Asia/Dubai'],
  ['ar', 'القاهرة', 'Africa/Cairo'], ['ar', 'الدار البيضاء', 'Africa/Casablanca'], ['ar', 'إسطنبول', 'Europe/Istanbul'], ['ar', 'اسطنبول', 'Europe/Istanbul'],
  ['ar', 'بانكوك', 'Asia/Bangkok'], ['ar', 'طوكيو', 'Asia/Tokyo'], ['ar', 'الاسكندرية', 'Africa/Cairo'], ['ar', 'الرِّيَاض', 'Asia/Riyadh'],
  ['tr', 'İzmir', 'Europe/Istanbul'], ['tr', 'izmir', 'Europe/Istanbul'], ['tr', 'IZMIR', 'Europe/Istanbul'], ['tr', 'Ankara', 'Europe/Istanbul'], ['tr', 'Antalya', 'Europe/Istanbul'],
  ['tr', 'Londra', 'Europe/London'], ['tr', 'Moskova', 'Europe/Moscow'], ['tr', 'Pekin', 'Asia/Shanghai'], ['tr', 'Kahire', 'Africa/Cairo'], ['tr', 'Münih', 'Europe/Berlin'],
  ['tr', 'Cidde', 'Asia/Riyadh'],
  ['id', 'JKT', 'Asia/Jakarta'], ['id', 'Surabaya', 'Asia/Jakarta'], ['id', 'Bandung', 'Asia/Jakarta'], ['id', 'Kota Bandung', 'Asia/Jakarta'], ['id', 'Jogja', 'Asia/Jakarta'],
  ['id', 'Yogyakarta', 'Asia/Jakarta'], ['id', 'Bali', 'Asia/Makassar'], ['id', 'Denpasar', 'Asia/Makassar'], ['id', 'Medan', 'Asia/Jakarta'], ['id', 'Mekah', 'Asia/Riyadh'],
  ['id', 'Wina', 'Europe/Vienna'],
  ['vi', 'Hà Nội', 'Asia/Ho_Chi_Minh'], ['vi', 'ha noi', 'Asia/Ho_Chi_Minh'], ['vi', 'TP. Hà Nội', 'Asia/Ho_Chi_Minh'], ['vi', 'Sài Gòn', 'Asia/Ho_Chi_Minh'],
  ['vi', 'sai gon', 'Asia/Ho_Chi_Minh'], ['vi', 'TP.HCM', 'Asia/Ho_Chi_Minh'], ['vi', 'tphcm', 'Asia/Ho_Chi_Minh'], ['vi', 'hcm', 'Asia/Ho_Chi_Minh'],
  ['vi', 'Thành phố Hồ Chí Minh', 'Asia/Ho_Chi_Minh'], ['vi', 'Đà Nẵng', 'Asia/Ho_Chi_Minh'], ['vi', 'da nang', 'Asia/Ho_Chi_Minh'], ['vi', 'Bắc Kinh', 'Asia/Shanghai'],
  ['vi', 'Thượng Hải', 'Asia/Shanghai'], ['vi', 'Cần Thơ', 'Asia/Ho_Chi_Minh'], ['vi', 'Nha Trang', 'Asia/Ho_Chi_Minh'],
];

describe('cityZoneByName', () => {
  it('has at least four cities written in each of the 15 languages', () => {
    for (const locale of LOCALES) expect(TYPED.filter(([l]) => l === locale).length, locale).toBeGreaterThanOrEqual(4);
  });

  it.each(TYPED)('takes %s %j as %s', (locale, text, zone) => {
    expect(cityZoneByName(text)).toBe(zone);
    expect(parseTimeZoneChoice(text, [], locale)).toBe(zone);
    // The shopper's language is only a hint: the same words are found whatever it is.
    expect(parseTimeZoneChoice(text)).toBe(zone);
  });

  it('takes the capitals shoppers were told were unknown', () => {
    const typed = ['東京', '서울', 'กรุงเทพ', 'Roma', 'الرياض', '北京', '上海', 'Milano', 'Mailand', 'Pékin', 'Pekín', 'Estambul', 'Стамбул', 'Berlino', 'Lisboa', 'Hà Nội', 'Sài Gòn', 'بانكوك'];
    expect(typed.map((t) => parseTimeZoneChoice(t))).toEqual([
      'Asia/Tokyo', 'Asia/Seoul', 'Asia/Bangkok', 'Europe/Rome', 'Asia/Riyadh', 'Asia/Shanghai', 'Asia/Shanghai', 'Europe/Rome', 'Europe/Rome',
      'Asia/Shanghai', 'Asia/Shanghai', 'Europe/Istanbul', 'Europe/Istanbul', 'Europe/Berlin', 'Europe/Lisbon', 'Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh', 'Asia/Bangkok',
    ]);
  });

  it.each([
    'hello', 'order', 'yes', 'ok', 'bank', 'thanks', 'chrome', 'romance', 'price', 'sí', 'oui', 'ja', 'nein', 'はい', '네', 'ครับ', 'да', 'نعم', 'evet', 'iya', 'vâng',
    '好的', '谢谢', 'where is my order', 'I live in Rome', '我在北京', 'tp', 'city', '市', '시',
  ])('takes no city from the ordinary message %j', (text) => {
    expect(cityZoneByName(text)).toBeUndefined();
    expect(parseTimeZoneChoice(text)).toBeUndefined();
  });

  it.each([
    'Barcelona', 'Valencia', 'Naples', 'Washington', 'Saint Petersburg', 'St. Petersburg', 'عمان', '科隆', 'Cologne', 'Deli', 'カイロ', 'マスカット', '汉堡', 'Damas',
  ])('leaves out %j: another place on another clock, or an ordinary word', (text) => {
    expect(cityZoneByName(text)).toBeUndefined();
  });
});

describe('the city table', () => {
  const cities = timeZoneCities();

  it('is sorted by country', () => {
    const countries = cities.map((c) => c.country);
    expect(countries).toEqual([...countries].sort());
    for (const c of countries) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('gives zones Intl accepts, under the names the menu shows', () => {
    const listed = new Set(allTimeZones());
    for (const { zone } of cities) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
      expect(currentZoneName(canonicalTimeZone(zone)!), zone).toBe(zone);
      expect(listed.has(zone), zone).toBe(true);
    }
  });

  it('has no name two cities on different clocks share', () => {
    const zones = new Map<string, string>();
    const clashes: string[] = [];
    for (const { zone, names } of cities) {
      for (const name of names) {
        const key = cityNameKey(name);
        expect(key, name).not.toBe('');
        const other = zones.get(key);
        if (other !== undefined && other !== zone) clashes.push(`${name}: ${other} / ${zone}`);
        zones.set(key, zone);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('agrees with the IANA and CLDR names found before it, in every language', () => {
    const disagreements: string[] = [];
    for (const { zone, names } of cities) {
      for (const name of names) {
        for (const locale of [undefined, ...LOCALES]) {
          const found = parseTimeZoneChoice(name, [], locale);
          if (found !== zone) disagreements.push(`${locale ?? '-'} ${name}: ${found ?? 'unknown'}, not ${zone}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
