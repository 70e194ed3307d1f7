/**
 * An item reported broken, damaged, faulty or not working, in the 15 languages as shoppers write it: "my
 * headphones broke after 3 days", "届いたスピーカーが壊れてました", "наушники сломались", "o fone veio com defeito",
 * "충전이 안 돼요", "หูฟังพัง", "tai nghe bị hỏng". The `defect` entity (value `true`), which the demo's complaint,
 * return and refund flows read to start a free return of a defective item.
 *
 * Pattern syntax, as in entities-payment.ts: `|` separates alternatives, `~` stands for the rest of a word, a space
 * for optional white space or a hyphen; an alternative starting with `=` needs its accents (Vietnamese "vỡ" is
 * broken, "vợ" a wife), the others also match text typed without them. English words count in every language.
 *
 * Not a defect: a phrase that only looks like one ("not broken", "xin lỗi", "เสียใจ", "par défaut"); a defect of
 * something that is not the item bought ("the coupon code doesn't work", "网站打不开", "сайт не работает", "o link
 * não funciona": such a word right before it, or right after it, in the same clause) or of one the shopper already
 * had ("my old charger broke, do you have a new one?", "eski şarj aletim bozuldu").
 *
 * Supposed, not reported (`readDefects(...).supposed`, which core/nlu/entities-warranty.ts reads as a question for
 * the shop's warranty): a defect after "if" ("what if it arrives damaged?", "如果坏了", "si llega roto", "لو خربت"),
 * written as a condition onto the verb ("壊れたら", "고장나면", "bozulursa", "hư thì"), or asked about ("does it break
 * easily": "壊れやすい", "se rompe fácil", "พังง่ายไหม", "kolay kırılır mı").
 */
import { makeEntity, type ScanInput } from './entities-text.js';
import { languageOf, normalizeText } from './tokenize.js';
import type { Entity } from './types.js';
import { blank, prepare, spans, wordTable, type Span } from './word-matchers.js';

interface LanguageWords {
  /** An item broken, damaged, faulty or not working. */
  defect: string;
  /** Phrases holding such words that report no defect (negated, another meaning). */
  fine?: string;
  /**
   * Phrases holding such words that suppose or ask about a defect instead of reporting one: conditional verb forms
   * ("壊れたら", "고장나면", "bozulursa"), how readily it breaks ("壊れやすい", "se rompe fácil", "พังง่าย").
   */
  hypothetical?: string;
  /** Words opening a supposition ("if", "what if"): a defect after one, in the same clause, is supposed, not reported. */
  suppose?: string;
  /** An item the shopper already had ("my old charger broke, do you have a new one?"): not one bought here. */
  old?: string;
  /** What is not the item bought (site, app, code, coupon, payment, tracking link): its defect is not the item's. */
  notItem?: string;
}

const NEG_ID = '(?:gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|kagak|gabisa)';
const NEG_VI = '(?:không|ko|k|kg|khg|hông|hong|hok|hổng|chẳng|chả)';

