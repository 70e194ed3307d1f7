/**
 * Questions the attributes do not cover ("is it mechanical?", "白浮きしますか", "does it leave a white cast?"):
 * answered from the product's own description in the shopper's language, when one of its sentences clearly says
 * it. The question's key terms (what is left without question words, pronouns, general shop words and the
 * product's own name) are looked for in each sentence, inflected ("leaves", "механической", "makinesinde") and
 * through a few synonyms per language ("plane" / "flight"); a sentence that holds every one is quoted. A
 * question whose terms no sentence holds is one the shop's information does not answer: never a "no".
 *
 * Scripts written without spaces (Chinese, Japanese, Thai) are cut by `Intl.Segmenter`; a term is a word, in
 * Japanese and Thai the run of pieces between question words ("白浮き" in "白浮きしますか"), found when most of it
 * appears in the sentence.
 */
import { foldWord } from '../nlu/entities-product-units.js';
import { isGrammarWord } from '../nlu/entities-product-lang.js';
import { languageOf, normalizeText } from '../nlu/tokenize.js';
import type { Product } from './types.js';

/** Written without spaces: terms are segments, found by how much of them a sentence holds. */
const UNSPACED = new Set(['zh', 'ja', 'th']);
/** Where the segmenter cuts words into pieces ("白" "浮き", "เม" "คา" "นิ" "คอล"): a term is the run of pieces between stop words. */
const RUNS = new Set(['ja', 'th']);
/** The shortest piece of an unspaced term that counts as found (Thai letters are often vowels and tones). */
const MIN_PIECE: Readonly<Record<string, number>> = { zh: 2, ja: 2, th: 3 };
/** How much of an unspaced term a sentence must hold. */
const COVERAGE = 0.7;

/**
 * A key term of a question. `name`: the product's own name or keywords hold it, so it is no question of its own
 * ("mechanical" of the Mechanical Keyboard K7 may still be asked about). `reference`: it names the product rather
 * than asks anything: a model code of its name ("K7") or a word its name shares with products of its kind
 * ("keyboard", "bàn phím").
 */
export interface Term {
  text: string;
  name: boolean;
  reference: boolean;
}

/** What names the product asked about: its own name and keywords, and those of the other products of its category. */
export interface ProductContext {
  product: Product;
  siblings: readonly Product[];
}

/** Languages whose accents tell words apart ("cơ" is mechanical, "có" has): compared with them when typed with them. */
const MARKED = new Set(['vi']);

const hasMarks = (w: string): boolean => w.normalize('NFD') !== w.normalize('NFD').replace(/\p{M}/gu, '') || /đ/i.test(w);

/** A word as compared: lower case, without accents, unless the language tells words apart by them and they were typed. */
function fold(word: string, lang: string, marked = false): string {
  // Hangul is kept composed: its endings are matched as syllables ("기계식인가요" → "기계식").
  return marked || lang === 'ko' ? normalizeText(word, lang) : foldWord(normalizeText(word, lang));
}

/** Whether a term is compared with its accents (Vietnamese typed with them). */
const keepsMarks = (word: string, lang: string): boolean => MARKED.has(lang) && hasMarks(word);

const words = (text: string, lang: string, marked = false): string[] => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => fold(w, lang, marked));

function segments(text: string, lang: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (s.isWordLike) out.push({ text: s.segment, index: s.index });
  return out;
}

interface Compiled {
  /** Stop words as `fold` writes them; `marked`, Vietnamese ones with their accents, for words typed with them. */
  stops: Set<string>;
  marked: Set<string>;
  /** Korean and Turkish endings, stripped before a word is compared. */
  endings: RegExp | undefined;
  /** Groups of words one may be asked with and the other written: with their accents, and (`plain`) as `fold` writes them. */
  synonyms: string[][];
  plainSynonyms: string[][];
}

const compiledWords = new Map<string, Compiled>();

