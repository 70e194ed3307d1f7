/** Payment messages in shoppers' words, in 15 languages: the methods named, "how do I pay?", and failures. */
import { describe, expect, it } from 'vitest';
import { paymentQuestion, type PaymentMethod } from '../../../core/nlu/entities-payment.js';

/** What a message says: methods named in order, and `how` (asks how to pay) / `fail` (reports a failure). */
type Case = [text: string, methods: PaymentMethod[], flags?: 'how' | 'fail' | ''];

const CASES: Record<string, Case[]> = {
  en: [
    ['can I pay with paypal?', ['paypal']], ['do u take apple pay', ['apple_pay']], ['is cod possible', ['cod']],
    ['can i pay when the parcel arrives', ['cod']], ['can i pay in installments', ['installments']], ['do you take crypto', ['crypto']],
    ['bank transfer ok?', ['bank_transfer']], ['visa or mastercard?', ['card']], ['can I pay by credit card', ['card']],
    ['can i use a gift card', ['gift_card']], ['klarna?', ['klarna']], ['can i pay with pix or boleto', ['pix', 'boleto']],
    ['how can I pay?', [], 'how'], ['what payment methods do you accept', [], 'how'], ['payment options?', [], 'how'],
    ['my card was declined', ['card'], 'fail'], ['I paid with PayPal but it failed', ['paypal'], 'fail'],
    ['charged twice for SM100234', [], 'fail'], ['payment didnt go through', [], 'fail'], ['apple pay not working', ['apple_pay'], 'fail'],
    ['my gift card wont work at checkout', ['gift_card'], 'fail'],
  ],
  'zh-CN': [
    ['可以用支付宝付款吗', ['alipay']], ['支持货到付款吗', ['cod']], ['能分期吗', ['installments']], ['微信可以吗', ['wechat_pay']],
    ['支持信用卡吗', ['card']], ['可以银行转账吗', ['bank_transfer']], ['怎么付款', [], 'how'], ['支付方式有哪些', [], 'how'],
    ['微信支付失败了', ['wechat_pay'], 'fail'], ['扣了两次钱', [], 'fail'], ['银行卡被拒', ['card'], 'fail'],
  ],
  ja: [
    ['PayPay使えますか', ['paypay']], ['代引きでも払えますか', ['cod']], ['分割払いできますか', ['installments']], ['クレカ使える？', ['card']],
    ['銀行振込でもいい？', ['bank_transfer']], ['支払い方法は？', [], 'how'], ['どうやって払うの', [], 'how'],
    ['カードがエラーになる', ['card'], 'fail'], ['二重に請求された', [], 'fail'], ['PayPalで払えない', ['paypal'], 'fail'],
  ],
  ko: [
    ['카카오페이 되나요?', ['kakaopay']], ['네이버페이 돼요?', ['naverpay']], ['할부 돼요?', ['installments']], ['만나서 결제 가능해요?', ['cod']],
    ['무통장입금 되나요', ['bank_transfer']], ['신용카드 되죠?', ['card']], ['결제 수단 뭐 있어요?', [], 'how'], ['어떻게 결제해요?', [], 'how'],
    ['카드 결제가 안 돼요', ['card'], 'fail'], ['두 번 결제됐어요', [], 'fail'], ['결제 실패했다고 떠요', [], 'fail'],
  ],
  th: [
    ['พร้อมเพย์ได้ไหม', ['promptpay']], ['จ่ายผ่านทรูมันนี่ได้มั้ย', ['truemoney']], ['เก็บเงินปลายทางได้ไหม', ['cod']], ['ผ่อนได้ไหมคะ', ['installments']],
    ['รับบัตรเครดิตไหม', ['card']], ['จ่ายเงินยังไงคะ', [], 'how'], ['มีช่องทางชำระเงินอะไรบ้าง', [], 'how'],
    ['จ่ายด้วยบัตรไม่ผ่าน', ['card'], 'fail'], ['โดนตัดเงินสองรอบค่ะ', [], 'fail'],
  ],
  de: [
    ['kann ich mit PayPal zahlen?', ['paypal']], ['geht auch Nachnahme?', ['cod']], ['kann man in raten zahlen', ['installments']],
    ['geht überweisung?', ['bank_transfer']], ['nehmt ihr kreditkarte', ['card']], ['welche Zahlungsarten gibt es?', [], 'how'], ['wie kann ich bezahlen', [], 'how'],
    ['meine Zahlung mit PayPal ist fehlgeschlagen', ['paypal'], 'fail'], ['karte abgelehnt', ['card'], 'fail'], ['wurde doppelt abgebucht', [], 'fail'],
  ],
  fr: [
    ['je peux payer en plusieurs fois ?', ['installments']], ['vous acceptez apple pay ?', ['apple_pay']], ['paiement a la livraison possible ?', ['cod']],
    ['on peut payer par cb ?', ['card']], ['par virement ?', ['bank_transfer']], ['quels sont les moyens de paiement ?', [], 'how'], ['je paie comment ?', [], 'how'],
    ['paiement refusé', [], 'fail'], ['ma carte est refusee', ['card'], 'fail'], ["j'ai été débité deux fois", [], 'fail'],
  ],
  es: [
    ['¿aceptan pago contra reembolso?', ['cod']], ['puedo pagar con mercado pago', ['mercado_pago']], ['se puede pagar a meses sin intereses?', ['installments']],
    ['aceptan tarjeta de debito?', ['card']], ['puedo pagar con oxxo', ['oxxo']], ['como puedo pagar?', [], 'how'], ['que metodos de pago aceptan', [], 'how'],
    ['mi tarjeta fue rechazada', ['card'], 'fail'], ['me cobraron dos veces', [], 'fail'], ['paypal no me funciona', ['paypal'], 'fail'],
  ],
  pt: [
    ['boleto?', ['boleto']], ['aceita pix?', ['pix']], ['da pra parcelar?', ['installments']], ['parcela em 10x sem juros?', ['installments']],
    ['aceita cartao de credito?', ['card']], ['da pra pagar na entrega?', ['cod']], ['quais as formas de pagamento?', [], 'how'], ['como eu faço pra pagar', [], 'how'],
    ['meu cartão foi recusado', ['card'], 'fail'], ['o pix nao ta funcionando', ['pix'], 'fail'], ['cobraram duas vezes', [], 'fail'],
  ],
  it: [
    ['posso pagare in contrassegno?', ['cod']], ['accettate paypal?', ['paypal']], ['si puo pagare a rate?', ['installments']], ['accettate satispay', ['satispay']],
    ['posso fare un bonifico?', ['bank_transfer']], ['prendete la carta di credito?', ['card']], ['come si paga?', [], 'how'], ['che metodi di pagamento accettate?', [], 'how'],
    ['il pagamento con carta non va', ['card'], 'fail'], ['mi avete addebitato due volte', [], 'fail'],
  ],
  ru: [
    ['можно оплатить при получении?', ['cod']], ['принимаете apple pay?', ['apple_pay']], ['есть рассрочка?', ['installments']], ['можно картой?', ['card']],
    ['наложенным платежом можно?', ['cod']], ['как оплатить?', [], 'how'], ['какие способы оплаты есть', [], 'how'],
    ['карта отклонена', ['card'], 'fail'], ['оплата не прошла', [], 'fail'], ['списали деньги дважды', [], 'fail'],
  ],
  ar: [
    ['هل يمكنني الدفع عند الاستلام؟', ['cod']], ['تقبلون باي بال؟', ['paypal']], ['عندكم تقسيط؟', ['installments']], ['تقبلون مدى؟', ['card']],
    ['ممكن ادفع بالبطاقة', ['card']], ['ما هي طرق الدفع؟', [], 'how'], ['كيف ادفع', [], 'how'],
    ['تم رفض البطاقة', ['card'], 'fail'], ['انخصم المبلغ مرتين', [], 'fail'], ['باي بال ما يشتغل', ['paypal'], 'fail'],
  ],
  tr: [
    ['kapıda ödeme yapılıyor mu?', ['cod']], ['taksit var mı', ['installments']], ['papara ile ödeyebilir miyim', ['papara']], ['havale olur mu', ['bank_transfer']],
    ['kredi kartıyla ödeyebilir miyim', ['card']], ['nasıl ödeme yapabilirim?', [], 'how'], ['odeme secenekleri neler', [], 'how'],
    ['kartım reddedildi', ['card'], 'fail'], ['iki kez para çekildi', [], 'fail'], ['paypal çalışmıyor', ['paypal'], 'fail'],
  ],
  id: [
    ['bayar pake gopay bisa ga', ['gopay']], ['bisa cod ga?', ['cod']], ['bisa cicilan?', ['installments']], ['bayar pake dana bisa?', ['dana']],
    ['ovo atau shopeepay bisa?', ['ovo', 'shopeepay']], ['bisa tf bca?', ['bank_transfer']], ['cara bayarnya gimana?', [], 'how'], ['pembayarannya bisa pake apa aja?', [], 'how'],
    ['pembayaran gagal terus', [], 'fail'], ['kartu kredit ditolak', ['card'], 'fail'], ['saldo kepotong dua kali', [], 'fail'],
  ],
  vi: [
    ['có thanh toán bằng momo ko', ['momo']], ['cod đc ko', ['cod']], ['ship cod dc khong shop', ['cod']], ['có trả góp không', ['installments']],
    ['ck được ko shop', ['bank_transfer']], ['quet the duoc khong', ['card']], ['thanh toán như thế nào?', [], 'how'], ['shop nhan thanh toan bang gi', [], 'how'],
    ['thanh toán bị lỗi', [], 'fail'], ['thẻ bị từ chối', ['card'], 'fail'], ['bị trừ tiền 2 lần', [], 'fail'],
  ],
};