/** Per base language, lower case. */
const WORDS: Record<string, LanguageWords> = {
  en: {
    defect: "broke|broken|smashed|shattered|crushed|cracked|cracks?|damag~|dented|defect~|faulty|malfunction~|dead on arrival|(?:is|was|are|were|arrived|came|went|already|totally|completely) dead|died|stopped (?:working|charging|turning on|connecting|pairing|playing)|quit working|(?:doesn't|doesnt|does not|don't|dont|do not|didn't|didnt|did not|won't|wont|will not|isn't|isnt|is not|aren't|arent|not|never|no longer|barely) (?:work|works|working|turn~ on|switch~ on|power~ on|charge|charges|charging|hold~ (?:a )?charge|function~|connect~|pair~|play|plays|playing)|(?:won't|wont|doesn't|doesnt|does not|will not) (?:start|boot up|boot)|no sound|no power(?! ?bank)|busted|bricked|leak~|torn|ripped|fell apart|falling apart|came apart|(?:came|arrived|showed up|is|was) in pieces|(?:poor|bad|cheap|terrible|awful|crap|crappy) quality|quality (?:issue|problem)s?|scratched|scuffed|not functioning|out of order",
    fine: "(?:not|never|isn't|isnt|wasn't|wasnt|aren't|arent|weren't|werent|nothing|none) (?:broken|damaged|defective|faulty|cracked)|(?:without|no) (?:any )?(?:damage|defects?|scratch(?:es)?)|undamaged|(?:i'm|im|i am|we're|so|going|go) broke|dead ?line|dead ?slow",
    suppose: 'if|what if|in case|incase|suppose|supposing|in the event',
    // Present and future forms, which only a supposition or a question uses ("what if it breaks?", "will it crack?").
    hypothetical: "(?:if|in case|what if|suppose) (?:it|they|the \\w+|my \\w+|one|mine) (?:breaks?|cracks?|stops? working|dies|die|gets? (?:damaged|broken|scratched))|(?:will|would|might|could|gonna|does|do) (?:it|they) (?:break|crack|get damaged|stop working)|breaks? easily|easy to break",
    old: '(?<!(?:day|days|week|weeks|wk|wks|month|months|year|years|yr|yrs) )old|older',
    notItem: 'website|web site|site|app|application|link|page|code|coupon|voucher|promo~|discount|tracking|checkout|check out|payment|paypal|credit card|debit card|login|log in|password|account|chat|chatbot|bot|button|search|cart|e mail|email|server|system|service',
  },
  zh: {
    defect: '坏了|坏掉|坏的|坏啦|弄坏|摔坏|压坏|碰坏|是坏|已经坏|就坏|又坏|用坏|壞了|壞掉|壞的|弄壞|摔壞|损坏|損壞|破损|破損|破了|碎了|摔碎|压碎|裂了|裂开|裂開|裂痕|有裂|开裂|故障|不能用|用不了|没法用|沒法用|无法使用|無法使用|不能使用|不工作|不好使|不灵了|失灵|失靈|没反应|沒反應|开不了机|開不了機|开不开机|不开机|不開機|开不了|打不开|打不開|充不进电|充不上电|充不了电|不能充电|无法充电|不充电|没声音|沒聲音|不响|不響|不出声|没有声音|沒有聲音|听不到声音|瑕疵|次品|残次品|质量问题|質量問題|质量有问题|品质问题|質量太差|质量太差|质量差|漏水|漏电|变形|變形|划痕|刮花|凹陷|不亮|连不上|連不上|配对不了|死机|死機|黑屏',
    fine: '坏评|好坏|好壞|坏人|不坏|没坏|沒壞|没有坏|没有损坏|沒有損壞|没有破损',
    hypothetical: '(?:坏|损坏|破损|故障|碎|裂|不能用|用不了)了?的话|(?:容易|会不会|不会|会|易)(?:摔坏|压坏|碰坏|坏掉|坏了|损坏|破损|碎了|裂开|故障)|(?:摔坏|压坏|碰坏|坏掉|损坏|破损|碎|裂开)(?:吗|嘛|么)',
    old: '旧的|旧|老的|以前的|之前用的',
    suppose: '如果|万一|萬一|要是|假如|假设|假設',
    notItem: '网站|網站|网页|網頁|页面|頁面|app|应用|應用|链接|鏈接|優惠券|优惠券|优惠码|優惠碼|折扣码|券|码|碼|支付|付款|结账|結帳|账号|賬號|帐号|登录|登錄|密码|密碼|购物车|購物車|单号|單號|系统|系統',
  },
  ja: {
    defect: '壊れ|こわれ|壊さ|壊して|故障|初期不良|不良品|不良|不具合|動かな|動きませ|動作しな|動作しませ|作動しな|起動しな|起動しませ|電源が?(?:入らな|はいらな|入りませ|つかな|点かな|つきませ)|(?:ライト|画面|ランプ|液晶)が?(?:つかな|点かな|映らな)|充電(?:が)?(?:でき|され)(?:な|ませ)|充電しな|割れ|ヒビ|ひび|破損|傷(?:が|あり|だらけ)|キズ|欠けて|凹んで|へこんで|音が?(?:出な|出ませ|鳴らな|しな)|聞こえな|聞こえませ|使えな|使えませ|反応しな|反応しませ|反応がな|反応(?:が)?ありませ|水漏れ|漏れ|破れ|ちぎれ|接続できな|繋がらな|つながらな|ペアリングできな',
    fine: '使えな(?:いん|いの)(?:です)?か|使えませんか',
    hypothetical: '(?:壊れ|故障し|割れ|破損し|傷つい)(?:てい)?たら|(?:壊れ|故障|不良|破損|傷|割れ)(?:てい)?(?:た)?(?:の)?場合|壊れやす|壊れにく|壊れませ|壊れない|割れやす|割れにく|割れない|割れませ',
    old: '古い|古く|前の|昔の|以前の',
    suppose: 'もし|万が一|万一',
    notItem: 'クーポン|コード|サイト|ページ|アプリ|リンク|決済|支払|カード|ログイン|パスワード|アカウント|ポイント|カート|メール|追跡|システム|ペイ',
  },
  ko: {
    defect: '고장|망가|부서졌|부서진|부서져|깨졌|깨져|깨진|금이 ?갔|금이 ?가|금 ?갔|불량|하자|결함|작동(?:이|을)? ?안|작동하지 ?않|작동 ?불가|안 ?켜|켜지지 ?않|켜지질 ?않|전원(?:이)? ?안|충전(?:이)? ?안|충전 ?불가|소리(?:가)? ?안|소리가? ?나지 ?않|소리(?:가)? ?없|먹통|파손|찢어|찢겨|물이 ?새|새는데|새요|누수|스크래치|긁혀|긁힌|기스|찌그러|찍힘|눌림|연결(?:이)? ?안|페어링(?:이)? ?안',
    hypothetical: '고장 ?(?:나|난|날)면|고장이 ?나면|깨지면|망가지면|불량이면|불량일 ?경우|하자가? ?있으면|파손되면|파손 ?시|불량 ?시|고장 ?시|안 ?켜지면|작동 ?안 ?하면|(?:잘|쉽게) ?(?:깨지|깨져|망가지|망가져|부서지|부서져|고장 ?나)|안 ?(?:깨지|깨져|망가지|망가져|부서지|부서져)|깨질|망가질|부서질|고장 ?날|(?:깨지|망가지|부서지|고장 ?나)나요',
    old: '예전|옛날|오래된|원래 쓰던',
    fine: '고장 ?안 ?났|불량 ?아니|파손 ?없|하자 ?없|(?:고장|불량|파손|하자)(?:이|가)? ?(?:아니|없)',
    suppose: '만약|만일',
    notItem: '쿠폰|코드|사이트|홈페이지|페이지|앱|어플|링크|결제|카드|로그인|비밀번호|계정|장바구니|메일|배송 ?조회|시스템|상담',
  },
  es: {
    defect: 'rot[oa]s?|se (?:me )?rompi~|se rompe|rompi[oó]|rompieron|quebrad[oa]s?|se (?:me )?quebr~|da[nñ]ad[oa]s?|defectuos[oa]s?|defecto|defectos|falla|fallando|fall[oó]|averiad[oa]s?|estropead[oa]s?|rajad[oa]s?|agrietad[oa]s?|abollad[oa]s?|rayad[oa]s?|estrellad[oa]s?|no arranca|no arrancan|(?:ya )?no (?:me )?funciona~|dej[oó] de (?:funcionar|cargar|sonar|prender|encender)|dejaron de funcionar|no (?:me )?(?:enciende|encienden|prende|prenden|carga|cargan|suena|suenan|conecta|conectan|sirve|sirven)|no se (?:enciende|prende|carga|conecta|escucha|oye)|no (?:tiene|hace) sonido|sin sonido|(?:mala|p[eé]sima|mal[ií]sima) calidad|se descompuso|descompuest[oa]s?|no jala',
    fine: 'no (?:est[aá]|estaba|ven[ií]a|vino|lleg[oó]) (?:rot[oa]|da[nñ]ad[oa]|defectuos[oa])|sin (?:ning[uú]n )?(?:da[nñ]os?|defectos?)|no (?:tiene|ten[ií]a) (?:ning[uú]n )?(?:defecto|da[nñ]o)',
    hypothetical: 'se rompen? (?:f[aá]cil~|r[aá]pido|con nada)|f[aá]cil~ se rompen?|si (?:se )?(?:me )?(?:deja|dejan) de funcionar|si (?:se )?(?:me )?(?:rompe|rompen|da[nñ]a|da[nñ]an|descompone|estropea|falla)',
    old: 'viej[oa]s?|antigu[oa]s?',
    suppose: 'si (?:llega|viene|vino|est[aá]|se rompe|tiene|sale|falla|me llega)|en caso de|en caso que|qu[eé] pasa si|y si|por si',
    notItem: 'p[aá]gina|sitio|web|app|aplicaci[oó]n|link|enlace|c[oó]digo|cup[oó]n|cupones|descuento|promo~|seguimiento|rastreo|pago|tarjeta|paypal|cuenta|contrase[nñ]a|carrito|correo|sistema|servicio|atenci[oó]n|soporte|chat|bot',
  },
  pt: {
    defect: 'quebrad[oa]s?|quebrou|quebraram|defeito~|defeituos[oa]s?|danificad[oa]s?|estragad[oa]s?|estragou|avariad[oa]s?|n[aã]o (?:t[aá] |est[aá] )?funciona~|parou de (?:funcionar|carregar|ligar|tocar|conectar)|pararam de funcionar|n[aã]o (?:liga|ligam|carrega|carregam|conecta|conectam|acende|toca|tocam|sai som|d[aá] sinal)|sem som|pifou|pifad[oa]s?|rachad[oa]s?|rachou|trincad[oa]s?|trincou|amassad[oa]s?|riscad[oa]s?|arranhad[oa]s?|(?:veio|chegou) com (?:problema|falha)|deu problema|apresentou problema|com falha|falhando|vazando|vazou|(?:m[aá]|p[eé]ssima|horr[ií]vel) qualidade|zoad[oa]s?|furad[oa]s?|rasgad[oa]s?|descascando',
    fine: 'n[aã]o (?:veio|chegou|est[aá]|ta|t[aá]) (?:quebrad~|danificad~|com defeito)|sem (?:nenhum )?(?:defeito|dano)s?',
    hypothetical: 'se (?:parar|pararem) de funcionar|se (?:quebrar|quebrarem|estragar|pifar|rachar|der defeito|der problema)',
    old: 'velh[oa]s?|antig[oa]s?',
    suppose: 'caso|e se|se por acaso|em caso de|o que acontece se|se (?:vier|chegar|estiver|tiver|quebrar|der|apresentar)',
    notItem: 'site|p[aá]gina|app|aplicativo|link|c[oó]digo|cupom|cupons|desconto|promo~|rastreio|rastreamento|pagamento|pix|boleto|cart[aã]o|paypal|conta|senha|carrinho|e mail|email|sistema|servi[cç]o|atendimento|suporte|chat|bot',
  },
  fr: {
    defect: "cass[ée]e?s?|s'est cass~|bris[ée]e?s?|d[ée]fectueu(?:x|se|ses)|d[ée]fauts?|en panne|tomb[ée]e?s? en panne|(?:ne )?(?:marche|marchent|fonctionne|fonctionnent|s'allume|s'allument|charge|se charge|d[ée]marre|se connecte|r[ée]pond) (?:pas|plus)|ab[iî]m[ée]e?s?|endommag[ée]e?s?|fissur[ée]e?s?|f[êe]l[ée]e?s?|ray[ée]e?s?|caboss[ée]e?s?|fendu(?:e|s|es)?|d[ée]chir[ée]e?s?|hs|hors service|hors d'usage|naze|(?:est|sont) morte?s?|pas de son|aucun son|fuit|fuite|qualit[ée] (?:m[ée]diocre|nulle|pourrie)",
    fine: "par d[ée]faut|(?:n'est|n'etait|n'était|pas) (?:cass~|endommag~|ab[iî]m~|d[ée]fectueu~)|sans (?:aucun )?(?:d[ée]fauts?|dommages?)",
    hypothetical: "(?:se )?casse(?:nt)? (?:facilement|vite|rapidement|au moindre choc)|(?:ne )?(?:se )?casse(?:nt)? pas|incassable~",
    old: 'vieux|vieil|vieille|vieilles|ancien|ancienne|anciens',
    suppose: "s'il|s'ils|si (?:il|elle|ils|le|la|l'|jamais|[çc]a|c'est|mon|ma|mes|un|une|votre)|au cas o[uù]|en cas de|et si",
    notItem: "site|page|appli~|app|lien|code|coupon|bon de r[ée]duction|r[ée]duc~|promo~|suivi|paiement|carte|paypal|compte|mot de passe|panier|e mail|email|syst[eè]me|service|chat|bot",
  },
  de: {
    defect: 'kaputt~|kaput|defekt~|besch[äa]digt~|zerbrochen~|zerbrach|gebrochen~|gerissen~|zerkratzt~|zerdr[üu]ckt~|eingedr[üu]ckt~|verbeult~|gesprungen~|funktionier(?:t|en) (?:nicht|net|nimmer|gar nicht|überhaupt nicht)|funzt nicht|geht nicht mehr|geht nimmer|geht nicht (?:an|aus)|(?:l[äa]sst|lassen) sich nicht (?:mehr )?(?:einschalten|anschalten|laden|aufladen|verbinden|koppeln)|(?:schaltet|springt) (?:sich )?nicht (?:mehr )?(?:an|ein)|l[äa]dt nicht|startet nicht|kein(?:en)? ton|ausgefallen|fehlerhaft~|mangelhaft~|im eimer|(?:ist|sind) (?:schon |jetzt |total |komplett )?hin|undicht|(?:hat|haben) (?:einen |nen )?(?:sprung|riss)|sprung im (?:display|glas|bildschirm)|l[äa]uft aus|riss|risse',
    fine: '(?:nicht|kein|keine) (?:kaputt|besch[äa]digt|defekt|sch[äa]den|schaden|kratzer)|ohne (?:schaden|sch[äa]den|besch[äa]digung~|kratzer)',
    hypothetical: '(?:geht|gehen) (?:das|der|die|es|sowas|so was|sie|er) (?:schnell|leicht|gleich) kaputt|leicht kaputt|nicht mehr (?:geht|funktioniert|angeht|l[äa]dt)',
    old: 'alte|alten|alter|altes|altem',
    suppose: 'wenn|falls|sollte|was passiert wenn|was ist wenn',
    notItem: 'seite|webseite|website|app|link|code|gutschein~|rabatt~|coupon|sendungsverfolgung|tracking|zahlung|bezahlung|karte|paypal|konto|passwort|login|warenkorb|e mail|email|system|service|kundenservice|chat|bot',
  },
  it: {
    defect: "rott[oaie]|rompe|guast[oaie]|guastat[oaie]|difettos[oaie]|difett[oi]|danneggiat[oaie]|non (?:mi )?funzion~|(?:ha|hanno) smesso di (?:funzionare|caricare|accendersi|suonare)|smesso di funzionare|non (?:si )?(?:accende|accendono|carica|caricano|connette|collega)|non parte|crepat[oaie]|incrinat[oaie]|graffiat[oaie]|ammaccat[oaie]|scheggiat[oaie]|rigat[oaie]|spaccat[oaie]|senza audio|non si sente|non suona|fuori uso|perde (?:acqua|liquido)|bucat[oaie]|strappat[oaie]|scadente|pessima qualit[aà]|non va più|non va piu",
    fine: "non (?:[èe]|era|sono|erano) (?:rott~|danneggiat~|difettos~)|senza (?:alcun )?(?:difett~|dann~)",
    hypothetical: 'si romp(?:e|ono) (?:facilmente|facile|con poco)|(?:facilmente|facile) si romp(?:e|ono)|(?:smette|smettono) di funzionare|si guast(?:a|ano)',
    old: 'vecchio|vecchia|vecchie|vecchi',
    suppose: 'se|nel caso|in caso di|e se|qualora|cosa succede se',
    notItem: "sito|pagina|app|applicazione|link|codice|coupon|buono|sconto|promo~|tracciamento|tracking|pagamento|carta|paypal|account|password|carrello|e mail|email|sistema|servizio|assistenza|chat|bot",
  },
  ru: {
    defect: 'слома~|полома~|поломк~|разбил~|разбит~|раскол~|треснул~|трещин~|брак|брака|браком|бракован~|дефект~|неисправ~|не работа(?:ет|ют|л|ла|ло|ли)|перестал~ (?:работать|включаться|заряжаться|заряжать|играть|звучать)|не включа~|не заряжа~|не (?:запускается|включится|звучит|подключается|подключаются|горит|светится)|нет звука|без звука|поврежд~|испорчен~|испортил~|поцарапан~|царапин~|помят~|вмятин~|протека~|теч[её]т|подтека~|сдох~|накрыл~ся|глюч~|барахл~|отвалил~|порван~|разорван~|не фурычит',
    fine: 'не (?:сломан~|поврежд~|бракован~|разбит~)|без (?:повреждений|дефектов|брака|царапин)|не работаете',
    hypothetical: '(?:с|по)лома(?:ется|ются|ешь)|разобь(?:ется|ются)|треснет|перестан(?:ет|ут) (?:работать|включаться|заряжаться)|не будет работать',
    old: 'стар(?:ый|ая|ое|ые|ую|ого|ой|ом|ых|енький|енькая|енькие)',
    suppose: 'если|вдруг|в случае|а что если|что будет если',
    notItem: 'сайт~|страниц~|приложени~|ссылк~|код|кода|коде|купон~|промокод~|скидк~|отслеживани~|трек~|оплат~|карт(?:а|е|у|ы|ой|очка|очку)|пейпал|аккаунт~|парол~|корзин~|почт~|систем~|сервис~|поддержк~|чат~|бот~',
  },
  ar: {
    defect: 'مكسور|انكسر|تعطل|تعطلت|اتعطل|اتعطلت|انكسرت|تكسر|تكسرت|كسر|تالف|تلف|خربان|خربت|خرب|معطل|عطلان|فيه عطل|فيها عطل|عطل فني|عيب|معيب|معيوب|عيب مصنعي|عيب تصنيع|لا يعمل|لا تعمل|ما يعمل|ما تعمل|ما يشتغل|ما تشتغل|مايشتغل|ماتشتغل|ما يشتغلش|ما تشتغلش|ما بيشتغل|مش شغال|مو شغال|مب شغال|موب شغال|مش بيشتغل|(?:وقف|توقف|توقفت|وقفت) عن العمل|بطل يشتغل|بطلت تشتغل|ما يشحن|لا يشحن|ما يفتح|لا يفتح|ما يقلع|متضرر|تضرر|تضررت|مخدوش|خدش|خدوش|مشروخ|شرخ|مشقوق|ما فيه صوت|ما فيها صوت|بدون صوت|لا يوجد صوت|ما يطلع صوت|ما يطلع منه صوت|رديء|رديئه|جوده سيئه|جوده رديئه|سيء الجوده|مضروب|فاسد|يسرب|تسريب|مبعوج|منبعج',
    fine: '(?:مش|مو|غير|ليس|ليست|ما هو|ما هي) (?:مكسور|تالف|معيب|خربان)|(?:ما فيه|ما فيها|بدون|بلا|لا يوجد|ما في) (?:اي )?(?:عيب|خدش|كسر|تلف)',
    old: 'القديم|القديمه|قديم|قديمه',
    suppose: 'اذا|لو|في حال|في حاله|ماذا لو|وش لو|ايش لو',
    notItem: 'موقع|صفحه|تطبيق|رابط|لينك|كود|كوبون|قسيمه|خصم|تتبع|دفع|بطاقه|كارت|باي بال|حساب|كلمه المرور|كلمه السر|سله|ايميل|بريد|نظام|خدمه|دعم|شات|بوت',
  },
  tr: {
    defect: 'bozuk~|bozul~|bozdu|kırık~|kırıl~|çatlak~|çatla~|arızalı~|arıza~|defolu~|defo|hasarlı~|hasar~|çalışmıyor~|çalışmadı~|çalışmıyo|çalışmaz|açılmıyor~|açılmadı~|şarj (?:olmuyor|olmadı|almıyor|etmiyor|tutmuyor)|ses (?:gelmiyor|vermiyor|yok|çıkmıyor)|sesi (?:gelmiyor|yok|çıkmıyor)|çizik~|çizilmiş|ezik~|ezilmiş|göçük|patladı|patlak|sızdırıyor|sızıntı|akıtıyor|yırtık~|kusurlu~|sorunlu (?:geldi|çıktı)|bağlanmıyor|eşleşmiyor|yanmıyor|=öldü',
    fine: '(?:bozuk|kırık|hasarlı|defolu|arızalı) değil~|hasarsız|hasar yok|sorun yok',
    // The aorist ("kırılır mı?", "bozulmaz") says what an item does, never what it did.
    hypothetical: '(?:bozuk|kırık|hasarlı|defolu|arızalı) (?:gelirse|çıkarsa|olursa|olsa)|bozulursa|bozulsa|kırılırsa|çalışmazsa|çalışmaz ise|açılmazsa|(?:kırıl|bozul|çatla|çizil|ezil)(?:ır|ur|ür|ar|er|maz|mez|abilir|ebilir)',
    old: 'eski~',
    suppose: 'eğer|şayet',
    notItem: 'site~|sayfa~|uygulama~|app|link~|kod~|kupon~|indirim~|takip~|ödeme~|kart~|paypal|hesab~|hesap|şifre~|sepet~|mail~|sistem~|hizmet~|destek~|chat|bot',
  },
  id: {
    defect: `rusak~|cacat~|pecah~|retak~|patah~|penyok~|peot|lecet~|tergores|baret~|mati total|(?:udah|sudah|langsung|tiba2|tiba tiba|tau2|tau tau|malah) mati|mati (?:setelah|abis|habis|pas|sesudah|stlh)|~nya mati|${NEG_ID} (?:bisa )?(?:nyala|menyala|hidup|berfungsi|fungsi|bunyi|ada suara|bisa dipake|dipake|dipakai|digunakan|dicas|ngecas|ngecharge|di ?charge|konek|connect|terhubung)|tidak dapat (?:menyala|digunakan|berfungsi|dicas)|bocor~|sobek~|robek~|kualitas (?:jelek|buruk|abal~)|jelek kualitasnya|ngadat|ngehang|koyak`,
    fine: `(?:${NEG_ID}|bukan) (?:rusak|cacat|pecah)|${NEG_ID} ada (?:yang )?(?:rusak|cacat|lecet)|mati lampu|mati listrik|mati aku|mati gaya`,
    hypothetical: '(?:gampang|mudah|gmpg|gmpng|bakal|akan) (?:rusak|pecah|patah|retak|lecet|penyok)~',
    old: 'yang lama|yg lama|lamaku|lama (?:aku|saya|gw|gue|ku)',
    suppose: 'kalau|kalo|klo|kl|jika|jikalau|bila|apabila|seandainya|misal~|andai~',
    notItem: 'web~|situs|halaman|aplikasi|apk|app|link|kode~|kupon|voucher~|vocer|diskon|promo~|lacak|resi|pembayaran|bayar|kartu|paypal|akun|password|sandi|keranjang|email|sistem|layanan|cs|chat|bot',
  },
  vi: {
    // One word without its accents names other things ("vo" is also "vợ", "hong" also "hông"): those need them.
    defect: `=hỏng|=hư|=vỡ|=bể|=nứt|=móp|=méo|=trầy|=xước|=rách|=liệt|=cấn|bị (?:hỏng|hư|vỡ|bể|nứt|lỗi|móp|méo|trầy|xước|rách|đơ|liệt|cấn|chết)|hư hỏng|hư hại|hàng lỗi|lỗi rồi|rò rỉ|chảy nước|chết (?:máy|nguồn)|đơ máy|${NEG_VI} (?:hoạt động|lên nguồn|lên đèn|lên màn hình|mở được|mở đc|sạc được|sạc đc|vào điện|có tiếng|kêu|nghe được|nghe đc|kết nối được|kết nối đc|dùng được|dùng đc|xài được|xài đc|sử dụng được|bật được|bật đc|bật lên)|=${NEG_VI} sáng|sạc ${NEG_VI} vào|mất tiếng|ngừng hoạt động|chất lượng (?:kém|tệ|quá tệ)|kém chất lượng`,
    fine: `=xin lỗi|=${NEG_VI} (?:bị )?(?:hỏng|vỡ|lỗi|hư|móp|trầy)|=lỗi (?:thanh toán|hệ thống|web|app|trang|đặt hàng)`,
    // "hư thì có sửa không": a defect followed by "thì" (then) is a condition.
    hypothetical: `=(?:có )?dễ (?:bị )?(?:hỏng|hư|vỡ|bể|nứt|trầy|xước|móp)|=(?:bị )?(?:hỏng|hư|vỡ|bể|nứt|lỗi|móp|méo|trầy|xước|rách|liệt|chết) thì|=có (?:bị )?(?:hỏng|hư|vỡ|bể|nứt|trầy|xước|móp) ${NEG_VI}`,
    old: '=cũ',
    suppose: '=nếu|=giả sử|=trường hợp|=lỡ như|=nhỡ như|=nhỡ|=ngộ nhỡ|=lỡ mà|=lỡ (?:giao|ship|gửi|nhận|đang|dùng|xài|sau)',
    notItem: '=web~|=trang|app|=ứng dụng|link|=mã|code|voucher|coupon|=giảm giá|=khuyến mãi|=theo dõi|=thanh toán|=thẻ|paypal|=tài khoản|=mật khẩu|=giỏ hàng|email|=hệ thống|=dịch vụ|chat|bot',
  },
  th: {
    defect: 'เสีย(?!ง|ใจ|เวลา|เงิน|ความรู้สึก|ค่า|อารมณ์|ดาย|สละ|ชีวิต|บ|หน้า|ชื่อ|ภาษี)|พัง|ชำรุด|แตก(?!ต่าง)|ร้าว|บุบ|บิ่น|เป็นรอย|มีรอย|รอยขีดข่วน|รอยถลอก|ใช้ไม่ได้|ใช้งานไม่ได้|เปิดไม่ติด|เปิดไม่ได้|ชาร์จไม่เข้า|ชาร์จไม่ได้|ชาร์จไม่ติด|ไฟไม่เข้า|ไฟไม่ติด|ไม่มีเสียง|เสียงไม่ออก|ไม่ทำงาน|(?:จอ|เครื่อง)ดับ|(?:จอ|เครื่อง)ค้าง|รั่ว|มีตำหนิ|ตำหนิ|ไม่สามารถใช้งาน|เชื่อมต่อไม่ได้|ฉีก|คุณภาพแย่|คุณภาพไม่ดี',
    fine: 'ไม่(?:ได้)?(?:เสีย|พัง|แตก|ชำรุด)|ไม่มี(?:ตำหนิ|รอย)|ไม่มีเสียงตอบรับ',
    hypothetical: '(?:พัง|แตก|เสีย|ร้าว|บุบ|หัก|ชำรุด)(?:ง่าย|ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่ะ|ป่าว|หรือไม่)',
    old: 'เก่า|อันเดิม',
    suppose: 'ถ้า|หาก|กรณี|สมมติ|เผื่อ',
    notItem: 'เว็บ|เว็ป|แอป|แอพ|ลิงก์|ลิ้ง|ลิงค์|โค้ด|โค๊ด|คูปอง|ส่วนลด|โปรโมชั่น|เลขพัสดุ|ติดตามพัสดุ|ชำระเงิน|จ่ายเงิน|บัตร|เพย์|บัญชี|รหัสผ่าน|ตะกร้า|อีเมล|ระบบ|บริการ|แชท|บอท',
  },
};

