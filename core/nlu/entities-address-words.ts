/**
 * The words of entities-address.ts, per base language, lower case: what names a delivery address, what changes it,
 * what says it was wrong, what cancels, and addresses that are not where an order goes. Then, per language, where a
 * message announces or puts the new address (`ANNOUNCED_ADDRESS`, `PLACED_ADDRESS`). Pattern syntax as in entities-defect.ts.
 */

export interface AddressWords {
  /** The address an order is delivered to. */
  address: string;
  /** Changing it: change, update, correct. */
  change: string;
  /** It was given wrong, or is an old one: counts as a change only where no `cancel` word is. */
  wrong?: string;
  /** Cancelling the order instead. */
  cancel?: string;
  /** Addresses that are not where an order goes (e-mail, billing, return, the shop's own), blanked first. */
  notDelivery?: string;
}

export const ADDRESS_WORDS: Record<string, AddressWords> = {
  en: {
    address: 'add?ress?~|addy|zip ?code|post ?code|street name|house number|apt number|apartment number',
    change: 'chang~|updat~|edit~|modif~|correct~|fix~|amend~|redirect~|switch~|swap~|(?:a )?(?:different|another|other) add?ress?~',
    wrong: "wrong|incorrect|mistake~|typo~|misspel~|messed up|old|outdated|moved|isn't right|not right",
    cancel: 'cancel~|cancle~',
    notDelivery: 'e ?mail add?ress?~|ip add?ress?~|billing add?ress?~|return~ add?ress?~|(?:your|ur|the shop|store|shop|warehouse|web) add?ress?~|add?ress?~ (?:of|for) (?:the|your|ur) (?:shop|store|warehouse|office)',
  },
  zh: {
    address: '地址|收货信息|收貨信息|收件信息|收件人信息|门牌号|門牌號|邮编|郵編',
    change: '改|更改|修改|变更|變更|更换|更換|换成|換成|换个|換個|更新|更正|别的地址|別的地址|其他地址|另一个地址',
    wrong: '填错|填錯|写错|寫錯|错了|錯了|不对|不對|有误|有誤|错误|錯誤|搬家|旧地址|舊地址|以前的地址',
    cancel: '取消|退单|退單|不要了',
    notDelivery: '邮箱地址|郵箱地址|邮件地址|電郵地址|电子邮件地址|账单地址|帳單地址|退货地址|退貨地址|寄回地址|退回地址|你们的地址|你們的地址|你们地址|仓库地址|倉庫地址|公司地址在哪|网址|網址|发货地址|發貨地址',
  },
  ja: {
    address: '住所|お届け先|届け先|配送先|送り先|送付先|宛先|配達先|番地|部屋番号|郵便番号',
    change: '変更|変え|かえ|替え|直し|直せ|直して|なおし|修正|訂正|書き換え|別の(?:住所|届け先|場所)|違う(?:住所|場所)',
    wrong: '間違|まちが|違う|ちがう|違って|誤|引っ越|引越|古い',
    cancel: 'キャンセル|取り消|取消',
    notDelivery: 'メールアドレス|返品先の?住所|返送先の?住所|返送先|請求先の?住所|御社の?住所|会社の住所|お店の住所|発送元の?住所',
  },
  ko: {
    address: '주소|배송지|받는 ?곳|받는 ?분 ?주소',
    change: '변경|바꾸|바꿔|바꿀|바꿨|바뀌|수정|고치|고쳐|정정|다른 ?(?:주소|곳|배송지)',
    wrong: '잘못|틀렸|틀린|틀려|이사|옛날|예전',
    cancel: '취소',
    notDelivery: '이메일 ?주소|메일 ?주소|반품 ?주소|반송 ?주소|청구 ?주소|회사 ?주소|매장 ?주소|사이트 ?주소',
  },
  es: {
    address: 'direcci[oó]n~|direccion~|domicilio|c[oó]digo postal|n[uú]mero de (?:la )?calle',
    change: 'cambi~|modific~|correg~|corrij~|actualiz~|editar|arregl~|otra direcci[oó]n',
    wrong: 'equivocad~|mal puesta|est[aá] mal|puse mal|incorrect~|err[oó]ne~|me equivoqu[eé]|me mud[eé]|vieja|antigua',
    cancel: 'cancel~|anul~',
    notDelivery: 'direcci[oó]n de (?:correo|e ?mail|facturaci[oó]n|devoluci[oó]n)|(?:su|vuestra|la de la tienda) direcci[oó]n',
  },
  pt: {
    address: 'endere[cç]o~|endereco~|morada',
    change: 'mud~|alter~|troc~|corrig~|atualiz~|edit~|outro endere[cç]o',
    wrong: 'errad~|errei|incorret~|antig[oa]|me mudei',
    cancel: 'cancel~',
    notDelivery: 'endere[cç]o de (?:e ?mail|cobran[cç]a|devolu[cç][aã]o|fatura[cç][aã]o)|endere[cç]o da loja|endere[cç]o de voc[eê]s',
  },
  fr: {
    address: 'adresse~|adr|code postal|num[ée]ro de rue',
    change: 'chang~|modifi~|corrig~|rectifi~|mettre à jour|mise à jour|(?:une )?autre adresse',
    wrong: "tromp~|erreur|erron~|mauvaise|fausse|incorrect~|ancienne|d[ée]m[ée]nag~",
    cancel: 'annul~',
    notDelivery: "adresse (?:e ?mail|mail|[ée]lectronique|de facturation|de retour|ip)|votre adresse|l'adresse du magasin",
  },
  de: {
    address: '~adress~|~anschrift~|hausnummer|postleitzahl|plz',
    change: 'änder~|aender~|abänder~|umänder~|korrigier~|aktualisier~|anpass~|wechseln|umstellen|~adressänderung~|~adressaenderung~|umadressier~|(?:eine )?andere adresse',
    wrong: 'falsch~|vertippt|verschrieben|fehler~|alte|alten|umgezogen|umzug',
    cancel: 'storn~|abbrech~|annullier~',
    notDelivery: 'e ?mail ?adresse~|mailadresse~|rechnungsadresse~|rechnungsanschrift~|rücksendeadresse~|ruecksendeadresse~|retouren ?adresse~|eure adresse|ihre adresse|euer lager',
  },
  it: {
    address: 'indirizz~|recapito',
    change: 'cambi~|modific~|corregg~|corrett~|aggiorn~|(?:un )?altro indirizzo',
    wrong: 'sbagliat~|errat~|errore|vecchi[oa]|traslocat~|trasloco',
    cancel: 'annull~|cancell~',
    notDelivery: 'indirizzo (?:e ?mail|email|di posta|di fatturazione|di reso|ip)|vostro indirizzo',
  },
  ru: {
    address: 'адрес~',
    change: 'измен~|поменя~|смен~|исправ~|обнов~|заменить|поправить|перенаправ~|другой адрес~',
    wrong: 'неправильн~|неверн~|ошиб~|не тот|старый|переехал~',
    cancel: 'отмен~|отказ~',
    notDelivery: 'адрес~ (?:почты|электронной почты|e ?mail|для возврата|возврата)|(?:e ?mail|email|электронн~) адрес~|ваш адрес',
  },
  th: {
    address: 'ที่อยู่',
    change: 'เปลี่ยน|แก้(?!ว)|อัปเดต|อัพเดท|ที่อยู่อื่น',
    wrong: 'ผิด|ย้ายบ้าน|เก่า',
    cancel: 'ยกเลิก',
    notDelivery: 'ที่อยู่อีเมล|ที่อยู่ส่งคืน|ที่อยู่สำหรับคืน|ที่อยู่ร้าน',
  },
  vi: {
    // Without its accents "doi" is also "đợi" (wait) and "đôi" (pair): only with the address does it count.
    address: 'dia chi|=đ/c|=đc nhận|dc nhan',
    change: '=đổi|=sửa|=thay đổi|=cập nhật|=chỉnh|doi dia chi|sua dia chi|doi dc|sua dc|thay dia chi|=địa chỉ khác|dia chi khac',
    wrong: '=sai|=nhầm|=ghi nhầm|=chuyển nhà|=cũ',
    cancel: '=hủy|=huỷ|huy don|cancel',
    notDelivery: '=địa chỉ email|dia chi email|=địa chỉ trả hàng|=địa chỉ shop|=địa chỉ cửa hàng',
  },
  id: {
    address: 'alamat~|almt',
    change: 'ganti~|gnti|ubah|diubah|mengubah|merubah|rubah|ngubah|perbaiki|koreksi|edit|update|ralat|diganti|ngganti|alamat lain~',
    wrong: 'salah|keliru|typo|pindah rumah|pindahan|udah pindah|lama',
    cancel: 'batal~|cancel~|cancle',
    notDelivery: 'alamat (?:email|e ?mail|retur|pengembalian|toko|kantor kalian|gudang)',
  },
  ar: {
    address: 'عنوان',
    change: 'غير|اغير|غيروا|غيرو|تغيير|يتغير|تتغير|نغير|تعديل|اعدل|عدل|عدلوا|عدلو|نعدل|يتعدل|تحديث|تصحيح|اصحح|صححوا|بدل|ابدل|تبديل|عنوان (?:ثاني|اخر)',
    wrong: 'غلط|خطا|خاطي|غلطان|انتقلت|القديم|قديم',
    cancel: 'الغاء|الغي|الغيه|الغيها|الغوا|الغو|تلغون|تلغوه|كنسل|اكنسل|كنسلوا',
    notDelivery: 'عنوان (?:البريد|الايميل|الارجاع|المتجر|المحل)|البريد الالكتروني',
  },
  tr: {
    address: 'adres~',
    change: 'değiş~|degis~|güncelle~|guncelle~|düzelt~|duzelt~|(?:başka|baska|farklı|farkli) (?:bir )?adres~',
    wrong: 'yanlış~|yanlis~|hatalı~|hatali~|eski|taşındım|tasindim',
    cancel: 'iptal~',
    notDelivery: 'e ?posta adres~|mail adres~|iade adres~|fatura adres~|mağaza adres~|magaza adres~|adresiniz',
  },
};