function compiled(lang: string): Compiled {
  let c = compiledWords.get(lang);
  if (!c) {
    const w: DescriptionWords = DESCRIPTION_WORDS[lang] ?? { stops: '' };
    const list = w.stops.split(/\s+/).filter(Boolean);
    const form = (x: string, marked = false) => (UNSPACED.has(lang) ? normalizeText(x, lang) : x.split(' ').map((y) => fold(y, lang, marked && keepsMarks(y, lang))).join(' '));
    const groups = (w.synonyms ?? []).map((g) => g.split('|'));
    c = {
      stops: new Set(list.map((x) => form(x))),
      marked: new Set(MARKED.has(lang) ? list.filter(hasMarks).map((x) => fold(x, lang, true)) : []),
      endings: w.endings ? new RegExp(`(?:${w.endings})$`, 'u') : undefined,
      synonyms: groups.map((g) => g.map((x) => form(x, true))),
      plainSynonyms: groups.map((g) => g.map((x) => form(x))),
    };
    compiledWords.set(lang, c);
  }
  return c;
}

/** A stop word: Vietnamese typed with accents is looked up with them ("cơ" is none, "có" is one). */
function isStop(raw: string, lang: string, c: Compiled): boolean {
  if (keepsMarks(raw, lang)) return c.marked.has(fold(raw, lang, true));
  const w = fold(raw, lang);
  return wordForms(w, lang, c).some((f) => c.stops.has(f)) || isGrammarWord(lang, w, raw);
}

/** A word without the endings a language sticks onto it ("기계식인가요" → "기계식"), never shorter than two letters. */
function stem(word: string, lang: string, c: Compiled): string {
  if (!c.endings) return word;
  let w = word;
  for (let i = 0; i < 2; i++) {
    const m = c.endings.exec(w);
    if (!m || w.length - m[0].length < 2) break;
    w = w.slice(0, -m[0].length);
  }
  return w;
}

/** How far words may differ and still be one word inflected, per language: letters changed at the end, letters added. */
const INFLECTION: Readonly<Record<string, [change: number, added: number]>> = {
  en: [1, 3], de: [2, 14], fr: [2, 3], es: [2, 3], pt: [2, 3], it: [2, 3], ru: [3, 4], tr: [4, 7], id: [1, 4], ar: [2, 3], ko: [1, 4], vi: [0, 0],
};

/** True when `a` and `b` are one word as shoppers inflect it ("leave" / "leaves", "механическая" / "механической"). */
export function sameWord(a: string, b: string, lang: string): boolean {
  if (a === b) return true;
  const [change, added] = INFLECTION[lang] ?? [1, 2];
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const min = lang === 'ko' ? 2 : lang === 'ar' ? 3 : 4;
  if (s.length < min) return false;
  let cp = 0;
  while (cp < s.length && s[cp] === l[cp]) cp++;
  if (cp === s.length) return l.length - s.length <= added || (lang === 'de' && s.length >= 6);
  return cp >= min && cp >= s.length - change && l.length - cp <= change + added;
}

/** Indonesian words without the affixes that build them ("pencuci" → "cuci", "dibawa" → "bawa"). */
function idStem(w: string): string {
  return w.replace(/(?:nya|kan|lah|an)$/u, '').replace(/^(?:pen(?=c)|peng|pem|pe|men(?=c)|meng|mem|me|di|ber|ter|ke|se)(?=\p{L}{4})/u, '');
}

function wordForms(w: string, lang: string, c: Compiled): string[] {
  const s = stem(w, lang, c);
  return [...new Set([w, s, ...(lang === 'id' ? [idStem(w)] : [])])];
}

/** The key terms of a question (`prepared`: normalized, the words the attributes answered blanked). */
export function questionTerms(prepared: string, locale: string, context?: ProductContext): Term[] {
  const lang = languageOf(locale);
  const c = compiled(lang);
  const own = context ? productVocabulary(context.product, locale) : '';
  const kind = context ? context.siblings.filter((p) => p.id !== context.product.id).map((p) => productVocabulary(p, locale)).join(' \u00b7 ') : '';
  if (UNSPACED.has(lang)) {
    const has = (text: string, target: string) => Boolean(target) && (/^[a-z0-9]+$/.test(text) ? target.includes(text) : covered(text, target, lang) >= COVERAGE);
    return unspacedRuns(normalizeText(prepared, lang), lang, c).map((text) => {
      const name = has(text, own);
      return { text, name, reference: name && (/\d/.test(text) || has(text, kind)) };
    });
  }
  const forms = (text: string, marked: boolean) => (text ? words(text, lang, marked).flatMap((w) => wordForms(w, lang, c)) : []);
  const plain = { own: forms(own, false), kind: new Set(forms(kind, false)) };
  const marked = MARKED.has(lang) ? { own: forms(own, true), kind: new Set(forms(kind, true)) } : plain;
  const terms: Term[] = [];
  for (const raw of (prepared.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])) {
    if (isStop(raw, lang, c)) continue;
    const w = fold(raw, lang, keepsMarks(raw, lang));
    if (/^\d+$/.test(w) || (w.length < 2 && !/\d/.test(w))) continue;
    const asked = wordForms(w, lang, c);
    // Vietnamese typed with its accents is compared with them: "cơ" (mechanical) is not the "có" (has) of another name.
    const { own: ownWords, kind: kindWords } = keepsMarks(raw, lang) ? marked : plain;
    const mine = ownWords.filter((k) => asked.some((f) => sameWord(f, k, lang)));
    const name = mine.length > 0;
    terms.push({ text: w, name, reference: name && (/\d/.test(w) || mine.some((k) => kindWords.has(k))) });
  }
  return terms;
}