/**
 * How far (in characters) a supposition, a thing that is not the item or an old item reaches; less where words have
 * no spaces, except for a Thai supposition, whose clause ends at the next space anyway.
 */
const REACH = {
  spaced: { suppose: 30, before: 16, after: 3, old: 24 },
  unspaced: { suppose: 12, before: 8, after: 2, old: 8 },
  th: { suppose: 30, before: 8, after: 2, old: 8 },
};
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th']);
/** A clause ends at these; Thai also separates clauses with a space. */
const CLAUSE_END = /[.,;:!?。，、！？；：\n]/u;

/** `plain` matches the text without accents; `marked` (alternatives starting with `=`) the text as written. */
/** The language's own words and English ones: shoppers mix them in everywhere. */
const compiledFor = wordTable<keyof LanguageWords>(WORDS, ['defect', 'fine', 'hypothetical', 'suppose', 'notItem', 'old']);

/**
 * What a message says of a defect: one it reports, one it only supposes or asks about ("what if it breaks?"), and
 * one of an item the shopper already had ("my old charger broke").
 */
export interface DefectReading {
  reported?: Span;
  supposed?: Span;
  owned?: Span;
}

/**
 * Reads `text` for defects of the item bought (the first such words of each kind). Offsets are in the text as
 * normalized by `normalizeText`, which is the text itself unless NFKC changed its length.
 */