/**
 * "New address: 5 Main St…", "新地址是…", "neue Adresse: …": a new address announced, per base language (`address`
 * group). It asks for the change on its own, when what follows holds a digit (a house number, a postcode).
 */
export const ANNOUNCED_ADDRESS: Record<string, readonly RegExp[]> = {
  en: [/(?:new|correct|right) (?:shipping |delivery )?add?ress?\p{L}*(?:\s+(?:is|should be|will be)|\s*:)\s*(?<address>.+)$/iu],
  zh: [/(?:新地址|新的地址|新收货地址|正确地址|正确的地址)(?:是|为|為)?[:：\s]*(?<address>.+)$/u],
  ja: [/新しい(?:住所|お届け先|配送先)(?:は|：|:)\s*(?<address>.+)$/u],
  ko: [/새\s*(?:주소|배송지)(?:는|은|:)\s*(?<address>.+)$/u],
  es: [/(?:nueva|correcta) (?:direcci[oó]n )?(?:es|:)\s*(?<address>.+)$/iu, /(?:nueva|correcta) direcci[oó]n\s*(?:es\s*|:\s*)?(?<address>.+)$/iu],
  pt: [/(?:nov[oa]|corret[oa]) (?:endere[cç]o|morada)(?:\s+(?:é|e)|\s*:)\s*(?<address>.+)$/iu],
  fr: [/(?:nouvelle|bonne) adresse(?:\s+(?:est|c'est)|\s*:)\s*(?<address>.+)$/iu],
  de: [/(?:neue|richtige) (?:liefer|versand)?(?:adresse|anschrift)(?:\s+(?:ist|lautet)|\s*:)\s*(?<address>.+)$/iu],
  it: [/(?:nuovo|giusto) indirizzo(?:\s+(?:è|e)|\s*:)\s*(?<address>.+)$/iu],
  ru: [/(?:новый|правильный) адрес\p{L}*(?:\s*:|\s+—|\s+-)\s*(?<address>.+)$/iu],
  th: [/ที่อยู่ใหม่(?:คือ)?\s*:?\s*(?<address>.+)$/u],
  vi: [/(?:địa chỉ|dia chi) (?:mới|moi)(?:\s+(?:là|la)|\s*:)\s*(?<address>.+)$/iu],
  id: [/alamat baru(?:nya|ku)?(?:\s+(?:adalah|yaitu|yg)|\s*:)\s*(?<address>.+)$/iu],
  ar: [/العنوان الجديد(?:\s+هو)?\s*:?\s*(?<address>.+)$/u],
  tr: [/yeni adres\p{L}*\s*:\s*(?<address>.+)$/iu],
};

/**
 * Where the new address is in a message that asks to change one, per base language (`address` group; run over the
 * message with its order numbers blanked): after a word that introduces it ("to", "改成", "auf", "на", "thành",
 * "jadi"), or, where the verb comes last, between the address word and the verb ("住所を…に変更", "주소를 …로 변경",
 * "adresimi … olarak değiştir"). English rules count in every language. What is found must hold a digit to count.
 */
export const PLACED_ADDRESS: Record<string, readonly RegExp[]> = {
  en: [/add?ress?\p{L}*[^.!?\n]*?\s(?:to|into|is now|should be)\s+(?<address>.+)$/iu],
  zh: [/(?:改成|改为|改為|改到|换成|換成|换到|換到|更改为|更改為|更改成|变更为|變更為|修改为|修改為|修改成|更新为)[:：\s]*(?<address>.+)$/u],
  ja: [/(?:住所|お届け先|届け先|配送先|送り先|送付先|宛先|配達先)(?:を|は|が)?[\s、,]*(?<address>.+?)(?:に|へ)\s*(?:変更|変え|かえ|直|修正|訂正)/u],
  ko: [/(?:주소|배송지)(?:를|을|는|가)?\s*(?<address>.+?)\s*(?:으로|로)\s*(?:변경|바꿔|바꾸|바꿀|수정|고쳐)/u],
  es: [/direcci[oó]n\p{L}*[^.!?\n]*?\s(?:a|por)\s+(?<address>.+)$/iu],
  pt: [/(?:endere[cç]o|morada)\p{L}*[^.!?\n]*?\s(?:para|pra|por)\s+(?<address>.+)$/iu],
  fr: [/adresse\p{L}*[^.!?\n]*?\s(?:à|a|en|par|pour)\s+(?<address>.+)$/iu],
  de: [/(?:adresse|anschrift)\p{L}*[^.!?\n]*?\s(?:auf|zu|in|nach)\s+(?<address>.+)$/iu],
  it: [/indirizz\p{L}*[^.!?\n]*?\s(?:a|in|con)\s+(?<address>.+)$/iu],
  ru: [/адрес\p{L}*[^.!?\n]*?\sна\s+(?<address>.+)$/iu],
  th: [/ที่อยู่.*?เป็น\s*(?<address>.+)$/u],
  vi: [/(?:địa chỉ|dia chi)[^.!?\n]*?\s(?:thành|thanh|sang|qua)\s+(?<address>.+)$/iu],
  id: [/alamat\p{L}*[^.!?\n]*?\s(?:jadi|menjadi|ke)\s+(?<address>.+)$/iu],
  ar: [/عنوان\p{L}*[^.!?\n]*?\s(?:الى|إلى|ل)\s*(?<address>.+)$/u],
  tr: [/adres\p{L}*\s+(?<address>.+?)\s+olarak\s+(?:değiştir|degistir|güncelle|guncelle|düzelt|duzelt)/iu],
};
