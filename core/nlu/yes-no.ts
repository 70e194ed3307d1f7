/**
 * "Yes" and "no" as shoppers type them to a yes/no question, in the 15 languages: "yes pls", "да", "はい",
 * "네", "ใช่ค่ะ", "evet eminim", "نعم", "không cần", "nope". Only short messages count: "no, I want the black
 * one" is an answer of its own.
 */
import { languageOf, tokenize } from './tokenize.js';

const YES: Record<string, string[]> = {
  en: ['yes', 'yeah', 'yep', 'yup', 'ya', 'sure', 'ok', 'okay', 'y', 'confirm', 'correct', 'right', 'absolutely', 'definitely'],
  zh: ['是', '是的', '对', '对的', '好', '好的', '确定', '确认', '嗯', '行', '可以', '没错', '要'],
  ja: ['はい', 'うん', 'ええ', 'お願いします', 'おねがいします', 'お願い', 'そうです'],
  ko: ['네', '예', '응', '넹', '넵', '좋아요', '그래요', '맞아요', '해주세요'],
  th: ['ใช่', 'ได้', 'โอเค', 'ตกลง', 'เอา'],
  de: ['ja', 'jawohl', 'genau', 'klar', 'ok', 'okay', 'jep', 'jo', 'gerne', 'sicher'],
  fr: ['oui', 'ouais', 'ok', 'okay', 'daccord', "d'accord", 'bien sûr', 'volontiers', 'exact'],
  es: ['sí', 'si', 'claro', 'vale', 'ok', 'dale', 'por supuesto', 'correcto'],
  pt: ['sim', 'claro', 'pode', 'ok', 'isso', 'com certeza', 'beleza'],
  it: ['sì', 'si', 'certo', 'va bene', 'ok', 'esatto', 'volentieri'],
  ru: ['да', 'ага', 'конечно', 'давай', 'давайте', 'ок', 'угу', 'верно'],
  ar: ['نعم', 'ايوه', 'أيوه', 'اي', 'إي', 'تمام', 'اكيد', 'أكيد', 'أجل', 'ايوا'],
  tr: ['evet', 'tamam', 'olur', 'eminim', 'aynen', 'tabii', 'tabi'],
  id: ['ya', 'iya', 'yoi', 'boleh', 'oke', 'ok', 'yup', 'betul'],
  vi: ['có', 'vâng', 'ừ', 'ok', 'đúng', 'đúng rồi', 'được', 'dạ', 'ừm'],
};
const NO: Record<string, string[]> = {
  en: ['no', 'nope', 'nah', 'n', 'not really', 'no thanks', 'never mind', 'nevermind'],
  zh: ['不', '不是', '不要', '算了', '不用', '不用了', '别', '不了'],
  ja: ['いいえ', 'いや', 'やめ', 'やめて', '結構です', 'けっこうです', 'いらない', 'やっぱりいい'],
  ko: ['아니요', '아니', '아뇨', '됐어요', '괜찮아요', '싫어요', '아니에요'],
  th: ['ไม่', 'ไม่ใช่', 'ไม่ต้อง', 'ไม่เอา'],
  de: ['nein', 'ne', 'nö', 'nee', 'lieber nicht', 'doch nicht'],
  fr: ['non', 'pas besoin', 'non merci', 'laisse tomber'],
  es: ['no', 'nop', 'mejor no', 'no gracias'],
  pt: ['não', 'nao', 'melhor não', 'não obrigado', 'não obrigada'],
  it: ['no', 'meglio di no', 'no grazie', 'lascia stare'],
  ru: ['нет', 'неа', 'не надо', 'не нужно', 'не стоит'],
  ar: ['لا', 'لأ', 'مش لازم', 'لا شكرا', 'لا شكراً'],
  tr: ['hayır', 'hayir', 'yok', 'istemiyorum', 'vazgeçtim', 'gerek yok'],
  id: ['tidak', 'nggak', 'gak', 'ga', 'enggak', 'jangan', 'nope', 'ngga'],
  vi: ['không', 'ko', 'thôi', 'không cần', 'khỏi', 'hông'],
};

/** Words of politeness or emphasis a yes or no may come with ("yes please", "evet eminim", "ใช่ค่ะ"). */
const FILLER = new Set([
  'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'sure', 'do', 'it', 'go', 'ahead', 'i', 'am', "i'm", 'im',
  '请', '谢谢', '吧', '啊', '呀', 'です', 'ね', 'よ', 'お願いします', 'お願い', 'します', 'し', 'ます', 'ください', '요', '주세요', 'ค่ะ', 'คะ', 'ครับ', 'นะ', 'จ้า',
  'bitte', 'danke', 'merci', 'stp', 'svp', 'gracias', 'porfa', 'obrigado', 'obrigada', 'grazie', 'пожалуйста', 'спасибо',
  'من', 'فضلك', 'شكرا', 'lütfen', 'teşekkürler', 'eminim', 'kak', 'dong', 'deh', 'aja', 'nhé', 'ạ', 'nha', 'rồi', 'cảm', 'ơn',
  // The confirmation's own verb typed with the yes or no ("evet iptal et", "да отменяй", "네 취소할게요", "có, hủy đi",
  // "确认取消", "不要取消"); alone it answers nothing: "取消" may mean "cancel the order" or "forget it".
  'cancel', 'annuler', 'annule', 'annulez', 'stornieren', 'storniere', 'storniert', 'cancelar', 'cancela', 'cancele', 'cancelá',
  'annulla', 'annullare', 'annullalo', 'отменить', 'отменяй', 'отмени', 'отменяйте', 'отменяем', 'iptal', 'et', 'edin', 'edebilirsin',
  'batalkan', 'batalin', 'batal', 'hủy', 'huỷ', 'đi', 'luôn', 'ยกเลิก', 'เลย', 'إلغاء', 'الغاء', 'الغي', 'ألغي', 'الغيه',
  '取消', 'キャンセル', 'して', '취소', '취소할게요', '취소해주세요', '취소해', '취소해요',
  'seguro', 'segura', 'sicuro', 'sicura', 'sûr', 'sûre', 'certain', 'sicher', 'уверен', 'уверена', 'yakin',
]);

const lookup = (table: Record<string, string[]>, lang: string) => new Set([...(table[lang] ?? []), ...(table.en ?? [])]);

/** `yes`, `no`, or `undefined` when `text` is not a bare yes or no. */
export function yesOrNo(text: string, locale: string): 'yes' | 'no' | undefined {
  const lang = languageOf(locale);
  const clean = text.normalize('NFKC').toLocaleLowerCase(locale).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!clean || clean.length > 40) return undefined;
  const yes = lookup(YES, lang);
  const no = lookup(NO, lang);
  if (no.has(clean)) return 'no';
  if (yes.has(clean)) return 'yes';
  const words = tokenize(clean, locale).filter((w) => !FILLER.has(w));
  if (words.length === 0 || words.length > 2) return undefined;
  const phrase = words.join(lang === 'zh' || lang === 'ja' || lang === 'th' ? '' : ' ');
  if (no.has(phrase) || words.every((w) => no.has(w))) return 'no';
  if (yes.has(phrase) || words.every((w) => yes.has(w))) return 'yes';
  return undefined;
}
