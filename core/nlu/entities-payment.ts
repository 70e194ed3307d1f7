/**
 * Payment questions in the 15 languages as shoppers write them: which payment methods a message names
 * ("can I pay with PayPal?", "有货到付款吗", "bisa cod ga?", "PayPay使えますか"), whether it asks how to pay
 * ("как оплатить?", "支付方式", "formas de pagamento") and whether it reports a failure ("my card was declined",
 * "扣了两次", "paiement refusé", "gagal bayar"). `shop.paymentQuestion` (core/shop/payment.ts) answers from it.
 *
 * Pattern syntax, as in entities-attribute.ts: `|` separates alternatives, `~` stands for the rest of a word,
 * a space for optional white space or a hyphen; an alternative starting with `=` needs its accents
 * (Vietnamese "thẻ" is a card, "the"/"thế"/"thể" are not), the others also match text typed without them.
 * Alternatives of space-delimited languages start and end on word edges; Arabic ones may carry the
 * attached prefixes and endings. Brand names and English words count in every language.
 *
 * Words that look like a method and name something else are blanked first ("sd card", "carte graphique",
 * "thẻ nhớ", "карта памяти"), and each method's words are blanked once found, in `ORDER`, so "gift card"
 * is `gift_card` and not also `card`, and "kapıda kredi kartı" is cash on delivery. "card" is a word:
 * "cardigan" and "discard" name nothing.
 */
import { languageOf } from './tokenize.js';
import { blank, joinMatchers, matcher, prepare, spans, type Matcher, type Span } from './word-matchers.js';

