/** Items reported broken, damaged or not working, in shoppers' words in 15 languages; and what only looks like it. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';
import { findDefect } from '../../../core/nlu/entities-defect.js';

/** Per locale: messages that report a defective item, then messages that do not. */
const CASES: Record<string, [defective: string[], not: string[]]> = {
  en: [
    ['my headphones broke after 3 days, i want a refund', 'the speaker arrived broken', 'SM100235 arrived damaged', 'the charger stopped working after a week',
      "it doesn't turn on", 'the mouse is defective', 'screen is cracked', 'battery is dead already', 'wont charge at all', 'the bottle leaks',
      'ordered a lamp, it showed up in pieces', "the blender won't start"],
    ['the coupon code doesn\'t work', 'your website is broken', 'the tracking link is not working', 'what if it arrives damaged?',
      'if the item is defective can I return it?', 'SM100246 is SO late', "it's not broken, I just don't like the colour", "I'm broke, any discounts?", 'I was not charged', 'is it waterproof?', 'i did not start a return yet'],
  ],
  'zh-CN': [
    ['耳机用了三天就坏了，我要退款', '收到的音箱是坏的', '充电器不能用了，能换一个吗', '质量问题，开不了机', 'SM100235 收到就碎了', '没声音了', '耳机一边响一边不响'],
    ['优惠码用不了', '网站打不开', '如果收到的是坏的怎么办', '坏了的话可以退吗', '快递员态度太差了'],
  ],
  ja: [
    ['届いたスピーカーが壊れてました', 'イヤホンが1週間で壊れた、返金してほしい', '初期不良です。交換してください', '電源が入りません', '商品が割れて届きました', '充電できない', 'イヤホン片方しか聞こえないんだけど'],
    ['クーポンが使えない', '壊れていたら返品できますか', 'PayPay使えないんですか', '配達員の態度が悪い'],
  ],
  ko: [
    ['스피커가 고장나서 왔어요', '이어폰이 일주일 만에 고장났어요 환불해주세요', '받은 제품이 불량이에요', '충전이 안 돼요', '깨져서 왔어요', '전원이 안 켜져요'],
    ['쿠폰이 안 돼요', '고장나면 환불 되나요?', '배송이 너무 늦어요', '결제가 안 돼요'],
  ],
  es: [
    ['los audífonos se rompieron a los 3 días', 'me llegó el parlante roto', 'el cargador no funciona', 'vino defectuoso', 'llegó dañado', 'no prende', 'la licuadora no arranca', 'los audífonos no suenan del lado izquierdo'],
    ['el cupón no funciona', 'si llega roto puedo devolverlo?', 'la página no funciona', 'mi pedido no ha llegado'],
  ],
  pt: [
    ['o fone veio com defeito, quero trocar', 'a caixinha de som chegou quebrada', 'o carregador parou de funcionar', 'o produto não liga', 'chegou danificado', 'pifou'],
    ['o cupom não funciona', 'o site não funciona', 'e se chegar quebrado?', 'meu pedido está atrasado, que absurdo'],
  ],
  fr: [
    ["mon casque est tombé en panne au bout d'une semaine", "l'enceinte est arrivée cassée", 'le chargeur ne marche pas', 'produit défectueux', 'reçu abîmé', "ça s'allume plus", "la montre a l'écran fendu"],
    ['le code promo ne marche pas', 'et si le produit arrive cassé ?', "la livraison par défaut c'est combien", 'le colis est en retard'],
  ],
  de: [
    ['meine kopfhörer sind nach 3 tagen kaputt gegangen', 'der lautsprecher kam kaputt an', 'das ladegerät funktioniert nicht', 'artikel ist defekt', 'ist beschädigt angekommen', 'lässt sich nicht einschalten', 'die uhr hat einen sprung im display'],
    ['der gutschein funktioniert nicht', 'was ist wenn es kaputt ankommt?', 'das geht gar nicht, die lieferung ist viel zu spät'],
  ],
  it: [
    ['le cuffie si sono rotte dopo 3 giorni', 'la cassa è arrivata rotta', 'il caricatore non funziona', 'prodotto difettoso', 'arrivato danneggiato', 'non si accende'],
    ['il codice sconto non funziona', 'se arriva rotto posso restituirlo?', 'il pacco è in ritardo'],
  ],
  ru: [
    ['наушники сломались через неделю, верните деньги', 'колонка пришла разбитая', 'зарядка не работает', 'товар бракованный', 'пришел поврежденный', 'не включается'],
    ['промокод не работает', 'сайт не работает', 'а если придет сломанный?', 'вы не работаете в выходные?'],
  ],
  th: [
    ['หูฟังพังหลังใช้ได้ 3 วัน ขอคืนเงิน', 'ลำโพงที่ได้รับมาเสีย', 'ที่ชาร์จใช้ไม่ได้', 'สินค้าชำรุด', 'ได้ของมาแตก', 'เปิดไม่ติด'],
    ['โค้ดส่วนลดใช้ไม่ได้', 'ถ้าของเสียคืนได้ไหม', 'เสียใจมากที่ส่งช้า', 'ไม่มีเสียงตอบรับจากร้านเลย', 'ต่างกันยังไง'],
  ],
  vi: [
    ['tai nghe bị hỏng sau 3 ngày', 'loa giao tới bị vỡ', 'sạc không hoạt động', 'hàng bị lỗi, muốn trả hàng', 'nhận hàng bị móp', 'tai nghe bi hong roi'],
    ['xin lỗi, đơn của mình đâu rồi', 'mã giảm giá không dùng được', 'nếu hàng bị vỡ thì sao', 'đơn hàng không chạy gì hết', 'vợ mình đặt đơn này'],
  ],
  id: [
    ['headsetnya rusak setelah 3 hari', 'speakernya datang dalam keadaan pecah', 'chargernya gak berfungsi', 'barangnya cacat', 'datang rusak', 'hpnya mati total'],
    ['kode vouchernya gak bisa dipake', 'kalau barangnya rusak gimana?', 'mati lampu nih', 'paketnya gak jalan-jalan', 'mohon doanya'],
  ],
  ar: [
    ['السماعة انكسرت بعد 3 أيام', 'وصلتني السماعة مكسورة', 'الشاحن لا يعمل', 'المنتج معيب', 'وصل تالف', 'مش شغالة'],
    ['الكود لا يعمل', 'الموقع ما يشتغل', 'لو وصل مكسور ارجعه؟', 'الطلب متأخر جدا'],
  ],
  tr: [
    ['kulaklık 3 günde bozuldu', 'hoparlör kırık geldi', 'şarj aleti çalışmıyor', 'ürün defolu', 'hasarlı geldi', 'kulaklik bozuk'],
    ['kupon kodu çalışmıyor', 'ürün bozuk gelirse iade edebilir miyim?', 'kargo çok geç oldu', 'site açılmıyor'],
  ],
};

describe('findDefect', () => {
  for (const [locale, [defective, not]] of Object.entries(CASES)) {
    it.each(defective)(`${locale}: "%s" reports a defective item`, (text) => {
      expect(findDefect(text, locale)).toBeDefined();
    });
    it.each(not)(`${locale}: "%s" does not`, (text) => {
      expect(findDefect(text, locale)).toBeUndefined();
    });
  }

  it('counts English words in every language', () => {
    expect(findDefect('fone chegou broken', 'pt')).toBeDefined();
  });
});

describe('the defect entity', () => {
  it('is extracted beside the order number, at the words that say it', () => {
    const entities = extractEntities('SM100235 arrived damaged', { locale: 'en' });
    expect(entities.map((e) => [e.type, e.value, e.text])).toEqual([['order_id', 'SM100235', 'SM100235'], ['defect', true, 'damaged']]);
  });

  it('spans the message where normalization changed its length (Thai ำ)', () => {
    const [defect] = extractEntities('สินค้าชำรุด', { locale: 'th' });
    expect(defect).toMatchObject({ type: 'defect', value: true, start: 0, end: 'สินค้าชำรุด'.length });
  });
});