describe.each(Object.keys(CASES))('payment questions in %s', (locale) => {
  it.each(CASES[locale]!)('"%s"', (text, methods, flags = '') => {
    const q = paymentQuestion(text, locale);
    expect({ methods: q.methods, howToPay: q.howToPay, failure: q.failure }).toEqual({ methods, howToPay: flags === 'how', failure: flags === 'fail' });
  });
});

describe('a failure that names the method', () => {
  // Answered with "yes, you can pay with it" were it taken for a question.
  it.each([
    ['en', 'my debit card is not being accepted', 'card'], ['zh-CN', '用支付宝付了但订单没生成', 'alipay'],
    ['ja', 'Apple Payで払ったのに注文が入ってない', 'apple_pay'], ['ko', '카카오페이로 결제했는데 주문이 없어요', 'kakaopay'],
    ['th', 'จ่ายผ่านทรูมันนี่ไม่ได้ค่ะ', 'truemoney'], ['de', 'der checkout nimmt meine kreditkarte nicht', 'card'],
    ['fr', 'je peux pas payer avec apple pay', 'apple_pay'], ['es', 'pagué con paypal y sigue pendiente', 'paypal'],
    ['pt', 'paguei no boleto mas o pedido não aparece', 'boleto'], ['it', 'non posso pagare con satispay', 'satispay'],
    ['ru', 'оплатил картой, а заказ не создался', 'card'], ['ar', 'ابل باي مو راضي يدفع', 'apple_pay'],
    ['tr', 'havale yaptım ama sipariş görünmüyor', 'bank_transfer'], ['id', 'udah bayar pake ovo tapi status belum dibayar', 'ovo'],
    ['vi', 'không thanh toán bằng zalopay được', 'zalopay'],
  ])('%s "%s"', (locale, text, method) => {
    expect(paymentQuestion(text, locale)).toMatchObject({ methods: [method], failure: true, failed: [method] });
  });
});