/** The words of an unspaced script that are no stop words; in Japanese and Thai, runs of them ("白浮き" in "白浮きしますか"). */
function unspacedRuns(text: string, lang: string, c: Compiled): string[] {
  const runs: string[] = [];
  let run = '';
  let end = -1;
  for (const s of segments(text, lang)) {
    const stop = c.stops.has(s.text) || /^\d+$/.test(s.text);
    if (stop || s.index !== end || !RUNS.has(lang)) {
      if (run) runs.push(run);
      run = '';
    }
    if (!stop) run += s.text;
    end = s.index + s.text.length;
  }
  if (run) runs.push(run);
  return runs.filter((r) => r.length >= (MIN_PIECE[lang] ?? 2) || /[a-z0-9]/.test(r));
}

/**
 * Whether `text` is written in `locale`'s language rather than in English: it holds one of the language's own
 * question or function words, or its script ("la crème convient aux peaux ?" is French, "aux" no aux cable).
 */
export function writtenIn(text: string, locale: string): boolean {
  const lang = languageOf(locale);
  if (lang === 'en' || !LATIN_ONLY.test(text)) return true;
  if (!LATIN_LANGUAGES.has(lang)) return false;
  const own = compiled(lang);
  const english = compiled('en');
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).some((w) => own.stops.has(fold(w, lang)) && !english.stops.has(fold(w, 'en')));
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u;
const LATIN_LANGUAGES = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'vi', 'id', 'tr']);

/** Everything the product's own name and keywords say, in the shopper's language and in English. */
export function productVocabulary(product: Product, locale: string): string {
  const lang = languageOf(locale);
  const texts = [product.name[locale], product.name.en, ...(product.keywords[locale] ?? []), ...(product.keywords.en ?? [])].filter((t): t is string => Boolean(t));
  return texts.map((t) => normalizeText(t, lang)).join(' \u00b7 ');
}

/** The share of `term` that `target` holds in pieces of at least MIN_PIECE letters. */
function covered(term: string, target: string, lang: string): number {
  const min = MIN_PIECE[lang] ?? 2;
  let hit = 0;
  for (let i = 0; i < term.length;) {
    let len = 0;
    for (let l = term.length - i; l >= min; l--) {
      if (target.includes(term.slice(i, i + l))) {
        len = l;
        break;
      }
    }
    hit += len;
    i += Math.max(len, 1);
  }
  return term.length ? hit / term.length : 0;
}

/** Whether a term (or one of its synonyms) is in a text: words compared as inflected, unspaced scripts by coverage. */
function holds(term: Term, text: string, lang: string): boolean {
  const c = compiled(lang);
  if (UNSPACED.has(lang)) {
    const norm = normalizeText(text, lang);
    if (covered(term.text, norm, lang) >= COVERAGE) return true;
    return c.synonyms.some((g) => g.some((m) => covered(term.text, m, lang) >= COVERAGE) && g.some((m) => norm.includes(m)));
  }
  const marked = keepsMarks(term.text, lang);
  const ws = words(text, lang, marked).flatMap((w) => wordForms(w, lang, c));
  const forms = wordForms(term.text, lang, c);
  if (forms.some((f) => ws.some((w) => sameWord(f, w, lang)))) return true;
  const joined = ` ${words(text, lang, marked).join(' ')} `;
  const synonyms = marked ? c.synonyms : c.plainSynonyms;
  return synonyms.some((g) => g.some((m) => !m.includes(' ') && forms.some((f) => sameWord(f, m, lang)))
    && g.some((m) => (m.includes(' ') ? joined.includes(` ${m} `) : ws.some((w) => sameWord(m, w, lang)))));
}