export function readDefects(text: string, locale: string): DefectReading {
  const lang = languageOf(locale);
  const words = compiledFor(WORDS[lang] ? lang : 'en');
  const prepared = prepare(text, lang);
  const withoutFine = blank(prepared, spans(prepared, words.fine));
  const hypothetical = spans(withoutFine, words.hypothetical);
  const kept = blank(withoutFine, hypothetical);
  const reach = lang === 'th' ? REACH.th : UNSPACED_LANGS.has(lang) ? REACH.unspaced : REACH.spaced;
  const clause = (from: number, to: number) => {
    const between = kept.marked.slice(from, to);
    return !CLAUSE_END.test(between) && !(lang === 'th' && between.includes(' '));
  };
  const near = (list: Span[], d: Span, before: number, after: number) => list.some((o) =>
    (o.end <= d.index && d.index - o.end <= before && clause(o.end, d.index)) || (o.index >= d.end && o.index - d.end <= after && clause(d.end, o.index)));
  const supposing = spans(kept, words.suppose);
  const others = spans(kept, words.notItem);
  const old = spans(kept, words.old);
  const isOld = (d: Span) => near(old, d, reach.old, reach.old);
  const ofItem = (d: Span) => !near(others, d, reach.before, reach.after) && !isOld(d);
  const inSupposition = (d: Span) => near(supposing, d, reach.suppose, -1);
  const found = spans(kept, words.defect);
  const defects = found.filter(ofItem);
  const reported = defects.find((d) => !inSupposition(d));
  const supposed = [...hypothetical.filter(ofItem), ...defects.filter(inSupposition)].sort((a, b) => a.index - b.index)[0];
  const owned = found.find((d) => isOld(d) && !inSupposition(d));
  return { ...(reported ? { reported } : {}), ...(supposed ? { supposed } : {}), ...(owned ? { owned } : {}) };
}

/** Where `text` reports a broken, damaged, faulty or not working item (the first such words), or `undefined`. */
export function findDefect(text: string, locale: string): Span | undefined {
  return readDefects(text, locale).reported;
}

/** The `defect` entity (value `true`) when the message reports a broken or faulty item; `owned_defect` for one the shopper already had. */
export function extractDefects(input: ScanInput): Entity[] {
  const { reported, owned } = readDefects(input.norm, input.locale);
  const sameLength = normalizeText(input.norm, input.lang).length === input.text.length;
  const entity = (type: 'defect' | 'owned_defect', at: Span) =>
    (sameLength ? makeEntity(type, true, input, at.index, at.end) : makeEntity(type, true, input, 0, input.text.length));
  // "My old charger broke, do you have a new one?" (`owned_defect`): the shopper wants a new one, not a return.
  return reported ? [entity('defect', reported)] : owned ? [entity('owned_defect', owned)] : [];
}
