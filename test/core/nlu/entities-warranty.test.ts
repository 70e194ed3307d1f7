/** Questions for the shop's warranty, and defects of an item the shopper already had, in 15 languages. */
import { describe, expect, it } from 'vitest';
import { readDefects } from '../../../core/nlu/entities-defect.js';
import { extractEntities } from '../../../core/nlu/entities.js';
import { warrantyQuestion } from '../../../core/nlu/entities-warranty.js';

/** Per locale: a defect supposed or asked about ("what if it breaks?"), then the warranty named. */
const ASKED: Record<string, [supposed: string[], named: string]> = {
  en: [['what if it breaks after two months?', 'if it stops working after a year do you fix it?', 'what if it arrives damaged?'], 'how long is the warranty'],
  'zh-CN': [['如果用了两个月坏了怎么办？', '万一收到的时候是坏的呢', '要是半年后坏了能修吗'], '保修多久啊'],
  ja: [['2ヶ月で壊れたらどうなりますか？', 'これ壊れやすいですか', '落としても壊れない？'], '保証期間はどれくらい？'],
  ko: [['두 달 만에 고장나면 어떡해요?', '이거 잘 망가져요?', '떨어뜨려도 안 깨져요?'], 'AS 기간이 얼마나 돼요?'],
  es: [['¿y si se rompe a los dos meses?', '¿se rompe fácil?', 'si deja de funcionar en un año me lo arreglan?'], 'cuánto dura la garantía'],
  fr: [["et s'il casse au bout de deux mois ?", 'ça casse facilement ?'], 'la garantie c\'est combien de temps'],
  de: [['was ist wenn es nach zwei monaten kaputt geht?', 'geht das schnell kaputt?', 'wenn es nach einem jahr nicht mehr geht, repariert ihr das?'], 'wie lange ist die garantie'],
  ru: [['а если сломается через два месяца?', 'если через год перестанет работать, почините?'], 'сколько гарантия'],
  pt: [['e se quebrar depois de dois meses?', 'se parar de funcionar em um ano vcs consertam?'], 'quanto tempo de garantia'],
  it: [['e se si rompe dopo due mesi?', 'si rompe facilmente?', 'se smette di funzionare dopo un anno me lo riparate?'], 'quanto dura la garanzia'],
  th: [['ถ้าพังหลังสองเดือนจะทำยังไง', 'อันนี้พังง่ายไหม', 'ถ้าใช้ไปปีนึงแล้วเสียซ่อมให้ไหม'], 'ประกันกี่เดือน'],
  vi: [['nếu 2 tháng sau bị hỏng thì sao?', 'cái này có dễ hư không', 'lỡ giao tới bị vỡ thì sao', 'xài 1 năm hư thì có sửa không'], 'bảo hành bao lâu vậy'],
  id: [['kalau rusak setelah 2 bulan gimana?', 'gampang rusak gak sih?'], 'garansinya berapa lama'],
  ar: [['لو خربت بعد شهرين؟', 'ماذا لو وصل تالف؟', 'لو تعطلت بعد سنة تصلحونها؟'], 'كم مدة الضمان'],
  tr: [['iki ay sonra bozulursa ne olacak?', 'kolay kırılır mı?', 'bir yıl sonra çalışmazsa tamir ediyor musunuz?'], 'garanti süresi ne kadar'],
};

describe('warrantyQuestion', () => {
  for (const [locale, [supposed, named]] of Object.entries(ASKED)) {
    it.each(supposed)(`${locale}: "%s" supposes a defect, reports none`, (text) => {
      expect(warrantyQuestion(text, locale)?.kind).toBe('breakage');
      expect(readDefects(text, locale).reported).toBeUndefined();
    });
    it(`${locale}: "${named}" names the warranty`, () => {
      expect(warrantyQuestion(named, locale)?.kind).toBe('warranty');
    });
  }

  it.each([
    ['en', 'my headphones broke after 3 days'],
    ['ar', 'السماعة انكسرت بعد 3 أيام'],
    ['tr', 'kulaklık 3 günde bozuldu, garantisi var mı?'],
  ])('%s "%s" reports a defect: no warranty question, its return comes first', (locale, text) => {
    expect(warrantyQuestion(text, locale)).toBeUndefined();
    expect(readDefects(text, locale).reported).toBeDefined();
  });

  it('is the warranty_question entity', () => {
    expect(extractEntities('لو خربت بعد شهرين؟', { locale: 'ar' }).find((e) => e.type === 'warranty_question')?.value).toBe('breakage');
  });
});

describe('a defect of an item the shopper already had', () => {
  it.each([
    ['en', 'my old charger broke, do you have a new one?'],
    ['zh-CN', '我旧的充电器坏了，有新的吗'],
    ['ja', '古い充電器が壊れたので新しいのほしい'],
    ['ko', '예전 충전기가 고장나서 새로 사려고요'],
    ['es', 'se me rompió el cargador viejo, tienen uno nuevo?'],
    ['fr', 'mon vieux chargeur est cassé, vous en avez un ?'],
    ['de', 'mein altes ladekabel ist kaputt, habt ihr ein neues?'],
    ['ru', 'старая зарядка сломалась, есть новая?'],
    ['pt', 'meu carregador velho quebrou, vcs tem outro?'],
    ['it', 'il mio vecchio caricatore si è rotto, ne avete uno?'],
    ['th', 'ที่ชาร์จอันเก่าพัง มีอันใหม่ไหม'],
    ['vi', 'sạc cũ bị hỏng rồi, shop có sạc mới không'],
    ['id', 'charger lamaku rusak, ada yg baru?'],
    ['ar', 'شاحني القديم خرب، عندكم جديد؟'],
    ['tr', 'eski şarj aletim bozuldu, yenisi var mı'],
  ])('%s "%s" is not the item bought here', (locale, text) => {
    const read = readDefects(text, locale);
    expect([read.reported, read.supposed, read.owned === undefined]).toEqual([undefined, undefined, false]);
    expect(extractEntities(text, { locale }).map((e) => e.type)).toContain('owned_defect');
  });

  it.each([
    ['en', 'my 2 week old headphones broke'],
    ['vi', 'tai nghe bị hư rồi shop ơi'],
  ])('%s "%s" still reports one', (locale, text) => {
    expect(readDefects(text, locale).reported).toBeDefined();
  });
});