/** The description's sentences, in the order it has them. */
function sentences(text: string, locale: string): string[] {
  return [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/**
 * The sentence of the product's description (in `locale`) that says what the `terms` ask: every term the
 * product's name does not hold is in it, and so is at least one term. The sentence holding most terms wins, then
 * the shortest. `undefined` when no sentence says it.
 */
export function describedSentence(terms: readonly Term[], product: Product, locale: string): string | undefined {
  const lang = languageOf(locale);
  const description = product.description[locale];
  const asked = terms.filter((t) => !t.reference);
  if (!description || asked.length === 0) return undefined;
  const name = productVocabulary(product, locale);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of sentences(description, locale)) {
    const inSentence = asked.map((t) => holds(t, sentence, lang));
    const ok = asked.every((t, i) => inSentence[i] || (t.name && holds(t, name, lang)));
    const score = inSentence.filter(Boolean).length;
    if (!ok || score === 0) continue;
    if (!best || score > best.score || (score === best.score && sentence.length < best.sentence.length)) best = { sentence, score };
  }
  return best?.sentence;
}

/**
 * Per base language: `stops`, words that ask nothing of their own (question words, pronouns, "can", "use",
 * "good for", and general shop words: price, stock, details, which get the details); `endings` stuck onto words
 * (Korean particles and endings, Turkish question particles); `synonyms`, groups of words a description may say
 * for the shopper's ("plane" / "flight"), a space between the words of a phrase.
 */
interface DescriptionWords {
  stops: string;
  endings?: string;
  synonyms?: string[];
}

const DESCRIPTION_WORDS: Record<string, DescriptionWords> = {
  en: {
    stops: `a an the is are was were be been am do does did have has had can could will would should may might must it its it's itself this that
      these those they them their there here i me my you your we our us he she his her what which who how if whether or and but so also too very
      really just only any some much many more lot lots of to for with from in on at by about as into up out off than then please pls plz thanks
      thank hi hey ok okay yes no not dont doesnt isnt arent cant wont get gets got go goes going come comes came make makes made use used using
      work works working take takes taking put good fine great nice well bad better best right real actually still yet already even again tell
      know want need like looking look see show give let one ones thing stuff kind sort type version model product item items price cost costs
      stock available availability details detail info information spec specs feature features review reviews rating worth buy order shipping
      delivery ship new say says said worth quality when whats difference different between bring allowed back yet mention im u ur y ya yeah yep anything something suitable suit suits able`,
    synonyms: [
      'plane|planes|airplane|aeroplane|flight|flights|aircraft|flying|fly|carry on|hand luggage', 'dishwasher|dishwashers', 'microwave|microwaves',
      'gift|gifts|present|presents|gifting', 'travel|travelling|traveling|trip|trips|journey', 'wireless|cordless|bluetooth', 'mic|microphone',
      'quiet|silent|noiseless|silently', 'kid|kids|child|children', 'run|running|jog|jogging', 'gym|workout|workouts|training|exercise',
      'scent|fragrance|perfume|perfumed|scented', 'backlight|backlit|backlighting|light up', 'fold|folds|foldable|folding|collapsible',
      'leak|leaks|leakproof|spill|spills', 'stove|stovetop|hob', 'makeup|make up', 'whitecast|white cast', 'yellow|yellowing', 'camp|camping',
      'hike|hikes|hiking|trekking', 'cup holder|cupholder|cup holders',
    ],
  },
  zh: {
    stops: `这 这个 這個 这款 這款 这种 這種 那 那个 那個 它 它们 它們 吗 嗎 呢 吧 啊 呀 哦 么 麼 了 的 得 地 是 不是 是不是 有 没有 沒有 有没有 有沒有
      能 能不能 可以 可不可以 会 會 会不会 會不會 不 请问 請問 我 你 你们 你們 我们 我們 用 怎么样 怎麼樣 好 好不好 适合 適合 多少 几 幾 什么 什麼 啥 哪
      哪个 哪個 怎么 怎麼 如何 要 想 请 請 问 問 一下 还 還 也 都 很 太 款 个 個 件 双 雙 台 价格 價格 钱 錢 库存 庫存 有货 有貨 现货 現貨 详情 詳情
      介绍 介紹 参数 參數 值得 评价 評價 买 買 对 對 和 跟 与 與 或 或者 还是 還是 放 带 帶 上 在 里 裡 进 進 过 過 做 用来 用來 使用 行 ok 吗？ 呢？
      能用 可用 嘛 呗 呃 嗯 亲 親 么样 样 樣 值 值不值 质量 質量 品质 品質 耐用 能进 可以进 放进 进去 能放 可以放 能带 可以带 给 給 到 去 来 來 里面 裡面`,
    synonyms: ['飞机|飛機|航班|登机|登機', '洗碗机|洗碗機', '微波炉|微波爐', '礼物|禮物|送礼|送禮|礼盒|禮盒', '旅行|出行|旅游|旅遊|出差', '泛白|白浮|假白'],
  },
  ja: {
    stops: `は が の を に で も と や へ から まで より って て た だ です ます でし ました ません か ね よ な し する します してる してます している
      い ない ある あり あります いる できる できます でき 使 え 使え 使う 使い 使える これ それ あれ この その あの こちら そちら どう どの どれ 何 なに
      どんな いくら ください 教え 教えて ok 大丈夫 可能 でしょう 値段 価格 在庫 詳細 詳しく スペック 評価 レビュー おすすめ 買い 買う 商品 ほしい 欲しい
      ん の ? 入れ 入れて 入れる め 込 持ち 持っ いい 良い 向い 向き 合う 合い 対応 ok 価値 品質`,
    synonyms: ['飛行機|機内|フライト', '食洗機|食器洗い', '電子レンジ|レンジ', 'プレゼント|ギフト|贈り物', '旅行|旅|出張'],
  },
  th: {
    stops: `ไหม มั้ย มั๊ย ไม๊ หรือเปล่า เปล่า หรือไม่ ได้ ไม่ มี เป็น คือ ใช่ ครับ คับ ค่ะ คะ ค่า นะ จ้า จ๊ะ อัน นี้ นั้น ตัว นี่ ของ แบบ หรือ ใช้ เหมาะ
      กับ ที่ และ ว่า อะไร ยังไง อย่างไร ไหน บ้าง จะ ก็ สามารถ ราคา เท่าไหร่ เท่าไร กี่ บาท สินค้า รายละเอียด สเปค รีวิว ดี เอา ขอ หน่อย ช่วย บอก อยาก
      รุ่น เข้า ใส่ ไป มา ให้ แล้ว ยัง มั้ยคะ ไหมคะ ไหมครับ คุ้ม คุณภาพ ต้อง`,
    synonyms: ['เครื่องบิน|ขึ้นเครื่อง|บนเครื่อง', 'เครื่องล้างจาน', 'ไมโครเวฟ', 'ของขวัญ|ของฝาก', 'เดินทาง|ท่องเที่ยว|ทริป'],
  },
  ko: {
    stops: `이거 그거 저거 이 그 저 이건 그건 저건 제품 상품 거 것 뭐 뭔가 무슨 어떤 어때 어때요 어떤가요 있어요 있나요 있어 있음 있습니까 없어요 없나요
      되나요 돼요 되요 돼 될까요 되는지 가능 가능한가요 가능해요 할 수 있을까요 써도 쓸 써 써요 사용 사용해도 사용할 괜찮 괜찮아요 괜찮나요 좋아요 좋나요
      좋은가요 좋은지 혹시 좀 정말 진짜 너무 많이 얼마 얼마나 얼마예요 가격 재고 정보 상세 스펙 리뷰 후기 추천 알려 알려주세요 궁금 궁금해요 하나요 해요 해
      안 못 넣어도 넣어 넣을 들고 가지고 타도 탈 돼요? 맞나요 맞아요 인가요 이에요 예요 에요 요 품질 살만해요 살만한가요 생겨요 생기나요 들어와요 들어가요 돌려도 바르면 발라도 쓰면 넣어도 해도 하면 해야 하는 있는`,
    endings: '인가요|인가|이에요|예요|에요|이야|이죠|인지|이나요|나요|가요|어요|아요|해요|돼요|되나요|되요|있어요|있나요|없어요|도|은|는|이|가|을|를|에|에서|에도|만|으로|로|와|과|랑|이랑|하고|의|요',
    synonyms: ['비행기|기내|항공', '식기세척기|식세기', '전자레인지', '선물|기프트', '여행|출장'],
  },
  es: {
    stops: `el la los las un una unos unas lo le les se me te nos mi mis tu tus su sus es son esta estan ser estar era fue hay tiene tienen tengo tienes
      tener puede puedo pueden puedes poder sirve sirven servir va van ir que cual cuales como cuanto cuanta donde cuando porque por para con sin de
      del al a en y o u e ni pero si no muy mas menos bien bueno buena mal algo nada todo este esto estos estas ese esa eso esos esas producto
      articulo modelo version precio cuesta vale stock disponible existencias detalles info informacion caracteristicas especificaciones opiniones
      comprar pedido envio usar uso utilizar meter poner llevar favor porfa hola gracias oye ok sea hacer hace tambien ya aun solo apto apta aptos
      aptas adecuado adecuada recomendable recomiendas pena calidad tal viene vienen trae traen usa tienda`,
    synonyms: ['avion|aviones|vuelo|vuelos|volar|cabina', 'lavavajillas|lavaplatos', 'microondas', 'regalo|regalar|regalos', 'viaje|viajes|viajar',
      'inalambrico|inalambricos|bluetooth|sin cables', 'microfono|micro|mic', 'rastro blanco|residuo blanco|blanquecino|deja blanco|cast blanco'],
  },
  fr: {
    stops: `le la les l un une des du de d au aux a à ce cet cette ces c ca ça cela il elle ils elles on je j me m te t se s nous vous lui leur est sont
      etre es ai as avez avons ont y en ne pas n plus que qu quoi quel quelle quels quelles comment combien ou quand pourquoi et mais si oui non
      tres bien bon bonne mal peut peux pouvez pouvons peuvent pouvoir faut va vont aller fait faire passe passer mettre prendre utiliser utilise
      produit article modele version prix coute stock disponible dispo details infos info informations caracteristiques avis acheter commande
      livraison svp stp merci bonjour salut ok laisse laisser laissent aussi encore deja juste seulement avec sans pour par sur dans chez vers convient conviennent
      adapte adaptee adaptes adaptees compatible ok vaut valoir coup peine qualite plusieurs modeles rentre`,
    synonyms: ['avion|avions|vol|vols|cabine', 'lave vaisselle|lave-vaisselle', 'micro ondes|micro-ondes', 'cadeau|cadeaux|offrir',
      'voyage|voyages|voyager', 'sans fil|bluetooth', 'micro|microphone', 'traces blanches|trace blanche|blanchit|blanchir|effet blanc'],
  },
  de: {
    stops: `der die das den dem des ein eine einen einem einer eines kein keine er sie es ihr ihm ihn wir ich du man mein meine dein sein ist sind war
      waren bin bist hat haben habe hast hatte kann kannst konnen darf durfen muss soll sollte wird werden wurde gibt geben was wie welche welcher
      welches wo wann warum ob und oder aber auch noch schon nur sehr gut gute guter gutes schlecht ja nein nicht mal denn doch eigentlich bitte
      danke hallo hi ok okay fur mit ohne von vom zu zum zur in im an am auf aus bei nach uber unter produkt artikel modell version preis kostet
      kosten lager verfugbar details infos information informationen eigenschaften bewertungen kaufen bestellung versand lieferung nehmen mitnehmen
      benutzen verwenden geeignet passend tun machen rein hinein dabei damit hinterlasst hinterlassen lohnt lohnen wert qualitat ins aufs wieviel vorratig unterschied zwischen wieder`,
    synonyms: ['flugzeug|flug|fluge|handgepack|kabine', 'spulmaschine|spulmaschinenfest|spulmaschinengeeignet|geschirrspuler', 'mikrowelle|mikrowellengeeignet',
      'geschenk|geschenke|verschenken', 'reise|reisen|unterwegs', 'kabellos|bluetooth', 'mikro|mikrofon', 'weisseleffekt|weisseln|weisselt|weisse ruckstande|weissen film'],
  },
  ru: {
    stops: `это этот эта эти этого он она оно они его ее их мне меня я ты вы мы у в во на с со к ко по о об от до из за для без при под над и или а но
      да нет не ни ли же бы ведь что как какой какая какое какие сколько где когда почему зачем есть был была было были будет является можно
      нельзя могу может можете надо нужно ну вот очень хорошо хороший хорошая норм нормально подходит подоидет подходят годится поидет товар модель
      версия цена стоит стоимость наличие наличии доступно детали подробнее информация инфо характеристики отзывы купить заказ доставка
      использовать пользоваться брать взять положить класть мыть оставляет оставляют остается остаются качество качественныи стоящии расскажите расскажи чем отличаются отличается разница пожалуиста спасибо привет ок так тоже еще уже только просто`,
    synonyms: ['самолет|самолете|самолета|рейс|ручная кладь|ручнои клади|перелет', 'посудомоика|посудомоечнои|посудомоечная|посудомоике|посудомоику',
      'микроволновка|микроволновке|микроволновку|свч', 'подарок|подарка|подарить', 'поездка|поездках|путешествие|путешествии|поездки',
      'беспроводнои|беспроводная|беспроводные|bluetooth|блютуз', 'белые следы|белых следов|белыи след|белесыи|белит'],
  },
  pt: {
    stops: `o a os as um uma uns umas e é eh sao ser estar esta estao tem ter tenho pode posso podem poder vai vao ir da de do das dos na no nas nos em
      ao aos com sem pra pro para por pelo pela que qual quais como quanto quanta onde quando porque isso isto esse essa este ele ela eles elas eu
      voce vc vcs me meu minha seu sua se nao sim muito bem bom boa legal serve servem produto item modelo versao preco custa estoque disponivel
      detalhes info informacoes caracteristicas avaliacoes comprar pedido entrega frete usar levar colocar fica ficar oi ola obrigado obrigada ok
      tb tambem ainda ja so indicado indicada adequado adequada vale pena qualidade vem traz trazem usa stock original aguenta`,
    synonyms: ['aviao|avioes|voo|voos|bagagem de mao', 'lava louças|lava-louças|lava loucas|lava-loucas|lavalouças', 'micro ondas|micro-ondas|microondas',
      'presente|presentes|presentear', 'viagem|viagens|viajar', 'sem fio|bluetooth', 'microfone|mic', 'esbranquiçada|esbranquiçado|esbranquicada|esbranquicado|deixa branco|fica branco|branquinho'],
  },
  it: {
    stops: `il lo la i gli le l un uno una e è sono essere sta stato ha hanno avere ho puo posso possono potere va vanno andare di del della dei degli
      delle da dal dalla in nel nella con senza per su sul tra fra a al alla ai che chi cosa come quanto quanta quanti dove quando perche questo
      questa questi quelle quello quella lui lei loro io tu voi noi mi ti si ci ne non no molto bene buono buona adatto adatta adatti adatte
      prodotto articolo modello versione prezzo costa disponibile disponibilita dettagli info informazioni caratteristiche recensioni comprare
      ordine spedizione usare utilizzare portare mettere ciao grazie ok anche ancora gia solo com vale pena merita qualita piu sugli nello tornata tornato disponibili`,
    synonyms: ['aereo|aerei|volo|voli|bagaglio a mano', 'lavastoviglie', 'microonde', 'regalo|regali|regalare', 'viaggio|viaggi|viaggiare',
      'senza fili|wireless|bluetooth', 'microfono|mic', 'aloni bianchi|alone bianco|residui bianchi|effetto bianco|sbianca'],
  },
  vi: {
    stops: `có không ko k hông hem hả hở vậy à ạ nhé nha nhỉ được đc dc là cái này kia đó ấy nó mình tôi bạn em anh chị shop cho với của và hay hoặc thì
      mà thế nào sao gì bao nhiêu mấy bị dùng xài sử dụng mang đem để vào lên ra trong trên dưới các những một rất quá lắm tốt ok oke giá tiền còn
      hàng chi tiết thông tin review đánh giá mua đặt giao ship sản phẩm mẫu loại phù hợp
      co khong hong ha vay a nhe nha nhi duoc la cai nay kia ay no minh toi ban cho voi cua va hay hoac thi ma the nao sao gi bao nhieu bi dung xai
      su mang dem de vao len ra trong tren duoi cac nhung mot rat qua lam tot gia tien con hang chi tiet thong tin danh gia mua dat giao san pham
      loai phu hop dang chat luong di dau
      đáng chất lượng đi đâu`,
    synonyms: ['máy bay|may bay|chuyến bay|chuyen bay', 'máy rửa bát|may rua bat|máy rửa chén|may rua chen', 'lò vi sóng|lo vi song',
      'quà|qua tang|quà tặng|tặng', 'du lịch|du lich|đi chơi|di choi|công tác|cong tac', 'vệt trắng|vet trang|bết trắng|bị trắng|trắng bệch'],
  },
  id: {
    stops: `apa apakah ada gak ga nggak ngga enggak tidak tak bukan ya yah dong deh sih kah nih tuh ini itu yang dan atau dengan untuk buat bisa
      bisakah boleh dapat mau ingin aku saya kamu kak kakak gan min sis bro nya di ke dari pada juga aja saja sudah udah belum masih lagi banget
      sangat cukup bagus baik oke ok harga berapa stok ready tersedia detail info informasi spesifikasi spek review ulasan beli pesan kirim ongkir
      produk barang pakai pake dipakai dipake masuk bawa dibawa naik aman cocok worth kualitas ori original stock restock order pre tinggal`,
    synonyms: ['pesawat|penerbangan|kabin|bagasi', 'mesin cuci piring|dishwasher', 'microwave|oven microwave', 'hadiah|kado', 'traveling|travel|perjalanan|bepergian',
      'nirkabel|wireless|bluetooth', 'whitecast|white cast|putih|keputihan'],
  },
  ar: {
    stops: `هل ما ماذا شو ايش وش كم كيف وين اين متى ليش لماذا هذا هذه ذا ذي هاد هادا ده دي هو هي هم انا انت انتم احنا نحن في من الى على عن مع بدون ل ب
      و او ام يا ان انه انها لا نعم ايوه مش ليس كان يكون فيه فيها عنده عندها عندكم عندك يوجد موجود متوفر متوفره توفر يمكن ممكن اقدر يقدر تقدر
      استطيع مناسب مناسبه يناسب تناسب ينفع تنفع زين حلو جيد جيده كويس منتج سعر بكم تفاصيل معلومات مواصفات تقييم شراء اشتري طلب توصيل شحن
      استخدام استعمل استخدم اخذ اخذه اخذها ادخل يدخل تدخل حط اضع يترك تترك يخلي تخلي يستاهل تستاهل يستحق تستحق جوده ولا هادي معي شكرا مرحبا اوكي طيب بس كمان ايضا`,
    synonyms: ['طياره|طائره|طيران|رحله|الرحله', 'غساله الاطباق|غساله الصحون|جلايه', 'ميكروويف|مايكرويف', 'هديه|هدايا', 'سفر|السفر|رحلات',
      'لاسلكي|لاسلكيه|بلوتوث', 'اثر ابيض|اثرا ابيض|بياض|يبيض'],
  },
  tr: {
    stops: `bu şu o bunu şunu onu bunun bir ve veya ile ya da mı mi mu mü mısın misin mıdır midir var yok değil evet hayır ne nasıl hangi kaç nerede
      neden niye için gibi kadar çok daha en ama fakat de da ki ben sen biz siz onlar benim senin bana sana olur olabilir oluyor olan olarak oldu
      acaba lütfen teşekkürler merhaba selam tamam ok iyi güzel uygun uyar ürün model fiyat fiyatı para stok mevcut detay bilgi özellik yorum
      almak alabilir alır sipariş kargo kullan kullanılır kullanabilir kullanılabilir girer koy koyabilir miyim miyiz değer kalite kaliteli stokta stoğa stokları zaman`,
    endings: 'mi|mı|mu|mü|misin|mısın|midir|mıdır|dir|dır|dur|dür',
    synonyms: ['uçak|uçağa|uçakta|uçuş|kabin|el bagajı', 'bulaşık makinesi|bulaşık makinesine|bulaşık makinesinde', 'mikrodalga|mikrodalgada',
      'hediye|hediyelik', 'seyahat|yolculuk|gezi', 'kablosuz|bluetooth', 'beyaz iz|beyazlık|beyazlatma'],
  },
};