export const PAYMENT_METHODS = [
  'card', 'paypal', 'alipay', 'wechat_pay', 'apple_pay', 'google_pay', 'samsung_pay', 'amazon_pay', 'pix', 'boleto', 'mercado_pago',
  'oxxo', 'bizum', 'mbway', 'multibanco', 'satispay', 'papara', 'paypay', 'line_pay', 'kakaopay', 'naverpay', 'toss', 'promptpay',
  'truemoney', 'gopay', 'ovo', 'dana', 'shopeepay', 'qris', 'momo', 'zalopay', 'vnpay', 'venmo', 'klarna', 'bank_transfer', 'cod',
  'installments', 'crypto', 'gift_card',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface PaymentQuestion {
  /** Methods the message names, in the order it names them. */
  methods: PaymentMethod[];
  /** It asks how to pay or which methods there are. */
  howToPay: boolean;
  /** It reports a payment that failed, was declined, or was charged twice. */
  failure: boolean;
  /** With a failure, the named methods it is about: the one named nearest the failure words (one named: that one). */
  failed: PaymentMethod[];
}

type Lexicon = Partial<Record<PaymentMethod, string>>;

interface LanguageWords {
  methods: Lexicon;
  /** Phrases whose words look like a method's and name something else ("sd card", "carte graphique"). */
  masks?: string;
  howToPay: string;
  failure: string;
  /** Phrases holding a failure word that report none ("no problem", "PayPay使えないんですか"). */
  fine?: string;
}

/** Brands and card networks, written alike everywhere, with their spellings in other scripts. */
const EVERYWHERE: Lexicon = {
  card: 'visa|master card|amex|american express|maestro|jcb|union pay|discover card|credit card~|debit card~',
  paypal: 'pay pal|paypall|paypl|ペイパル|페이팔|贝宝|貝寶|เพย์พาล|пей пал|пэй пал|пайпал|باي بال',
  alipay: 'ali pay|alipay\\+?|支付宝|支付寶|アリペイ|알리 페이|อาลี เพย์|алипей|алипэй|علي باي|الي باي',
  wechat_pay: 'we chat(?: pay)?|weixin(?: pay)?|微信(?:支付|付款|钱包|錢包|pay)?|ウィーチャット ?ペイ|위챗(?: ?페이)?|วีแชท(?: ?เพย์)?|вичат|ви чат|وي ?تشات|وي ?شات',
  apple_pay: 'apple pay|apple wallet|애플 ?페이|アップル ?ペイ|苹果支付|蘋果支付|แอปเปิ้ล ?เพย์|эпл ?п[эе]й|эппл ?п[эе]й|ابل باي',
  google_pay: 'google pay|gpay|google wallet|구글 ?페이|グーグル ?ペイ|谷歌支付|กูเกิล ?เพย์|гугл ?п[эе]й|جوجل باي|قوقل باي',
  samsung_pay: 'samsung pay|삼성 ?페이|ซัมซุง ?เพย์|самсунг ?п[эе]й',
  amazon_pay: 'amazon pay|アマゾン ?ペイ|아마존 ?페이',
  pix: 'pix',
  mercado_pago: 'mercado pago',
  oxxo: 'oxxo(?: pay)?',
  bizum: 'bizum',
  mbway: 'mb way',
  multibanco: 'multibanco',
  satispay: 'satispay',
  papara: 'papara',
  paypay: 'paypay|ペイペイ',
  line_pay: 'line pay|ライン ?ペイ|ไลน์ ?เพย์',
  toss: 'toss pay|토스(?: ?페이)?',
  kakaopay: 'kakao pay|카카오 ?페이|카카오(?!톡| ?톡)',
  naverpay: 'naver pay|npay|네이버 ?페이|네이버|엔페이',
  promptpay: 'prompt pay|พร้อม ?เพย์|พร้อมเพ',
  truemoney: 'true money(?: wallet)?|true wallet|ทรู ?มันนี่?|ทรู ?วอลเล็ท',
  gopay: 'gopay|go-pay',
  shopeepay: 'shopee pay',
  qris: 'qris',
  momo: 'momo|ví momo',
  zalopay: 'zalo pay',
  vnpay: 'vn pay(?: qr)?',
  venmo: 'venmo',
  klarna: 'klarna|クラーナ|클라르나',
  crypto: 'crypto~|bitcoin~|btc|usdt|ethereum|比特币|比特幣|加密货币|加密貨幣|数字货币|虚拟货币|暗号資産|仮想通貨|ビットコイン|암호 ?화폐|가상 ?화폐|비트 ?코인|คริปโต~|บิท ?คอยน์|бит ?коин~|биткоин~|крипт~|العملات الرقميه|عملات رقميه|عمله رقميه|بيتكوين|كريبتو',
};

/** Brands whose names are words of other languages ("ovo" is an egg in Portuguese, "boleto" a ticket in Spanish): only in these. */
const LOCAL_BRANDS: Partial<Record<PaymentMethod, { words: string; langs: readonly string[] }>> = {
  boleto: { words: 'boleto~', langs: ['pt', 'en'] },
  ovo: { words: 'ovo', langs: ['id', 'en'] },
};

/** Per base language. Written lower case; see the syntax above. */
const WORDS: Record<string, LanguageWords> = {
  en: {
    methods: {
      gift_card: 'gift cards?|gift certificates?|gift vouchers?|e gift cards?',
      cod: 'cash on delivery|cod|c\\.o\\.d\\.?|pay (?:on|at|upon) (?:delivery|the door|arrival|receipt)|pay (?:when|once|after) (?:it|the (?:parcel|package|order|item)|they|i) (?:arrives?|comes?|is delivered|gets? here|receive it|get it)|pay (?:the )?(?:courier|driver|delivery (?:guy|man|person))|cash',
      installments: 'instal+e?ments?|pay in (?:\\d+|two|three|four|parts|installments)|pay(?:ing)? monthly|monthly payments?|payment plans?|split (?:the |my )?(?:payment|bill|cost)|pay later|buy now,? pay later|bnpl|financing',
      bank_transfer: 'bank transfer~|wire transfer~|wire|bank deposit|bank wire|direct deposit|iban|sepa',
      card: 'cards?|(?:credit|debit)(?: or (?:credit|debit))?|pay(?:ing)? (?:with|by|on) (?:credit|debit)',
    },
    masks: 'sd cards?|micro sd|memory cards?|graphics cards?|video cards?|sound cards?|network cards?|sim cards?|(?:greeting|birthday|christmas|xmas|thank you|business|playing|trading|pokemon|tarot|report|wild|id|loyalty|membership|library|scratch|index|note|recipe) cards?|card (?:games?|holders?|case|cases|reader|readers|decks?|tricks?|stock|sleeves?|slot|board)|deck of cards|store credit|credit (?:note|score|back|for)|cash ?back|(?:don\'?t|do not|doesn\'?t) have (?:a |any )?(?:credit |debit )?cards?|without (?:a )?(?:credit |debit )?card|no (?:credit |debit )?card',
    howToPay: 'how (?:can|do|should|could|would|will|to|does one) (?:i |we |u |you |one )?(?:make (?:a |the )?)?pay~|how (?:does|do) (?:the )?payments? work|payment (?:method|option|type|mode)s?|(?:method|option|way|mode|form)s? (?:of|for|to) pay~|(?:what|which) (?:kind of |kinds of |type of |types of )?(?:payment|payments|methods|forms? of payment)|what can (?:i|we|u) pay with|what do (?:you|u) (?:accept|take)|(?:accepted|available) payment~|where (?:do|can|should) i pay|when do i pay',
    failure: 'fail~|declin~|reject~|errors?|didn\'?t (?:go|get) through|did not go through|(?:not|n\'?t|never) (?:going|go|gone|get|got|getting) through|won\'?t (?:go through|work|let me|accept|take)|(?:doesn\'?t|does not|isn\'?t|is not|aren\'?t|didn\'?t|did not|not|never) (?:work~|accept~|take|taking|process~|load~|complet~|go through)|can\'?t (?:pay|complete|use|finish|check ?out|get past)|cannot (?:pay|complete|use|finish)|unable to (?:pay|complete|use)|couldn\'?t (?:pay|complete|use)|charged (?:me )?(?:twice|two times|double|2x|extra|more)|double ?charg~|double (?:payment|billing|billed)|(?:billed|debited|deducted|taken|paid) twice|overcharg~|money (?:was )?(?:taken|deducted|gone)|bounc~|blocked|stuck|pending|unsuccessful|invalid|went wrong|problems?|issues?|trouble|wrong amount|glitch~|crash~|refused|denied|charged but|not (?:being |been )?(?:accept~|process~)|never (?:came|come|comes|arrive~|show~ up|load~|went through)|keeps? (?:resetting|failing|saying|crashing|loading|bouncing|spinning)|(?:won\'?t|doesn\'?t|does not|didn\'?t) (?:load|open)|does nothing|time ?out|timed out|unpaid|extra charges?|charged (?:extra|the wrong)|why can\'?t i|(?:paid|charged|taken|deducted|transferred)(?: it| me| the money)?,? but|still (?:pending|unpaid|processing)|says (?:failed|unpaid|declined)|error~|freez~|frozen|expir~',
    fine: 'no (?:problem|issue|worries)s?|not a problem|without (?:any |a )?(?:problem|issue)s?',
  },
  zh: {
    methods: {
      gift_card: '礼品卡|禮品卡|购物卡|購物卡|礼卡|禮卡|储值卡|儲值卡',
      cod: '货到付款|貨到付款|到付|现金|現金|当面付|當面付',
      installments: '分期|分几期|分幾期|白条',
      bank_transfer: '银行转账|銀行轉賬|銀行轉帳|转账|轉賬|轉帳|汇款|匯款|电汇|電匯|对公',
      card: '信用卡|银行卡|銀行卡|借记卡|借記卡|储蓄卡|儲蓄卡|信用咭|刷卡|双币卡|雙幣卡|外卡|万事达|萬事達|银联|銀聯|卡支付|卡付款|用卡|卡付',
    },
    masks: 'sd卡|内存卡|記憶卡|记忆卡|存储卡|储存卡|显卡|顯卡|电话卡|電話卡|sim卡|流量卡|贺卡|賀卡|会员卡|會員卡|卡住|卡顿|卡頓|卡了|没有(?:信用卡|银行卡)|没(?:信用卡|银行卡|卡)',
    howToPay: '(?:怎么|怎麼|如何|怎样|怎樣)(?:才能)?(?:付|支付|付款|付钱|付錢|买单|買單|结账|結帳|结帐|给钱)|(?:支付|付款)(?:方式|方法|渠道|途径|选项|選項)|(?:能|可以)用(?:什么|什麼|啥|哪些|哪种|哪種)(?:方式)?(?:支付|付款|付)|用(?:什么|什麼|啥)(?:支付|付款|付)|支持(?:什么|什麼|哪些|哪种|啥)(?:支付|付款)|在哪(?:里|裡|儿)?(?:付|支付|付款)',
    failure: '失败|失敗|不成功|没成功|沒成功|未成功|被拒|拒绝|拒絕|拒付|错误|錯誤|报错|報錯|出错|出錯|扣了两次|扣了兩次|扣两次|扣兩次|重复扣|重複扣|重复付款|重複付款|重复支付|扣款两次|多扣|扣了钱|钱扣了|錢扣了|钱被扣|付不了|支付不了|付款不了|无法支付|無法支付|无法付款|無法付款|不能付款|不能支付|付不出去|付不成|用不了|异常|異常|出问题|出問題|有问题|有問題|没反应|沒反應|一直转圈|付了两次|付了兩次|没到账|没通过|未通过|不通过|显示(?:没|未)|(?:付|支付|付款|扣款|扣|转账|转|交)了(?:钱)?[，,\\s]?(?:但|可是|却|结果)|订单没生成|没生成|超时|超時|闪退|崩了|打不开|无法完成|待处理|不支持这张|收了两次|两次钱|多收|金额不对|拦截|空白|跳回|余额不足|收不到',
    fine: '没问题|沒問題|没有问题',
  },
  ja: {
    methods: {
      gift_card: 'ギフト ?カード|ギフト ?券|商品券',
      cod: '代引き?|代金引換|代金引き換え|着払い|現金',
      installments: '分割払い|分割|リボ払い|後払い|paidy|ペイディ',
      bank_transfer: '銀行振込|銀行振り込み|振込み?|振り込み',
      card: 'クレジット ?カード|クレカ|デビット ?カード|カード|ビザ|マスター ?カード|アメックス',
    },
    masks: 'sd ?カード|マイクロ ?sd|メモリー? ?カード|グラフィック ?カード|グラボ|ポイント ?カード|トレーディング ?カード|トレカ|カード ?ゲーム|グリーティング ?カード|メッセージ ?カード|カード ?ケース|カード ?リーダー|カード ?スロット|sim ?カード|ic ?カード|バースデー ?カード|クリスマス ?カード|カード(?:を|は)?持って(?:い)?ない|カードが(?:ない|無い)|カードなし',
    howToPay: 'どうやって(?:お)?(?:払|支払|決済|買)|どう(?:やって)?(?:払え|支払え)|(?:お)?支払い?(?:方法|手段|方式)|決済(?:方法|手段|方式)|(?:何|なに)で(?:払|支払|決済)|どの(?:支払|決済)|(?:お)?支払い方|払い方|どこで(?:お)?(?:払|支払)|使える(?:支払|決済)|(?:何|なに)が使え|支払いはどう|決済はどう',
    failure: '失敗|エラー|できない(?!ん?です?か|の[?？]|[?？])|できません(?!か)|できなかった|通らない|通りません|通らなかった|拒否|弾かれ|はじかれ|使えない(?!ん?です?か|の[?？]|[?？])|使えません(?!か)|使えなかった|二重に?(?:請求|決済|引き落とし|払い)|(?:二|2)回(?:も)?(?:請求|決済|引き落と|払|取られ)|払えない(?!ん?です?か|の[?？]|[?？])|払えません(?!か)|払えなかった|不具合|問題が|おかしい|止まっ|決済されない|反映されない|承認されない|無効|(?:ダメ|だめ|駄目)(?!ん?です?か|[?？])|出てこない|来ない|届かない|開かない|表示されない|(?:払|支払|引かれ|決済し|振り込ん|振込し)(?:った|た|だ)のに|できてない|未払い|ご利用いただけません|タイムアウト|保留|処理中のまま|終わらない|完了しない|反応(?:が)?ない|落ちる|真っ白|違う|多すぎ|余計に|つまずい|戻される|止めてる',
    fine: '問題(?:ない|ありません|なし)',
  },
  ko: {
    methods: {
      gift_card: '기프트 ?카드|상품권|기프티콘',
      cod: '착불|만나서 ?결제|현장 ?결제|수령 ?시 ?결제|받고 ?(?:나서 ?)?결제|배달 ?(?:시|할 ?때) ?결제|현금|대금 ?상환',
      installments: '할부|무이자|나눠서 ?(?:결제|내)|분할 ?(?:결제|납부)',
      bank_transfer: '계좌 ?이체|무통장 ?입금|무통장|이체|송금|계좌로',
      card: '신용 ?카드|체크 ?카드|카드|비자|마스터 ?카드|아멕스',
    },
    masks: 'sd ?카드|마이크로 ?sd|메모리 ?카드|그래픽 ?카드|카드 ?지갑|카드 ?케이스|카드 ?리더기?|포토 ?카드|포카|카드 ?게임|유심|교통 ?카드|카드 ?슬롯|생일 ?카드|축하 ?카드|메시지 ?카드|크리스마스 ?카드|명함|카드 ?뉴스|카드(?:가|는)? ?없',
    howToPay: '어떻게 ?(?:결제|지불|계산|돈을? ?내|내(?:요|나요|면))|결제 ?(?:방법|수단|방식|옵션)|지불 ?(?:방법|수단|방식)|결제는 ?어떻게|결제 ?어떻게|뭘로 ?결제|무엇으로 ?결제|어떤 ?결제|결제 ?가능한 ?(?:게|것|수단|방법)|어디서 ?결제|결제하려면',
    failure: '실패|오류|에러|안 ?(?:돼|됨|되네|되는데|되더|됐|되었|넘어가|먹혀)|거절|승인이? ?안|두 ?번 ?(?:결제|청구|빠져|나갔|빠졌|긁)|(?:이중|중복) ?(?:결제|청구)|문제|먹통|튕겨|튕김|멈춰|미입금|미완료|미결제|대기 ?중|(?:했|됐|빠졌|나갔)는데|두 ?(?:개|건) ?왔|승인이? ?(?:자꾸 |계속 )?안|못 ?(?:해|하|했)|막혀|이상(?:해|한)|두 ?배|중복으로|두 ?번 ?(?:된|됐|찍|출금|결제됐)|반응 ?(?:이 )?없|안 ?(?:열려|와|나요|나와)|꺼졌|초과|달라요|로딩만|눌렀는데|돈만 ?빠|주문(?:은|이)? ?없|만료',
    fine: '안 ?돼요? ?[?？]|문제 ?(?:없|업)',
  },
  th: {
    methods: {
      gift_card: 'บัตร ?ของขวัญ|บัตร ?กำนัล|กิฟ(?:ต์|ท์)? ?การ์ด',
      cod: 'เก็บ ?เงิน ?ปลายทาง|เก็บ ?ปลายทาง|จ่าย ?ปลายทาง|ปลายทาง|เงินสด',
      installments: 'ผ่อน|แบ่ง ?(?:จ่าย|ชำระ)',
      bank_transfer: 'โอน|แบงก์|โมบาย ?แบงก์กิ้ง|mobile banking',
      card: 'บัตร|รูด ?บัตร|ตัด ?บัตร|วีซ่า|มาสเตอร์ ?การ์ด|เครดิต ?การ์ด',
    },
    masks: 'บัตร ?ประชาชน|บัตร ?ประจำตัว|บัตร ?คอนเสิร์ต|บัตร ?สมาชิก|บัตร ?คิว|บัตร ?จอด ?รถ|การ์ด ?จอ|เมม(?:โม)?รี่ ?การ์ด|ซิม|ไม่ ?มี ?บัตร',
    howToPay: '(?:จ่าย|ชำระ)(?:เงิน)? ?(?:ได้ ?)?(?:ยังไง|ยังงัย|ไง|อย่างไร|ด้วย ?อะไร|ทาง ?ไหน|กี่ ?ทาง|ที่ ?ไหน|ผ่าน ?อะไร)|ช่องทาง ?(?:การ)?(?:ชำระ|จ่าย)|วิธี ?(?:การ)?(?:ชำระ|จ่าย)|รับ ?(?:ชำระ|จ่าย)(?:เงิน)? ?(?:ผ่าน ?)?(?:ช่องทาง ?)?(?:อะไร|ไหน)|จ่าย ?อะไร ?ได้ ?บ้าง|ใช้ ?อะไร ?จ่าย',
    failure: 'ไม่ ?ผ่าน|ล้มเหลว|ไม่ ?สำเร็จ|ผิดพลาด|เออเร่อ|ปฏิเสธ|ตัด ?(?:เงิน ?)?(?:ซ้ำ|สอง ?(?:ครั้ง|รอบ)|2 ?(?:ครั้ง|รอบ))|(?:จ่าย|ชำระ|ใช้|ตัด ?บัตร) ?ไม่ ?ได้|ค้าง|ปัญหา|ตัด ?เงิน ?(?:แล้ว|ไป) ?แต่|เงิน ?(?:ถูก|โดน) ?ตัด|ไม่ ?ได้|แล้ว ?แต่|รอ ?ชำระ|ซ้ำ|ไม่ ?(?:รองรับ|ยืนยัน|ขึ้น|โหลด|ตรง|ถูกต้อง)|หมด ?เวลา|(?:ตัด|หัก|เก็บ) ?เงิน ?เกิน|เกิน ?ราคา|ล่ม|เด้ง|บล็อก|หัก ?เงิน|ผิด ?ยอด|ขาว ?โพลน',
    fine: 'ไม่ ?ได้ ?(?:เหรอ|หรอ|หรือ|ไหม|มั้ย|ป่ะ|รึ)|ไม่ ?มี ?ปัญหา',
  },
  de: {
    methods: {
      gift_card: 'geschenk karte~|geschenk gutschein~|gutschein karte~|einkaufs gutschein~',
      cod: 'nachnahme|(?:in )?bar (?:bei|an der) (?:lieferung|haustur|ubergabe)|bei (?:lieferung|ubergabe|erhalt) (?:be)?zahl~|bar (?:be)?zahl~|barzahlung|bargeld|in bar',
      installments: 'raten~|ratenzahlung~|ratenkauf~|in raten|teilzahlung~|finanzierung|spater (?:be)?zahl~',
      bank_transfer: 'uberweisung~|ueberweisung~|uberweis~|ueberweis~|vorkasse|lastschrift~',
      card: 'karte~|(?:kredit|debit|ec|giro|bank|visa|master|prepaid) karte~',
    },
    masks: 'sd karte~|micro sd~|sim karte~|speicherkarte~|karten ?spiel~|kartenleser~|kartenhulle~|kartenetui~|kundenkarte~|payback karte~|(?:keine|kein) (?:kredit|ec |bank)?karte|ohne (?:kredit)?karte',
    howToPay: 'wie (?:kann|konnte|soll|muss|darf) (?:ich|man|wir) (?:denn |hier |bei euch |bei ihnen )?(?:be)?zahl~|wie (?:be)?zahl~ (?:ich|man|wir)|wie (?:lauft|funktioniert|geht) (?:die |das )?(?:be)?zahl~|wie (?:be)?zahlen|(?:be)?zahlungs(?:art|arten|methode|methoden|mittel|moglichkeit|moglichkeiten|moeglichkeit|moeglichkeiten|optionen|weise|wege)|bezahl(?:art|arten|methode|methoden|moglichkeit|moglichkeiten|optionen)|welche (?:zahlungs~|bezahl~|karten)|(?:womit|mit was) (?:kann|konnte) (?:ich|man) (?:be)?zahl~|was (?:akzeptiert|akzeptieren|nehmt|nehmen) (?:ihr|sie)|wo (?:kann|muss|soll) (?:ich|man) (?:be)?zahl~',
    failure: 'fehlgeschlagen|schlagt fehl|schlug fehl|fehler~|abgelehnt|lehnt (?:\\w+ )?(?:\\w+ )?ab|(?:funktioniert|geht|klappt|ging|klappte) (?:\\w+ )?nicht|hat nicht (?:funktioniert|geklappt)|nicht (?:moglich|durchgegangen|akzeptiert|angenommen|funktioniert|geklappt)|wird nicht (?:akzeptiert|angenommen)|(?:doppelt|zweimal) (?:abgebucht|belastet|bezahlt|berechnet|abgezogen)|problem~|hangt|hangen geblieben|(?:kann|konnte) (?:\\w+ )?nicht (?:be)?zahlen|abgebrochen|ungultig|nicht (?:bestatigt|erfolgreich|angekommen|durch)|(?:nimmt|nehmen|geht|klappt|funktioniert|lauft|kommt|komm) (?:[^\\s]+ ){0,4}nicht|(?:kann|konnte) nicht|(?:sturzt|stuerzt) ab|abgesturzt|abgestuerzt|doppelte~|2x|zweimal|zu viel|ewig|zuruckgewiesen|zurueckgewiesen|scheitert~|gescheitert|blockiert~|schief ?gelaufen|kartenfehler|vorgemerkt~',
    fine: 'kein problem~|keine probleme|ohne probleme|kein thema',
  },
  fr: {
    methods: {
      gift_card: 'cartes? cadeaux?|cheques? cadeaux?|bons? d\'achat|e carte cadeau',
      cod: 'contre rembours~|paiement (?:a|lors de) la (?:livraison|reception)|pa[yi]er (?:a|lors de|au moment de) la (?:livraison|reception)|a la livraison|en (?:especes|liquide|cash)|especes|cash',
      installments: 'en (?:\\d+|deux|trois|quatre|dix|plusieurs) (?:fois|versements|mensualites)|en \\d+ ?x|plusieurs fois|paiement (?:fractionne|echelonne|differe)|facilite~ de paiement|mensualites|echelonner|fractionner|a credit|pa[yi]er plus tard',
      bank_transfer: 'virements?(?: bancaires?)?|rib|iban|sepa',
      card: 'cartes?(?: (?:bancaires?|bleues?|de credit|de debit))?|cb',
    },
    masks: 'cartes? (?:graphiques?|meres?|sd|micro sd|memoires?|sim|de fidelite|postales?|d\'identite|vitale|grise|du monde|reseau|son|de voeux|d\'anniversaire|de visite|a jouer|pokemon)|jeux? de cartes|a la carte|micro sd|pas de carte(?: bancaire)?|sans carte(?: bancaire)?',
    howToPay: 'comment (?:est ce qu\'on |est ce que je |je peux |on peut |puis je |peut on |faire pour |dois je |je dois |je fais pour |je fais |on fait pour |on fait |se passe le |fonctionne le |marche le )?(?:pa[yi]er|regler|paiement|paye|paie|payez|reglement)|(?:moyens?|modes?|methodes?|options?|types?|formes?) de (?:paiement|reglement)|(?:quels?|quelles?) (?:sont les )?(?:moyens|modes|cartes|options|methodes|paiements)|vous (?:acceptez|prenez) quoi|(?:pa[yi]er|regler|paye|paie) (?:avec|par|en) quoi|par quel moyen|on pa[yi]e comment|je pa[yi]e comment|ou (?:est ce que je |je )?(?:pa[yi]e|pa[yi]er|regle)',
    failure: 'echou~|echec~|refus~|erreur~|bug~|(?:ne )?(?:marche|fonctionne|passe|veut) pas|(?:a|as|ont) pas (?:marche|fonctionne|abouti|ete accepte~|passe)|n\'a pas (?:marche|fonctionne|abouti|ete accepte~|passe)|(?:debite~|preleve~|paye~|facture~) (?:deux|2) fois|double (?:debit|prelevement|paiement|facturation)|bloqu~|probleme~|impossible de (?:pa[yi]er|regler|valider|finaliser|terminer)|(?:n\'arrive|narrive|j\'arrive|jarrive) pas|pas pu (?:pa[yi]er|regler)|rejet~|decline~|invalide~|annule~|(?:peux|peut|pouvons|pu|pouvez) pas|arrive pas|impossible~|pas (?:validee?|passee?|recue?|le bon|acceptee?s?)|plante~|en boucle|en trop|deux fois|2x|en attente|pris l\'argent|(?:debite~|preleve~|paye~),? mais|ne s\'affiche|toute blanche|frais en plus',
    fine: 'pas de (?:probleme|souci)s?|sans (?:probleme|souci)s?|aucun (?:probleme|souci)|pas acceptee?s? ?\\?',
  },
  es: {
    methods: {
      gift_card: 'tarjetas? (?:de )?regalo|cheques? regalo|bonos? regalo|vales? de regalo',
      cod: 'contra ?reembolso|contra ?entrega|pago (?:al|a la|en la) (?:recibir|entrega|recepcion)|pag(?:ar|o) (?:cuando|al) (?:llegue|recibir|lo reciba|me llegue)|pago en (?:casa|destino)|en efectivo|efectivo|cash',
      installments: 'a plazos|en plazos|plazos|cuotas|en \\d+ (?:cuotas|meses|pagos|plazos)|meses sin intereses|msi|sin intereses|pago (?:aplazado|fraccionado|en partes)|pagar en partes|financiacion|financiamiento|a credito|mensualidades',
      bank_transfer: 'transferencias?(?: bancarias?)?|deposito bancario|spei|clabe',
      card: 'tarjetas?(?: de (?:credito|debito))?|con (?:credito|debito)',
    },
    masks: 'tarjetas? (?:graficas?|de video|sd|micro sd|de memoria|sim|madre|de red|de sonido|de felicitacion~|de presentacion|de visita|de cumpleanos)|micro sd|no tengo tarjeta|sin tarjeta',
    howToPay: 'como (?:puedo |se puede |hago para |le hago para |debo |tengo que |se |lo |les |le |podria |hay que )?(?:pagar|pago|abonar|pagarlo|pagarles)|como (?:es|funciona|se hace|se realiza) el pago|(?:metodos?|formas?|medios?|opciones?|maneras?|modos?|tipos?) de pagos?|(?:que|cuales) (?:metodos|formas|medios|tarjetas|opciones|maneras|pagos)|con que (?:puedo |se puede )?pag~|que aceptan|donde (?:se )?pag~',
    failure: 'fall~|rechaz~|error~|no (?:me |te |le |nos )?(?:pasa|paso|funciona|funciono|sirve|deja|dejo|acepta|acepto|se (?:proceso|completo|realizo|pudo)|puedo pagar|pude pagar|sale|salio|entra|entro)|cobr~ (?:dos veces|doble|2 veces|de mas|por duplicado)|doble (?:cobro|cargo|pago)|cargo (?:doble|duplicado)|(?:cobraron|descontaron) dos|denegad~|declinad~|problema~|bloquead~|no deja|invalid~|no (?:se )?(?:completa|carga|procesa|llega|aparece|figura|logro|fue aprobado|es aceptada)|ningun~ de mis|y nada|no va|no me da|se (?:queda|traba|cierra)|sin pagar|pendiente~|procesando|duplicad~|doble|de mas|descontaron|debitaron|cobraron|me cargaron|extra|nunca llega|fondos insuficientes|raro|diferente|sigue (?:como )?(?:no pagado|pendiente|sin pagar)|no pagado|expir~|vencid~',
    fine: 'sin problemas?|ningun problema|no hay problema|no pasa nada',
  },
  pt: {
    methods: {
      gift_card: 'cart(?:ao|oes) (?:de )?presente|vale presente',
      cod: 'pagamento na entrega|pag(?:ar|o|a) na entrega|na entrega|contra ?entrega|(?:em|no) dinheiro|pag(?:ar|o) (?:quando|ao) (?:chegar|receber)|dinheiro na entrega|cash',
      installments: 'parcel~|em \\d+ ?x|\\d+ ?x sem juros|sem juros|prestac~|em (?:\\d+|duas|tres|quatro|dez|doze) vezes|a prazo|crediario',
      bank_transfer: 'transferencia~(?: bancaria)?|ted|deposito(?: bancario| em conta)?',
      card: 'cart(?:ao|oes)(?: de (?:credito|debito))?|no (?:credito|debito)|(?:credito|debito) ou (?:credito|debito)|hipercard',
    },
    masks: 'cart(?:ao|oes) (?:de memoria|sd|micro sd|sim|de visita|postal|de natal|de aniversario|fidelidade|de fidelidade)|micro sd|nao tenho cartao|sem cartao',
    howToPay: 'como (?:eu )?(?:posso |faco (?:pra|para) |faz (?:pra|para) |que |se |devo |tenho que |consigo |da (?:pra|para) |vou )?(?:pagar|pago|paga|efetuar o pagamento|fazer o pagamento)|como (?:funciona|e|eh|fica) o pagamento|(?:formas?|metodos?|meios?|opcoes|opcao|modos?|tipos?) de pagamento|(?:quais|que) (?:as |os )?(?:formas|meios|metodos|cartoes|opcoes|bandeiras)|aceitam o que|(?:pago|paga) como|da (?:pra|para) pagar como|com o que (?:eu )?(?:posso )?pag~|onde (?:eu )?pag~',
    failure: 'falh~|recus~|negad~|erro~|deu (?:erro|ruim|problema|pau)|nao me e possivel|nao (?:(?:ta|esta) (?:a )?(?:funcionando|funcionar|passando|passar|indo|aceitando)|passa|passou|funciona|funcionou|vai|foi|aceita|aceitou|consigo pagar|consegui pagar|deu certo|conclui|completou|finaliza|finalizou|autoriz~|aprov~)|cobr~ (?:duas vezes|2 vezes|em dobro|dobrado|a mais|duplicad~)|cobranca (?:duplicada|dupla|em dobro|indevida)|pagamento duplicado|paguei duas vezes|problema~|bloquead~|travou|travad~|travando|invalid~|nao (?:da|gera|chega|abre|avanca|recebo|recebi|consigo|e aceit~|aparece|passou)|nenhum~|rejeit~|trava~|fica a carregar|carregando|continua (?:pendente|aguardando)|aguardando pagamento|pendente|em processamento|cobranc~ (?:estranha|igua~|duplicad~)|duas cobrancas|(?:duas|tres) vezes|2x|debitaram|cobraram|fecha sozinho|expir~|(?:paguei|pagou|transferi|debitad[oa])(?: [^\\s]+){0,3},? mas|aguardar pagamento|dois (?:debitos|pagamentos)|iguais',
    fine: 'sem problemas?|nenhum problema',
  },
  it: {
    methods: {
      gift_card: 'carte? regalo|buon[oi] regalo|buon[oi] acquisto',
      cod: 'contrassegno|in contanti|contanti|pagamento alla consegna|pag(?:are|o) alla consegna|alla consegna|cash',
      installments: 'a rate|in (?:\\d+|due|tre|quattro|dieci) rate|rate|rateal~|rateizz~|pagamento dilazionato|finanziamento|scalapay',
      bank_transfer: 'bonific~|trasferimento bancario|iban',
      card: 'cart[ae](?: di (?:credito|debito)| prepagat[ae])?|bancomat|postepay',
    },
    masks: 'carta (?:igienica|da regalo|da parati|fedelta|d\'identita|di identita|sd|micro sd|sim|per stampante|da forno|assorbente|stagnola|carbone|da lettere)|carte da gioco|scheda sd|micro sd|alla carta|non ho (?:la |una )?carta|senza carta',
    howToPay: 'come (?:posso |si puo |faccio (?:a|per) |devo |si |posso fare per )?(?:pagare|pago|paga|effettuare il pagamento)|come (?:funziona|avviene|si fa) (?:il )?pagamento|(?:metodi|metodo|modalita|modi|modo|forme|forma|opzioni|sistemi|tipi) di pagamento|(?:quali|che) (?:metodi|modalita|carte|pagamenti|sistemi)|con cosa (?:posso |si puo )?pag~|cosa accettate|dove (?:si )?pag~',
    failure: 'fallit~|fallisce|non (?:va|funziona|funzionava|passa|e andat~|e passat~|riesco|sono riuscit~|accetta|prende|e stat~ accettat~|ha funzionato)|rifiutat~|rifiuta|respint~|errore~|addebitat~ (?:due|2) volte|(?:doppio|due|2) addebit[oi]|addebito doppio|pagato due volte|problem~|bloccat~|negat~|non (?:e )?andato a buon fine|invalid~|non (?:confermat~|riuscit~|arriva|mi arriva|posso pagare|accetta)|ma (?:l\'ordine|ordine)|due volte|troppo|di piu|si blocca|bloccat~|in caricamento|in sospeso|andato storto|ancora da pagare|risulta ma|scalati',
    fine: 'nessun problema|non c\'e problema|senza problemi',
  },
  ru: {
    methods: {
      gift_card: 'подарочн~ (?:карт~|сертификат~)|сертификат~',
      cod: 'наложенн~ плат~|наложк~|оплат~ (?:при|после) получени~|при получении|налич~|кеш~|кэш~|курьеру|при доставке',
      installments: 'рассрочк~|частями|долями|сплит|в кредит|кредит|помесячн~',
      bank_transfer: 'банковск~ перевод~|перевод~ на (?:карту|счет)|по реквизитам|перевод~|безнал~|расчетн~ счет|сбп|систем~ быстрых платежей',
      card: 'карт(?:а|ы|е|у|ой|ою|ам|ами|ах|очк~|очн~)?|кредитк~|кредитн~ карт~|дебетов~|визой|виза|мастеркард|мир пэй|mir pay',
    },
    masks: 'карт~ памяти|sd карт~|сим карт~|micro sd|видеокарт~|звуков~ карт~|игральн~ карт~|карт~ лояльности|скидочн~ карт~|бонусн~ карт~|клубн~ карт~|к[еэ]шб[еэ]к~|без проблем|не проблема|нет проблем|нет карты|без карты',
    howToPay: 'как (?:мне |можно |я могу |могу |нужно |надо |бы |вам |у вас |тут |здесь )?(?:оплатить|оплачивать|заплатить|платить|произвести оплату|расплатиться|оплату|оплата|провести оплату|сделать оплату|оплачу|заплачу)|как (?:происходит|проходит|осуществляется|делается) оплата|(?:способ|метод|вариант|вид)~ оплат~|чем (?:можно |могу |мне )?(?:оплатить|платить|заплатить|расплатиться)|(?:какие|какой|каким|какими) (?:способ~|карт~|вариант~|вид~)|где (?:оплатить|платить|оплачивать)|оплата как',
    failure: 'не (?:прош~|проход~|получ~|работа~|принима(?:ет|ют|ется|лась|лся|ли)|списыва~|удал~|могу (?:оплатить|заплатить|расплатиться)|удается|дает)|отклон~|ошибк~|ошибочн~|сбо[йи]~|(?:списал~|сняли|оплатил~) (?:[^\\s]+ )?(?:дважды|два раза|2 раза)|дважды (?:списал~|сняли|оплатил~)|двойн~ (?:списан~|оплат~)|проблем~|заблокир~|отказ~|завис~|недействител~|не (?:оформлен~|приход~|пришл~|появляется|могу|создал~|грузится|ту сумму|та сумма)|висн~|висит|пада~|крутится|больше чем|кида~|блокир~|невозможн~|а заказ|а подтверждени~|списал~|комисси~|белая|в ожидании',
    fine: 'без проблем|не проблема|нет проблем',
  },
  ar: {
    methods: {
      gift_card: 'بطاق~ (?:هدي~|الهدايا|الهديه)|كرت (?:هدي~|الهديه)|قسيم~ (?:هدي~|شراء)|جيفت كارد',
      cod: 'الدفع عند (?:الاستلام|التسليم|التوصيل|الوصول)|عند (?:الاستلام|التسليم)|كاش|نقدا|نقدي|نقد|كاش اون ديليفري',
      installments: 'تقسيط|التقسيط|اقساط|الاقساط|قسط|تابي|تمارا|الدفع الاجل|دفعات',
      bank_transfer: 'تحويل (?:بنكي|مصرفي)|حواله(?: بنكيه)?|تحويل|ايداع بنكي|حساب بنكي',
      card: 'بطاق~|فيزا|ماستر ?كارد|مدي|كريدت|كريديت|ائتمان~|كرت',
    },
    masks: 'بطاق~ (?:ذاكر~|الذاكر~|ميموري|شاش~|الشاش~|الهويه|هويه|تعريف~|معايد~|تهنئ~)|شريح~|كرت (?:ذاكر~|شاش~)|علي مدي|ما عندي بطاق~|ما عندي كرت|بدون بطاق~|ليس لدي بطاق~',
    howToPay: 'كيف (?:ممكن |اقدر |يمكنني |استطيع |يمكن |يتم |اقدر ا|راح )?(?:ادفع|الدفع|اسدد|السداد|دفع|نسدد|ندفع)|كيفيه (?:الدفع|السداد)|(?:طرق|طريقه|وسائل|وسيله|خيارات|خيار|انواع|اساليب) (?:الدفع|السداد)|شلون (?:ادفع|الدفع)|ايش (?:طرق|وسائل|خيارات)|(?:بايش|بماذا|بشو|بإيش) ادفع|(?:وين|اين) ادفع|ازاي (?:ادفع|الدفع)',
    failure: 'فشل~|رفض~|مرفوض~|انرفض~|خطا|ما (?:مشي|زبط|ظبط|نفع|ضبط|اشتغل|تم|قبل|يقبل|يشتغل|راح)|لم (?:يتم|تتم|يقبل|تقبل|ينجح|تنجح|يعمل|تعمل)|لا (?:يعمل|تعمل|يقبل|يشتغل|تشتغل)|(?:مو|مش) شغال|مش بيشتغل|مشكل~|(?:خصم|انخصم|سحب|انسحب|دفعت|اندفع)~ مرتين|مرتين|تعطل~|معلق~|عالق~|ما (?:اقدر|قدرت) ادفع|لا استطيع الدفع|ما (?:انعمل|نجح|يمشي|يظهر|يضغط|تنقبل|اقدر|فيه طلب|تشتغل)|بس الطلب|لسه|بانتظار|انخصم~|راحت|(?:مش|مو) (?:راضي|ظاهر|نفس)|يفشل|ينرفض|انحظر~|علق|غلط|زياده|اكثر من|غير ناجح|انتهت مهله|يقفل|تهنج|انحسب~',
    fine: '(?:ما ?في|لا|مو|مش|بدون) مشكل~|علي (?:مرتين|دفعتين)',
  },
  tr: {
    methods: {
      gift_card: 'hediye (?:kart~|ceki~|cek~)',
      cod: 'kapida (?:odeme~|nakit|kredi kart~|kart~|ode~)|kapida|nakit~|teslimatta (?:odeme|ode~)|elden (?:odeme|ode~)',
      installments: 'taksit~|vadeli',
      bank_transfer: 'havale~|eft~|banka transfer~|iban~|hesaba (?:yatir~|gonder~)',
      card: 'kart~|(?:kredi|banka) kart~|troy',
    },
    masks: 'kartus~|kartpostal~|kartal~|kartvizit~|karton~|kartel~|karting~|(?:hafiza|sd|micro sd|ekran|ses|sim|oyun|uye|uyelik|indirim|sadakat) kart~|(?:sorun|problem) (?:yok|degil)|kart(?:im)? yok|kartsiz',
    howToPay: 'nasil (?:odeme yap~|ode~)|odeme (?:yontem~|secenek~|sekl~|sekil~|yol~|tur~|nasil|imkan~|arac~)|ne(?: ile|yle) (?:odeme|ode)~|hangi (?:odeme|kart|banka)~|nereden ode~|(?:odemeyi|odeme) nasil',
    failure: 'basarisiz~|reddedil~|reddet~|hata~|gecmedi|gecmiyor(?! mu)|olmadi|olmuyor(?! mu)|calismiyor(?! mu)|calismadi|(?:iki|2) (?:kez|kere|defa) (?:cekil~|cek~|odeme~|ode~|tahsil~|para)|cift (?:cekim|odeme|tahsilat)|sorun~|problem~|odeyemiyorum|odeyemedim|(?:odeme )?yapamiyorum|(?:odeme )?yapamadim|onaylanm~|kabul (?:etmiyor|etmedi|edilmedi|edilmiyor)|takildi|bloke|gecersiz|ama|bekleniyor|beklemede|tamamla(?:n|ya)m~|olusmadi|gorunmuyor|odenmedi|gelmiyor|acilmiyor|kapaniyor|donuyor|yukleniyor|basilmiyor|alinmiyor|onaylamiyor|fazla~|mukerrer|yanlis|garip|ayni degil|suresi doldu|koptu|yetersiz|kesildi|iki kez|~(?:amiyor|emiyor|amadi|emedi)~|cikmiyor|gozukmuyor',
    fine: '(?:sorun|problem) (?:yok|degil)|sorunsuz',
  },
  id: {
    methods: {
      gift_card: 'kartu (?:hadiah|kado)|voucher (?:belanja|hadiah)',
      cod: 'cod|c\\.o\\.d\\.?|bayar (?:di ?tempat|pas (?:barang )?(?:sampai|sampe|dateng|datang|nyampe)|ke kurir|sama kurir|di rumah)|tunai|cash',
      installments: 'cicil~|nyicil|dicicil|(?<!kartu )kredit|pay ?later|spaylater|akulaku|kredivo|angsuran',
      bank_transfer: 'transfer~|tf|trf|tranfer|virtual account|rekening|m banking|bca|mandiri|bni|bri',
      dana: '(?<=(?:pake|pakai|pk|via|lewat|dgn|dengan|bayar|byr|pembayaran|e ?wallet|aplikasi|app|atau|sama|ovo|gopay|shopee ?pay|,|/) ?)dana(?:nya)?|dana(?= ?(?:atau|sama|dan|,|/) ?(?:ovo|gopay|shopee))|dana(?= bisa (?:ga|gak|gk|nggak|ngga|tidak|ya))|dana(?= ?\\?)',
      card: 'kartu~|kartu (?:kredit|debit|atm)|kk|cc|debit',
    },
    masks: 'kartu (?:memori|sd|sim|perdana|ucapan|nama|grafis|identitas|keluarga|pelajar|mahasiswa|member|anggota)|ktp|memory card|micro sd|vga|(?:gak|ga|gk|nggak|ngga|tidak|tdk) punya kartu|tanpa kartu',
    howToPay: '(?:gimana|bagaimana|gmn|gmna|gmana|caranya|cara) (?:cara )?(?:bayar~|pembayaran~|membayar|byr)|metode (?:pembayaran~|bayar)|pembayaran(?:nya)? (?:apa aja|apa saja|gimana|bagaimana|gmn|lewat apa|via apa|pake apa|bisa apa|bisa pake apa)|bayar(?:nya)? (?:pake|pakai|lewat|via|dgn|dengan|bisa pake) apa|bisa bayar (?:pake|pakai|lewat|via) apa|(?:opsi|pilihan|jenis) (?:pembayaran|bayar)|bayar(?:nya)? (?:gimana|bagaimana|gmn|dimana|di mana)|payment(?:nya)? apa',
    failure: 'gagal~|ditolak|tertolak|error|eror|erorr|(?:gak|ga|gk|nggak|ngga|tidak|tdk|gabisa|gbs) (?:bisa )?(?:bayar|dibayar|masuk|berhasil|jalan|diproses|terproses|dipake|dipakai|digunakan)|gabisa (?:bayar|dipake)|belum masuk|(?:kepotong|terpotong|ditagih|kena potong|kena tagih|bayar) (?:dua|2) ?(?:kali|x)|double (?:bayar|potong|charge|tagihan)|dobel|(?:kepotong|terpotong) tapi|(?:udah|sudah) (?:kepotong|terpotong)|masalah|bermasalah|kendala|nyangkut|pending|stuck|tidak berfungsi|(?:gak|ga|gk|nggak|ngga|tidak|tdk) (?:bisa|lolos|diterima|valid|muncul|dateng|datang|kebaca|kebuat|sama)|tapi (?:status|masih|belum|dibilang|order|pesanan)|masih menunggu|belum (?:dibayar|dikonfirmasi)|dibilang belum|salah|expired|habis|blank|force close|diblokir|lebih (?:dari|mahal)|beda|2x|dua kali|muter terus|kena charge|ketagih',
    fine: '(?:gak|ga|gk|nggak|ngga|tidak|tdk) (?:masalah|papa|apa apa)|gpp',
  },
  vi: {
    methods: {
      gift_card: 'thẻ quà tặng|phiếu quà tặng|voucher quà tặng',
      cod: 'ship cod|cod|thanh toán khi nhận(?: hàng)?|nhận hàng (?:rồi )?(?:mới )?(?:trả|thanh toán)|tiền mặt|giao hàng thu tiền|(?:tt|trả) khi nhận(?: hàng)?',
      installments: 'trả góp|góp 0|home paylater|fundiin|kredivo',
      bank_transfer: 'chuyển khoản|ck(?= ?(?:được|đc|dc|trước|qua|cho shop|luôn|ngân hàng|bank|ko|k|không|hay|hoặc)(?![a-zà-ỹ]))|chuyển tiền|internet banking|banking|stk|số tài khoản',
      card: '=thẻ(?: (?:tín dụng|ngân hàng|atm|visa|ghi nợ|debit|credit|nội địa|quốc tế))?|the (?:tin dung|ngan hang|atm|visa|ghi no|debit|credit|noi dia|quoc te)|(?:quẹt|bằng|qua|dùng|xài) thẻ(?! nào)|atm|napas',
    },
    masks: '=thẻ (?:nhớ|sim|cào|điện thoại|thành viên|tích điểm|sd|game|bảo hành|căn cước|xe)|the (?:nho|sim|cao|dien thoai|thanh vien|tich diem|sd)|micro sd|(?:không|ko|k) có thẻ',
    howToPay: 'thanh toán (?:như thế nào|thế nào|sao|kiểu gì|bằng gì|bằng cách nào|ra sao|ntn|qua đâu|ở đâu|như nào|làm sao|bằng những gì|qua những gì|được bằng gì)|(?:phương thức|hình thức|cách|phương án|các hình thức|các cách|kênh) thanh toán|trả tiền (?:thế nào|sao|bằng gì|như nào|ntn|kiểu gì)|làm (?:sao|thế nào) (?:để )?thanh toán|tt (?:sao|ntn|thế nào|bằng gì|kiểu gì|như nào)|cách tt|trả bằng gì',
    failure: '=lỗi|(?:bị|báo|giao dịch|thanh toán) lỗi|lỗi (?:rồi|thanh toán|giao dịch|thẻ)|=không (?:được|thành công|qua|vào)|khong (?:duoc|thanh cong)|(?:ko|k|hok|hông|hong|kh|khg|kg) (?:được|đc|thành công)|=(?:ko|k|hok|hông|kh|khg|kg) (?:qua|vào)|thất bại|(?:bị )?từ chối|trừ (?:tiền )?(?:2|hai) lần|bị trừ tiền|trừ tiền (?:rồi|mà)|treo|trục trặc|có vấn đề|bị sao|(?:không|ko|k|hok|hông|kh|khg|kg) (?!biết|bít|bik|có )(?:[^\\s]+ ){0,4}(?:được|đc)(?! (?:à|hả|hở|sao))|rồi mà|mà vẫn|vẫn (?:chờ|chưa)|báo chưa|chưa (?:xác nhận|hoàn tất)|chờ (?:thanh toán|xác nhận)|=sai|nhầm|hết hạn|hết thời gian|=văng|quay vòng|đứng hình|=chặn|không có phản hồi|không nhận được|không khớp|=dư|=lạ|(?:2|hai) lần',
    fine: '(?:không|ko|k) sao|(?:không|ko|k) (?:có )?vấn đề|(?:không|ko|k) (?:được|đc) (?:à|hả|hở|sao)(?![a-zà-ỹ])',
  },
};

/** Methods looked for in this order, each one's words blanked once found: the longer phrases first. */
const ORDER: readonly PaymentMethod[] = [
  'gift_card', 'cod', 'installments', 'dana', ...PAYMENT_METHODS.filter((m) => !['gift_card', 'cod', 'installments', 'dana', 'bank_transfer', 'card'].includes(m)),
  'bank_transfer', 'card',
];

/** Endings a brand takes in languages that write them onto it ("paypal'la", "пейпалом", "gopaynya"). */
const BRAND_ENDINGS: Record<string, string> = { tr: "(?:'?\\p{L}{1,4})?", ru: '\\p{L}{0,3}', id: '(?:nya)?' };
/** Spaces in method names also match hyphens ("apple-pay"); Arabic prefixes only around Arabic-script words. */
const PAYMENT_WORDS = { hyphens: true, arabicScriptOnly: true } as const;


interface CompiledLanguage {
  methods: [PaymentMethod, Matcher][];
  masks: Matcher;
  howToPay: Matcher;
  failure: Matcher;
  fine: Matcher;
}

const compiled = new Map<string, CompiledLanguage>();

/** The language's own words, with English and the brands: shoppers mix them in everywhere. */
function compiledFor(lang: string): CompiledLanguage {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const own = WORDS[lang];
  const sets = own && lang !== 'en' ? [own, WORDS.en!] : [WORDS.en!];
  const pick = (f: (w: LanguageWords) => string | undefined) => sets.map(f).filter((s): s is string => Boolean(s));
  const c: CompiledLanguage = {
    methods: ORDER.map((m) => {
      const words = pick((w) => w.methods[m]);
      const local = LOCAL_BRANDS[m];
      const brand = EVERYWHERE[m] ?? (local?.langs.includes(lang) ? local.words : undefined);
      const parts = [matcher(words, lang, PAYMENT_WORDS), ...(brand ? [matcher([brand], lang, { ...PAYMENT_WORDS, ending: BRAND_ENDINGS[lang] ?? '' })] : [])];
      return [m, joinMatchers(parts)] as [PaymentMethod, Matcher];
    }).filter(([, m]) => m.plain ?? m.marked),
    masks: matcher(pick((w) => w.masks), lang, PAYMENT_WORDS),
    howToPay: matcher(pick((w) => w.howToPay), lang, PAYMENT_WORDS),
    failure: matcher(pick((w) => w.failure), lang, PAYMENT_WORDS),
    fine: matcher(pick((w) => w.fine), lang, PAYMENT_WORDS),
  };
  compiled.set(lang, c);
  return c;
}

const distance = (a: Span, b: Span): number => Math.max(0, a.index - b.end, b.index - a.end);

/**
 * What a message says about paying: `{ methods: ['paypal'], howToPay: false, failure: false }` for "can I pay
 * with PayPal?", `{ methods: [], howToPay: true, … }` for "как оплатить?", `failure: true, failed: ['paypal']`
 * for "I paid with PayPal but it failed". `lang` is a base language or a locale (`zh-CN`); English words and
 * brand names count in every language.
 */
export function paymentQuestion(text: string, lang: string): PaymentQuestion {
  const base = languageOf(lang);
  const words = compiledFor(WORDS[base] ? base : 'en');
  const raw = prepare(text, base);
  let prepared = blank(raw, spans(raw, words.masks));
  const howToPay = spans(prepared, words.howToPay).length > 0;
  const cues = spans(blank(prepared, spans(prepared, words.fine)), words.failure);
  const named: { method: PaymentMethod; at: Span[] }[] = [];
  for (const [method, m] of words.methods) {
    const at = spans(prepared, m);
    if (at.length === 0) continue;
    named.push({ method, at });
    prepared = blank(prepared, at);
  }
  named.sort((a, b) => a.at[0]!.index - b.at[0]!.index);
  const failure = cues.length > 0;
  const near = named.map(({ method, at }) => ({ method, d: Math.min(...at.flatMap((a) => cues.map((c) => distance(a, c)))) }));
  const nearest = Math.min(...near.map((n) => n.d));
  return {
    methods: named.map((n) => n.method),
    howToPay,
    failure,
    failed: failure ? near.filter((n) => n.d === nearest).map((n) => n.method) : [],
  };
}