describe('what is not a payment method', () => {
  it.each([
    ['en', 'nice cardigan'], ['en', 'discard the old one'], ['en', 'do you sell sd cards'], ['en', 'is the graphics card new'], ['en', 'a birthday card with it?'],
    ['zh-CN', '显卡多少钱'], ['zh-CN', '页面卡住了'], ['ja', 'SDカードは付属しますか'], ['ko', 'SD카드 들어가요?'], ['th', 'การ์ดจอรุ่นไหน'],
    ['de', 'passt eine SD-Karte rein'], ['de', 'ist eine speicherkarte dabei'], ['fr', 'la carte graphique est incluse ?'], ['es', 'tiene tarjeta gráfica?'],
    ['pt', 'vem com cartão de memória?'], ['it', 'avete carta igienica?'], ['ru', 'карта памяти в комплекте?'], ['ru', 'есть картинка?'],
    ['ar', 'فيه بطاقة ذاكرة؟'], ['tr', 'hafıza kartı var mı'], ['tr', 'kartuş uyumlu mu'], ['id', 'ada kartu memori?'], ['vi', 'có kèm thẻ nhớ không'],
    ['vi', 'có thể giao nhanh không'], ['pt', 'quero um ovo de páscoa'], ['id', 'dana saya belum kembali'],
  ])('%s "%s" names none', (locale, text) => {
    expect(paymentQuestion(text, locale).methods).toEqual([]);
  });

  it('takes "gift card" for a gift card, not a card', () => {
    expect(paymentQuestion('can I pay with a gift card?', 'en').methods).toEqual(['gift_card']);
    expect(paymentQuestion('carte cadeau acceptée ?', 'fr').methods).toEqual(['gift_card']);
    expect(paymentQuestion('thẻ quà tặng dùng được không', 'vi').methods).toEqual(['gift_card']);
  });
});

describe('what is not a failure', () => {
  it.each([
    ['en', 'no problem, can I pay by card?'], ['ja', 'VISA使えないの？'], ['ja', '代引きはできないんですか'], ['ko', '카카오페이는 안 돼요?'],
    ['th', 'บัตรเดบิตใช้ไม่ได้เหรอคะ'], ['de', 'nehmt ihr keine mastercard?'], ['es', 'no aceptan visa?'], ['pt', 'não aceitam mastercard?'],
    ['it', 'non accettate mastercard?'], ['ru', 'mastercard не принимаете?'], ['tr', 'kapıda ödeme olmuyor mu?'], ['id', 'gopay bisa ga kak'],
    ['vi', 'momo ko được à?'], ['ar', 'ادفع على مرتين؟'], ['zh-CN', '没问题，能用支付宝吗'],
  ])('%s "%s" asks, reports nothing', (locale, text) => {
    expect(paymentQuestion(text, locale).failure).toBe(false);
  });
});

describe('the method a failure is about', () => {
  it.each([
    ['en', 'card declined, can I use paypal instead?', ['card']],
    ['en', 'I paid with PayPal but it failed, can I pay by card?', ['paypal']],
    ['de', 'PayPal geht nicht, kann ich per Überweisung zahlen?', ['paypal']],
    ['zh-CN', '微信支付失败了，能用支付宝吗', ['wechat_pay']],
    ['pt', 'o cartão não passa, aceita pix?', ['card']],
  ])('%s "%s": %j', (locale, text, failed) => {
    const q = paymentQuestion(text, locale);
    expect(q.failure).toBe(true);
    expect(q.failed).toEqual(failed);
  });

  it('is none without a failure', () => {
    expect(paymentQuestion('can I pay with paypal or card?', 'en')).toMatchObject({ methods: ['paypal', 'card'], failure: false, failed: [] });
  });

  it('reads English and brand names in any language, and a language it does not know as English', () => {
    expect(paymentQuestion('can I pay with paypal?', 'ja').methods).toEqual(['paypal']);
    expect(paymentQuestion('apple pay 되나요?', 'ko').methods).toEqual(['apple_pay']);
    expect(paymentQuestion('how do I pay', 'sv').howToPay).toBe(true);
  });
});
