/**
 * Attribute questions: which properties of a product a message asks about ("is it waterproof?", "电池能用多久",
 * "сколько весит?", "tahan air gak?"), as a small set of concepts, in the 15 languages; and which catalog
 * attribute keys answer each concept (`waterproof` → `waterproof`, `water_resistant`, `ip_rating`, ...).
 *
 * Words are matched as shoppers write them: lower case, without accents where typing drops them (an entry
 * starting with `=` needs its accents: Vietnamese "nặng" is heavy, "năng" is not), with common typos, and a
 * long word one letter off ("waterprof", "batery", "garanzia") still counts. Phrases that only look like a
 * question are blanked first: "water bottle" asks nothing about water, "モバイルバッテリー" and "batterie
 * externe" are power banks, not batteries; so are the words of the product's own name ("Waterproof Trail
 * Running Shoes", "Casque sans fil X1") when a caller passes them.
 *
 * Pattern syntax: `|` separates alternatives, `~` stands for the rest of a word (its endings), a space for
 * optional white space; alternatives of space-delimited languages must start and end on word edges. An
 * alternative starting with `#` is a unit, which does not count right after a number: "how many ml?" asks,
 * "the 500ml bottle" and "15 inch laptop" name a product.
 */
import { languageOf, marksAreOptional, normalizeText, stripMarks, tokenizeNormalized } from './tokenize.js';
import { alternative, alternatives, LETTER, UNSPACED } from './word-patterns.js';

export const ATTRIBUTE_CONCEPTS = [
  'waterproof', 'battery', 'weight', 'color', 'size', 'capacity', 'noise_cancelling', 'connection', 'material', 'warranty', 'compatibility',
] as const;
export type AttributeConcept = (typeof ATTRIBUTE_CONCEPTS)[number];

type Lexicon = Partial<Record<AttributeConcept, string>>;

interface LanguageWords {
  concepts: Lexicon;
  /** Phrases that hold a concept's words without asking about it ("water bottle", "batería externa"). */
  masks?: string;
  /** Long words a typo away still count for ("waterprof" → waterproof); inflected languages compare their stems. */
  fuzzy?: Partial<Record<AttributeConcept, string[]>>;
}

const DEVICES = 'iphone~|android~|samsung~|galaxy|pixel|ipad~|macbook~|mac|pc|ps5|xbox';

/** Per base language. Written lower case; accents are optional unless the entry starts with `=`. */
const WORDS: Record<string, LanguageWords> = {
  en: {
    concepts: {
      waterproof: 'water ?-?pro+o?f~|water ?-?resist~|splash ?-?(?:proof|resist~)|sweat ?-?(?:proof|resist~)|rain ?-?proof|ip ?x?\\d{1,2}|\\d+ ?atm|get (?:it |them )?wet|gets wet|in the (?:rain|shower|pool|sea)|(?:swim~|shower~) (?:with|in) (?:it|them)|for swimming|under ?water|water ?damage|survive (?:water|rain)|handle (?:water|rain|sweat)',
      battery: 'batt?e?r+(?:y|ey|ies)|batt|battery ?life|(?:per|on (?:a|one)(?: single| full)?) charge|charge (?:lasts?|last)|how long (?:does|do|will|would|can|could) (?:it|they|this|these|that|the [a-z0-9]+(?: [a-z0-9]+)?) (?:last|run|play|go)|how long (?:to|does it take to|do they take to|does the [a-z ]+ take to) (?:re)?charge|recharg~|charging time|play ?time|run ?time|talk ?time|standby|how many hours',
      weight: 'weigh~|wieght~|weght~|heavy|heavier|heaviness|how light|(?:is|are) (?:it|they|this|these|that) (?:very |really |too |pretty |quite )?light|light ?weight|#grams?|#kgs?|#kilos?|#lbs?',
      color: 'colou?rs?|colou?red|colr|collou?rs?|colou?r ?ways?|shades?|(?:in|come in|comes in|available in|is it|are they|is this|is that|have (?:it|them|one|this|that) in) (?:black|white|red|blue|green|pink|gr[ae]y|silver|gold|purple|yellow|orange|brown|beige|navy|cream|olive|mint)|(?:black|white|red|blue|green|pink|gr[ae]y|silver|gold|purple|yellow|orange|brown|beige|navy) (?:version|variant|model|one)',
      size: 'sizes?|sizing|size ?chart|dimensions?|dimention~|measurements?|how (?:big|large|small|wide|tall|high|thick)|how long is (?:it|this|that|the (?:cable|cord|strap|mat|[a-z]+ (?:cable|cord)))|how long are (?:the )?(?:jeans|pants|trousers|sleeves|cables?)|length|width|height|thickness|thick|true to size|(?:runs?|fits?) (?:small|big|large)|xxl|xl|xs|#cm|#centimet(?:er|re)s?|#inch(?:es)?|waist|big enough|small enough',
      capacity: 'capacit(?:y|ies)|capcity|capasity|how much (?:does|can|will) (?:it|they|this|the [a-z]+) hold|how much (?:water|coffee|tea|liquid|juice|stuff|space|room)|holds? how much|how many (?:ml|milliliters?|millilitres?|liters?|litres?|oz|ounces|gb|mah|cups|charges)|how many times (?:can|could|will) (?:it|this|the [a-z ]+) charge|#fl ?oz|#ml|#milli ?lit(?:er|re)s?|#lit(?:er|re)s?|#mah|#milliamp~|#gb|#tb|storage|memory',
      noise_cancelling: 'noise ?-?cancel~|noise ?cancell?ation|noise ?reduc~|anc|cancel~ (?:out )?(?:the )?noise|block~ (?:out )?(?:the )?(?:noise|sound)|noise ?isolat~|noise ?blocking|sound ?proof|hear (?:outside|people|traffic|the noise)',
      connection: 'blue ?tooth|bt|wire ?less|wirless|wireles|wired|wire|cable|cabled|cord|corded|usb~|usb ?-?c|type ?-?c|lightning (?:port|connector)|3\\.5 ?mm|headphone jack|aux|jack|connect~|pair~ (?:with|to)|pairing|2\\.4 ?ghz|dongle|receiver|wi ?-?fi|plug (?:it |them )?in|multipoint',
      material: 'materials?|materail~|matierial~|made (?:of|from|out of)|what(?:\'s| is) (?:it|this|that|the [a-z]+) made|fabrics?|(?:real|genuine|faux|fake|vegan) leather|leather|cotton|polyester|nylon|wool|plastic|metal|steel|stainless|alumin(?:i)?um|wood(?:en)?|glass|silicone|rubber|ceramic|porcelain|bpa|denim|canvas|bamboo',
      warranty: 'warrant(?:y|ee|ies)|waranty|warrenty|guarant(?:ee|y)~|guarentee~|garantee~|garanty',
      compatibility: `compatib~|compatable|works? (?:with|on)|working with|fits? (?:my|an?|the|on|with|in)|fit (?:an?|my|the)? ?(?:${DEVICES}|laptop|phone)|(?:with|for|on|to) (?:my |an? |the )?(?:${DEVICES}|laptop|windows|switch|tv)|support~ (?:iphone|android|ios|mac|windows)|ios|android`,
    },
    masks: 'water ?bottles?|water ?flasks?|water ?jugs?',
    fuzzy: {
      waterproof: ['waterproof'], battery: ['battery', 'batteries'], warranty: ['warranty', 'guarantee'], capacity: ['capacity'],
      compatibility: ['compatible'], connection: ['bluetooth', 'wireless'], material: ['material'], size: ['dimensions'], noise_cancelling: ['cancelling', 'canceling'],
    },
  },
  de: {
    concepts: {
      waterproof: 'wasserdicht~|wasser ?fest~|wasserabweisend~|wasserresistent~|wasserbestandig~|spritzwasser~|regenfest~|schweiss ?(?:resistent|fest|bestandig)~|ip ?x?\\d{1,2}|\\d+ ?atm|nass werden|(?:im|in den|bei) regen|unter ?wasser|schwimmen|beim duschen|unter der dusche|wasserschutz|gegen wasser|wasser aus',
      battery: 'akku~|batterie~|laufzeit~|spielzeit~|wiedergabezeit~|betriebsdauer|wie lange? (?:halt|lauft|geht|spielt)~|ladezeit~|pro ladung|mit einer (?:akku)?ladung|aufladen',
      weight: 'gewicht~|wiegt|wiegen|wie schwer|wie leicht|(?:ist|sind) (?:er|sie|es|der|die|das)(?: [a-z0-9]+)? (?:sehr |ziemlich |zu |eher )?(?:schwer|leicht)(?! zu)|leichtgewicht~|#gramm|#kilo~|#kg',
      color: 'farbe~|farbton~|farbvariante~|(?:in|auch in) (?:schwarz|weiss|rot|blau|grun|grau|silber|gold|rosa|pink|lila|gelb|orange|braun|beige|navy)',
      size: 'welche grosse~|in grosse|grosse (?:xs|s|m|l|xl|xxl|\\d+)|grossentabelle|konfektionsgrosse|grossenangabe~|abmessung~|wie (?:gross|lang|breit|hoch|dick)(?! halt| lauft)|kabellange|die lange|welche lange|breite|dicke|#cm|#zentimeter|#zoll|passform|(?:klein|gross|normal|eng|weit)(?:er)? aus',
      capacity: 'kapazitat~|fassungsvermogen|volumen|wie viel (?:passt|fasst)~|fasst|wie viele? (?:ml|liter|mah|gb|ladungen)|#ml|#milliliter|#liter|#mah|#gb|speicher~',
      noise_cancelling: 'gerauschunterdruck~|gerauschreduzier~|noise ?-?cancel~|anc|larmunterdruck~|gerausche? (?:unterdruck|filter|blockier)~|schalldicht|abschirm~',
      connection: 'bluetooth|kabellos~|kabelgebunden~|mit kabel|kabel|usb~|usb ?-?c|type ?-?c|klinke~|3\\.5 ?mm|anschluss~|anschlies~|verbind~|koppel~|pair~|wlan|wi ?-?fi|lightning|funk',
      material: 'material~|woraus|aus was|hergestellt aus|gefertigt aus|stoff|leder~|baumwolle|plastik|kunststoff~|metall~|stahl|edelstahl|alumin(?:i)?um|holz~|glas|silikon|gummi|keramik|porzellan|wolle|polyester',
      warranty: 'garantie~|gewahrleistung~',
      compatibility: `kompatib~|funktioniert (?:mit|am|an|auf)|geht (?:mit|am|an|auf) (?:dem |meinem |einem )?(?:${DEVICES}|handy|laptop)|(?:passt|passen) (?:auf|aufs|an|ans|in|ins|zu|zum|fur) (?:das |mein |meine |ein |den |die )?(?:${DEVICES}|handy|smartphone|laptop)|fur (?:das |mein |ein )?(?:iphone|android|samsung|ipad|mac|pc)|mit (?:meinem |einem |dem )?(?:${DEVICES}|handy)|ios|android`,
    },
    masks: 'trinkflasche~|wasserflasche~|thermosflasche~|isolierflasche~|wasserkocher~|powerbank~|power ?bank~|zusatzakku~|externe[rn]? akku~',
    fuzzy: {
      waterproof: ['wasserdicht'], battery: ['akkulaufzeit', 'batterie'], warranty: ['garantie'], capacity: ['kapazitat'],
      compatibility: ['kompatibel'], connection: ['bluetooth', 'kabellos'], material: ['material'], size: ['abmessungen'],
    },
  },
  fr: {
    concepts: {
      waterproof: 'etanche~|etancheite|impermeable~|resist~ (?:a|à) l\'?eau|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|sous la (?:pluie|douche)|sous l\'?eau|dans l\'?eau|mouill~|(?:nager|se baigner) avec|pour nager|anti ?-?(?:eau|pluie)|eclaboussure~|projections? d\'?eau',
      battery: 'batterie~|batery|autonomie~|piles|(?:tient|dure) combien|combien de temps (?:tient|dure|fonctionne|ca tient|ca dure|elle tient|il tient|elle dure|il dure)|par charge|charge (?:complete|pleine)|recharg~',
      weight: 'poids|pese|pesent|peser|lourd~|leger~|legere~|legerete|#grammes?|#kilos?|#kg',
      color: 'couleurs?|coloris|teintes?|(?:en|existe en|dispo en) (?:noir|blanc|rouge|bleu|vert|gris|rose|argent|or|violet|jaune|orange|marron|beige)',
      size: 'tailles?|taill~ (?:grand|petit|normal)~|dimensions?|mensurations|(?:les|ses|quelles) mesures|grandeur|longueur|largeur|hauteur|epaisseur|epais~|(?:combien|ca) mesure|mesure combien|#cm|#centimetres?|#pouces?|pointures?|gabarit|taille (?:petit|grand)~',
      capacity: 'capacite~|contenance|contient combien|combien de (?:ml|cl|litres?|mah|go|gb|charges?)|#litres?|#ml|#cl|#mah|#go|#gb|stockage|memoire',
      noise_cancelling: 'reduction (?:active )?(?:de |du )?bruit|anti ?-?bruit|(?:suppression|annulation|attenuation) (?:active )?(?:de |du )?bruit|noise ?-?cancel~|isol~ (?:du |le |les )?bruits?|isolation phonique|anc|coupe (?:le |les )?bruits?',
      connection: 'bluetooth|sans ?fil|filaire|avec fil|fil|cable|usb~|usb ?-?c|type ?-?c|prise jack|jack|connexion~|connect~|branch~|appair~|jumel~|wi ?-?fi|lightning',
      material: 'matiere~|materiau~|en quoi|fait en|fabrique en|compos~|tissu|cuir|coton|plastique|metal|acier|inox|alu|aluminium|verre|silicone|caoutchouc|ceramique|porcelaine|bois|laine|polyester',
      warranty: 'garantie~|garanti',
      compatibility: `compatib~|(?:fonctionne|marche|va) (?:avec|sur)|convient (?:a|pour) (?:mon|ma|un|une)|pour (?:iphone|android|samsung|ipad|mac|pc)|avec (?:mon |ma |un |une )?(?:${DEVICES})|ios|android`,
    },
    masks: 'montres? connectees?|objets? connectes?|gourdes?|bouteilles? (?:d\'eau|isotherme~)|bouilloire~|batteries? (?:externes?|portables?|nomades?)|power ?banks?|chargeurs? portables?',
    fuzzy: {
      waterproof: ['etanche'], battery: ['batterie', 'autonomie'], warranty: ['garantie'], capacity: ['capacite'],
      compatibility: ['compatible'], connection: ['bluetooth'], material: ['materiau'], size: ['dimensions'],
    },
  },
  es: {
    concepts: {
      waterproof: 'impermeable~|resistente~ al agua|resiste (?:el |al )?agua|a prueba de agua|contra (?:el )?agua|sumergible~|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|(?:se )?(?:puede )?mojar~|bajo (?:la lluvia|el agua)|con (?:la )?lluvia|en la ducha|para nadar|nadar con|(?:le )?entra (?:el )?agua|aguanta (?:el agua|la lluvia|agua)|salpicadura~',
      battery: 'bateria~|pilas?|autonomia~|cuanto (?:tiempo )?dura(?! (?:la )?garantia)|tarda en cargar|cargar(?:se)? complet~|cuantas horas (?:dura|aguanta)|dura la carga|aguanta (?:la )?bateria|por carga|con una (?:sola )?carga|carga completa|duracion de (?:la )?bateria',
      weight: 'peso|pesa|pesan|pesado~|liviano~|ligero~|ligera~|#gramos?|#kilos?|#kg',
      color: 'colou?r~|que color|tonos?|(?:en|viene en|hay en) (?:negro|blanco|rojo|azul|verde|gris|rosa|plateado|dorado|morado|amarillo|naranja|marron|beige)',
      size: 'tallas?|tamano~|tamanio|medidas?|dimension~|que tan (?:grande|largo|ancho|alto)|cuanto mide|miden|(?:de|el) (?:largo|ancho|alto)|grosor|grueso~|#cm|#centimetros?|#pulgadas?|que numero|horma|tall~ (?:pequen~|grande~|chic~|normal)',
      capacity: 'capacidad~|cuanto (?:le )?cabe|cuant[oa]s? (?:ml|litros?|mah|gb|cargas)|#litros?|#ml|#mah|#gb|almacenamiento|memoria',
      noise_cancelling: 'cancelacion (?:activa )?(?:de )?(?:ruido|sonido)|cancela~ (?:el )?ruido|anti ?-?ruido|reduccion (?:de )?ruido|aisla~ (?:del? |el )?ruido|aislamiento (?:de )?ruido|bloquea (?:el )?ruido|noise ?-?cancel~|anc',
      connection: 'bluetooth|inalambric~|sin cables?|con cables?|cable~|alambric~|usb~|usb ?-?c|tipo ?-?c|jack|conexion~|conect~|empareja~|vincula~|wi ?-?fi|lightning',
      material: 'material~|de que (?:esta|es|son|estan) (?:hech[oa]s?)|hech[oa]s? de|tela|cuero|de piel|piel (?:real|sintetica|genuina|autentica)|algodon|plastico|metal~|acero|inoxidable|vidrio|cristal|silicona|goma|caucho|ceramica|porcelana|madera|lana|poliester',
      warranty: 'garantia~|garantias',
      compatibility: `compatib~|funciona (?:con|en)|sirve (?:para|con|en) (?:mi |el |la |un |una )?(?:${DEVICES}|celular|movil|telefono)|le (?:queda|sirve) a|para (?:iphone|android|samsung|ipad|mac|pc)|con (?:mi |el |un |una )?(?:${DEVICES})|ios|android`,
    },
    masks: 'botellas? (?:de agua|termica~)?|termos?|hervidor~|cantimplora~|baterias? (?:externas?|portatil~)|power ?banks?|cargador~ portatil~',
    fuzzy: {
      waterproof: ['impermeable'], battery: ['bateria'], warranty: ['garantia'], capacity: ['capacidad'],
      compatibility: ['compatible'], connection: ['bluetooth', 'inalambrico'], material: ['material'],
    },
  },
  pt: {
    concepts: {
      waterproof: 'a prova (?:d\'|de |d )?agua|prova d\'?agua|impermeave(?:l|is)|resistente~ (?:a|à) agua|resiste (?:a )?agua|molha~|pode molhar|na chuva|(?:debaixo|embaixo) d\'?agua|no banho|para nadar|nadar com|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|contra agua|respingos?|entra agua',
      battery: 'bateria~|pilhas?|autonomia~|quanto tempo dura|dura quanto|quanto dura(?! (?:a )?garantia)|(?:demora|leva) quanto (?:a|pra|para) carregar|quanto tempo (?:demora|leva) (?:a|pra|para) carregar|quantas horas (?:dura|aguenta)|aguenta quanto|por carga|com uma (?:unica )?carga|carga (?:dura|completa)|duracao da bateria',
      weight: 'peso|pesa|pesam|(?:e|eh|sao|é) (?:bem |muito )?(?:leves?|pesad[oa]s?)|levinh[oa]~',
      color: 'cor|cores|que cor|qual (?:a )?cor|na cor|tonalidade~|(?:em|tem em|vem em) (?:preto|branco|vermelho|azul|verde|cinza|rosa|prata|dourado|roxo|amarelo|laranja|marrom|bege)',
      size: 'tamanhos?|medidas?|dimens~|numeracao|que numero|comprimento|largura|altura|espessura|grossura|grosso~|#cm|#centimetros?|#polegadas?|veste (?:bem|grande|pequeno)|forma (?:grande|pequena|normal)|quanto mede|mede quanto',
      capacity: 'capacidade~|(?:cabe|leva) quanto|quanto cabe|quant[oa]s? (?:ml|litros?|mah|gb|cargas)|#litros?|#ml|#mah|#gb|armazenamento|memoria',
      noise_cancelling: 'cancelamento (?:ativo )?(?:de )?ruido|cancela~ (?:o )?ruido|anti ?-?ruido|reducao (?:de )?ruido|isolamento (?:de )?ruido|isola~ (?:o )?(?:ruido|barulho)|abafa~ (?:o )?(?:ruido|barulho|som)|bloqueia (?:o )?(?:ruido|barulho)|noise ?-?cancel~|anc',
      connection: 'bluetooth|sem fio|com fio|fio|cabo~|usb~|usb ?-?c|tipo ?-?c|p2|jack|conexao~|conect~|parea~|emparelh~|wi ?-?fi|lightning',
      material: 'material~|feit[oa]s? de|de que (?:e|sao) feit[oa]s?|tecido|couro|algodao|plastico|metal|aco|inox|vidro|silicone|borracha|ceramica|porcelana|madeira|poliester|acrilico|=lã',
      warranty: 'garantia~',
      compatibility: `compativ~|compatib~|funciona (?:com|no|na|em)|serve (?:no|na|em|pro|pra|para) (?:o |a |meu |minha )?(?:${DEVICES}|celular|telemovel)|(?:para|pra) (?:iphone|android|samsung|ipad|mac|pc)|com (?:meu |minha |o |um |uma )?(?:${DEVICES})|roda (?:no|em)|ios|android`,
    },
    masks: 'garrafas? (?:de |d\'|d )?agua|garrafas? termicas?|garrafinhas?|squeeze|chaleira~|cantil|baterias? (?:externas?|portate~|portatil)|power ?banks?|carregador~ portate~|carregador portatil',
    fuzzy: {
      waterproof: ['impermeavel'], battery: ['bateria'], warranty: ['garantia'], capacity: ['capacidade'],
      compatibility: ['compativel'], connection: ['bluetooth'], material: ['material'],
    },
  },
  it: {
    concepts: {
      waterproof: 'impermeabil~|resistent~ all\'?acqua|resiste all\'?acqua|a prova d\'?acqua|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|sotto la (?:pioggia|doccia)|sott\'?acqua|in acqua|bagna~|per nuotare|nuotare con|anti ?-?acqua|idrorepellent~|schizzi|tenuta stagna',
      battery: 'batteri~|autonomia~|pile|quanto dura(?! (?:la )?garanzia)|dura quanto|a caricar~|caricarsi|quante ore (?:dura|fa)|durata (?:della )?batteria|con una (?:sola )?carica|per carica|ricaric~',
      weight: 'peso|pesa|pesano|pesant~|leggero|leggera|leggeri|#grammi|#chili|#kg|#etti',
      color: 'colore|colori|che colore|tinta|colorazion~|(?:in|anche in) (?:nero|bianco|rosso|blu|verde|grigio|rosa|argento|oro|viola|giallo|arancione|marrone|beige)',
      size: 'tagli[ae]|misur[ae]|dimension~|grandezza|quanto (?:e )?(?:grande|lung[oa]|largo)|lunghezza|larghezza|altezza|spessore|spess[oa]|#cm|#centimetri|#pollici|che numero|(?:vest|calz)~ (?:grand|piccol|regolar|giust|strett|larg)~|vestibilita',
      capacity: 'capacita~|capienza|capiente|contiene (?:quanto|quanti)|quanto (?:ci )?sta|quant[ie] (?:ml|litri|mah|gb|ricariche)|#litri|#litro|#ml|#mah|#gb|memoria|archiviazione',
      noise_cancelling: 'cancellazione (?:attiva )?(?:del )?rumore|cancella~ (?:il )?rumore|riduzione (?:del )?rumore|antirumore|anti ?-?rumore|isolamento acustico|isol~ (?:dal )?rumore|noise ?-?cancel~|anc',
      connection: 'bluetooth|senza fili|wireless|cablat~|con (?:il )?filo|filo|cavo|usb~|usb ?-?c|tipo ?-?c|jack|connession~|colleg~|conness~|accoppia~|abbina~|wi ?-?fi|lightning',
      material: 'material~|di (?:che|cosa|che cosa) (?:e|sono) fatt[oaie]|fatt[oaie] di|in che materiale|tessuto|in pelle|vera pelle|pelle (?:vera|sintetica|naturale)|cotone|plastica|metallo|acciaio|inox|vetro|silicone|gomma|ceramica|porcellana|legno|lana|poliestere',
      warranty: 'garanzi~',
      compatibility: `compatibil~|funziona (?:con|col|coi|su|sul|sull)|va bene (?:per|con) (?:il |l'|un |una )?(?:${DEVICES})|per (?:iphone|android|samsung|ipad|mac|pc)|con (?:il |l'|mio |mia |un |una )?(?:${DEVICES})|ios|android`,
    },
    masks: 'borracc~|bottigli[ae] (?:d\'|d |per l\'|dell\')acqua|bollitor~|thermos|batteri[ae] (?:estern[ae]|portatil[ei])|power ?banks?|caricator[ei] portatil[ei]',
    fuzzy: {
      waterproof: ['impermeabile'], battery: ['batteria', 'autonomia'], warranty: ['garanzia'], capacity: ['capacita'],
      compatibility: ['compatibile'], connection: ['bluetooth'], material: ['materiale'],
    },
  },
  ru: {
    concepts: {
      waterproof: 'водонепроницаем~|водостоик~|водозащищ~|влагозащищ~|влагозащит~|влагостоик~|влагонепроницаем~|защит~ от (?:воды|влаги|дождя|брызг)|непромока~|не промока~|промока~|бои(?:т|ш)ся воды|под дожд~|в дождь|под водои|в воду|в воде|в душ~|купат~|плават~|намоч~|промоч~|ip ?x?\\d{1,2}|\\d+ ?(?:atm|атм)|брызг~',
      battery: 'батаре~|аккумулятор~|акум~|акб|заряд(?:а|ом|е)?|заряжа~|подзаряд~|автономн~|сколько (?:часов )?(?:работает|держит|проработает|играет|живет|живут|держат|работают)|(?:на сколько|надолго) хватает|хватает (?:заряда|батареи)|держит заряд|время работы',
      weight: 'вес|веса|весом|весит|весят|тяжел(?:ыи|ая|ое|ые|ого|ои)|тяжелее|легк(?:ии|ая|ое|ие|ого|ои)|легче|легонь~|#грамм~|#кило~|#кг',
      color: 'цвет~|расцветк~|окраск~|оттен(?:ок|к~)|в (?:черном|белом|красном|синем|зеленом|сером|розовом|серебристом|золотом|фиолетовом|желтом|оранжевом|коричневом|бежевом)',
      size: 'размер~|габарит~|длин~|ширин~|высот~|толщин~|толст~|насколько (?:большои|большие|большая|длинн~)|#см|#сантиметр~|#дюим~|маломер~|большемер~',
      capacity: 'емкост~|объем~|вместимост~|сколько (?:мл|литров|ма ?ч|mah|гб|gb)|#мл|#литр~|#ма ?ч|#мач|#mah|#гб|#gb|памят~|сколько (?:влезает|вмещает)|вмеща~|сколько раз (?:зарядит|заряжает|можно зарядить)',
      noise_cancelling: 'шумоподавлен~|шумодав~|шумоизоляц~|шумоизолир~|подавлен~ шума|подавля~ шум|глуш~ шум|заглуша~|изоляци~ от шума|noise ?-?cancel~|anc',
      connection: 'блютуз~|блютус~|bluetooth|беспровод~|проводн~|провод~|кабел~|шнур~|usb|юсб|type ?-?c|таип ?-?си|джек|разъем~|подключ~|коннект~|сопряж~|wi ?-?fi|ваи ?-?фаи|lightning|лаитнинг',
      material: 'материал~|из чего|сделан~ из|изготовлен~ из|ткан~|кожан~|из (?:натуральнои |искусственнои |эко ?)?кож~|эко ?кож~|хлоп(?:ок|к~)|пластик~|пластмасс~|металл~|нержав~|стальн~|стекл~|силикон~|резин~|керамик~|фарфор~|дерев~|шерст~|полиэстер~',
      warranty: 'гарант~',
      compatibility: 'совместим~|(?:подоидет|подходит|работает) (?:ли )?(?:к|для|на|под|с) (?:моему |моеи |мои |моего |моим )?(?:телефон~|смартфон~|аифон~|iphone~|андроид~|android|самсунг~|samsung|ноут~|ipad|аипад~|mac|мак~)|для (?:аифона|iphone|андроида|android|самсунга|samsung|ipad|аипада|mac|мака|пк)|с (?:моим )?(?:аифоном|iphone|андроидом|android|самсунгом|samsung|ipad|маком|пк)|аифон~|iphone|андроид~|android|ios',
    },
    masks: 'бутылк~(?: для воды)?|термос~|чаиник~|фляг~|(?:внешн|портативн)~ (?:аккумулятор|батаре|зарядк)~|пауэр ?банк~|павербанк~|повербанк~|power ?bank~',
    fuzzy: {
      waterproof: ['водонепроницаемый'], battery: ['аккумулятор', 'батарея'], warranty: ['гарантия'], compatibility: ['совместимый'],
      material: ['материал'], noise_cancelling: ['шумоподавление'], connection: ['беспроводной'],
    },
  },
  ar: {
    concepts: {
      waterproof: 'مقاوم~ (?:لل|ل)?(?:ماء|مياه|مي)|ضد (?:ال)?(?:ماء|مياه|مي)|عازل~ (?:لل|ل)?(?:ماء|مياه)|(?:يتحمل|تتحمل) (?:ال)?(?:ماء|مياه|مطر)|(?:يدخل|تدخل)~ (?:ال)?(?:ماء|مي|مياه)|تحت (?:ال)?(?:ماء|مطر|مياه)|في (?:ال)?(?:مطر|ماء|مياه)|سباح~|(?:ا|ي|ن|ت)سبح|استحمام|ووتر ?بروف|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|يبتل|تبتل|بلل|رذاذ',
      battery: 'بطاري~|(?:كم|قديش) (?:ساعه )?(?:تشتغل|يشتغل|تدوم|يدوم|تعمل|يعمل|تقعد|يقعد)|تدوم|يدوم|عمر (?:ال)?بطاري~|مده (?:ال)?(?:تشغيل|شحن)|شحنه واحده|بشحنه|الشحن (?:يدوم|يكفي|يقعد)',
      weight: 'وزن~|يزن|تزن|ثقيل~|خفيف~|#جرام~|#غرام~|#كيلو~|#كجم|#كغ|#kg',
      color: 'لون~|الوان~|باللون|(?:ايش|شو|وش|ما) لون~',
      size: 'مقاس~|حجم~|ابعاد~|قياس~|(?:كم|ما) (?:ال)?(?:طول|عرض|ارتفاع|سمك)~|الطول|طول(?:ه|ها)|سماك~|#سنتي~|#سم|#انش|#بوصه',
      capacity: 'سع(?:ه|ت)~|(?:كم|قديش) (?:مل|لتر|ملي ?امبير|mah|جيجا|جيغا|gb)|#مل|#لتر~|#ملي ?امبير|#mah|#جيجا|#جيغا|#gb|تساع|تخزين|ذاكره|(?:كم|قديش) مره (?:يشحن|تشحن)|(?:يتسع|تتسع|يستوعب|تستوعب)',
      noise_cancelling: '(?:عزل|الغاء|تقليل|كتم) (?:ال)?(?:ضوضاء|ضجيج|صوت|اصوات)|عازل~ (?:لل|ل)?(?:ضوضاء|صوت)|ضد (?:ال)?(?:ضوضاء|ضجيج)|(?:يعزل|تعزل|يلغي|تلغي) (?:ال)?(?:صوت|ضوضاء|ضجيج|اصوات)|نويز ?كانسل~|noise ?-?cancel~|anc',
      connection: 'بلوتوث|بلوتوت|bluetooth|لاسلكي~|سلكي~|بسلك|سلك|كيبل|كابل|usb|يو ?اس ?بي|تايب ?سي|type ?-?c|منفذ~|مدخل~|اتصال|(?:يتصل|تتصل|يشبك|تشبك) (?:مع|ب)|اقتران|واي ?فاي|wi ?-?fi|جاك',
      material: 'خام~|ماده (?:ال)?صنع|مصنوع~|مادته|مادتها|قماش~|جلد (?:طبيعي|اصلي|صناعي)|جلد~|قطن~|بلاستيك~|معدن~|ستانلس|فولاذ~|زجاج~|سيليكون|مطاط~|سيراميك|خشب~|صوف|بوليستر',
      warranty: 'ضمان~|كفال~|مكفول~|مضمون~',
      compatibility: 'متوافق~|(?:يتوافق|تتوافق|توافق)~|(?:يناسب|تناسب|يركب|تركب) (?:على |مع )?(?:ال)?(?:ايفون|اندرويد|سامسونج|جوال|هاتف|تلفون)~|(?:يشتغل|تشتغل|يعمل|تعمل) (?:مع|على) (?:ال)?(?:ايفون|اندرويد|سامسونج|جوال|هاتف|تلفون|ايباد|ماك|كمبيوتر)~|ايفون|اندرويد|iphone|android|ios',
    },
    masks: 'زجاج~ (?:ال)?(?:ماء|مياه|مي)|قنين~|مطره|زمزميه|ترمس|غلاي~|باور ?بانك|(?:بطاري|شاحن)~ (?:متنقل|خارجي|محمول)~|بنك (?:ال)?طاق~',
  },
  tr: {
    concepts: {
      waterproof: 'su ?gecirmez~|su ?dayanikli~|suya (?:dayanikli|karsi|dayanir|girer|sokul)~|su (?:gecirir|gecer|almaz|alir mi)|islan~|yagmur~|dusta|yuzerken|havuz~|denizde|tere dayanikli|waterproof|ip ?x?\\d{1,2}|\\d+ ?atm|sicrama~',
      battery: 'pil(?:i|in|e|de|den|ler|leri|lerin|le|li)?|batarya~|sarj~|kac saat (?:gidiyor|gider|dayanir|dayaniyor|calisir|calisiyor|kullanilir|idare eder)|ne kadar (?:gidiyor|gider|dayanir|dayaniyor|calisir)|pil omru|kullanim suresi|calma suresi|aku~',
      weight: 'agirlik~|agirlig~|agir~|hafif~|kac (?:gram|gr|kilo|kg|g)|#gram~|#kilo~|#kg',
      color: 'renk~|rengi~|(?:siyah|beyaz|kirmizi|mavi|yesil|gri|pembe|gumus|altin|mor|sari|turuncu|kahverengi|bej|lacivert)(?:i|ini)? (?:var|mevcut|bulunuyor|olan)~',
      size: 'beden~|boyut~|olcu(?:su|sunu|leri|lerini|ler)?|ebat~|boyu|boyunu|boylari|uzunlu(?:k|g)~|genisli(?:k|g)~|yuksekli(?:k|g)~|kalinli(?:k|g)~|kalin (?:mi|mı)|ne kadar (?:buyuk|uzun|genis|kalin)|kac (?:cm|mm|santim|inc|numara|beden)|#cm|#santim~|#inc|kalib~|kalip~',
      capacity: 'kapasite~|hacim~|hacmi~|kac (?:ml|litre|mah|gb|kez|defa|sarj|bardak)|#litre~|#ml|#mah|#gb|hafiza~|depolama|ne kadar (?:su )?(?:alir|aliyor)',
      noise_cancelling: 'gurultu ?(?:engel|onle|azalt|kes|yalitim)~|gurultuyu (?:engell|kes|onl|azalt)~|ses yalitim~|dis ?(?:sesi|sesleri) (?:kes|engell|al)~|noise ?-?cancel~|anc',
      connection: 'bluetooth|blutut|bluetut|kablosuz~|kablolu~|kablo~|usb|type ?-?c|tip ?-?c|jak~|baglan~|baglanti~|eslest~|wi ?-?fi|wifi|lightning|aux',
      material: 'malzeme~|materyal~|kumas~|neyden|ne (?:malzemeden|kumastan)|yapilmis|deri(?:si|den)?|hakiki deri|pamuk~|plastik~|metal~|celik~|paslanmaz|cam|silikon~|kaucuk~|seramik~|porselen~|ahsap~|yun~|polyester~',
      warranty: 'garanti~',
      compatibility: 'uyumlu~|uyar (?:mi|mı)|uyuyor (?:mu|mı)|(?:iphone|android|samsung|ipad|mac|pc|telefon)~ (?:ile |la |le )?(?:calisir|calisiyor|uyumlu|uyar|olur|kullanilir|baglanir)~|iphone~|android~|ios',
    },
    masks: 'su sise~|suluk~|matara~|termos~|su isitici~|caydanlik~|kettle|powerbank~|power ?bank~|tasinabilir sarj~|harici (?:pil|batarya)~|sarj (?:aleti|cihaz|kablo|adaptor|adaptoru)~',
    fuzzy: { warranty: ['garanti'], capacity: ['kapasite'], connection: ['bluetooth', 'kablosuz'], material: ['malzeme'] },
  },
  id: {
    concepts: {
      waterproof: 'tahan air|anti air|kedap air|waterproof|water ?-?resist~|ip ?x?\\d{1,2}|\\d+ ?atm|kena (?:air|hujan)|(?:ke)?masukan air|masuk air|(?:buat|dipake|dipakai|bisa) (?:berenang|renang|mandi|hujan ?-?hujanan)|hujan~|basah|kecipratan|cipratan|tahan keringat',
      battery: 'baterai~|batre~|batrai~|batere~|batt?ery|daya tahan (?:baterai|batre)|tahan berapa (?:lama|jam)|berapa (?:lama|jam) (?:tahan|awet|bisa dipake|bisa dipakai|nyala)|awet (?:gak|ga|nggak|tidak|berapa)|sekali (?:cas|charge|ngecas)|cas(?:nya|an)?|ngecas|ngecharge|charge(?:nya)?|pengisian',
      weight: 'berat~|ringan~|enteng~|berapa (?:gram|gr|kilo|kg)|#gram|#gr|#kilo~|#kg',
      color: 'warna~|(?:hitam|putih|merah|biru|hijau|abu ?-?abu|pink|silver|perak|emas|ungu|kuning|oranye|coklat|cokelat|krem|navy)(?:nya)? (?:ada|tersedia|ready)|ada (?:yang )?(?:hitam|putih|merah|biru|hijau|abu|pink|silver|ungu|kuning|coklat|navy)',
      size: 'ukuran~|size~|dimensi~|panjang~|lebar~|tingginya|berapa tinggi|tebal~|tebel~|ketebalan|seberapa (?:besar|panjang|lebar)|berapa (?:cm|senti|inci|inch|mm)|#cm|#senti~|#inci|#inch|nomor (?:sepatu|berapa)|all ?size|kebesaran|kekecilan',
      capacity: 'kapasitas~|muat berapa|isi(?:nya)? berapa|berapa (?:ml|liter|mah|gb|kali (?:cas|charge|ngecas))|#ml|#liter~|#mah|#gb|memori~|penyimpanan',
      noise_cancelling: 'noise ?-?cancel~|anc|(?:peredam|meredam|redam) (?:suara|bising|kebisingan)|kedap suara|anti bising|suara luar',
      connection: 'bluetooth|bluetut|blutut|wireless|nirkabel|tanpa kabel|(?:pake|pakai) kabel|kabel~|usb|type ?-?c|tipe ?-?c|jack|colokan~|konek~|koneksi~|sambung~|pairing|wi ?-?fi|lightning|aux',
      material: 'bahan~|material~|terbuat dari|dibuat dari|kulit (?:asli|sintetis|imitasi|sapi)|dari kulit|katun|plastik|besi|logam|stainless|kaca|silikon|karet|keramik|porselen|kayu|wol|polyester',
      warranty: 'garansi~|jaminan',
      compatibility: `kompatib~|compatible|(?:cocok|bisa) (?:buat|untuk|sama|dengan|di|dipake (?:di|buat)|dipakai (?:di|untuk)) (?:hp|${DEVICES}|laptop|xiaomi|oppo|vivo)|support (?:iphone|android|ios|mac|windows)|muat (?:laptop|hp|iphone)|iphone|android|ios`,
    },
    masks: 'botol (?:minum|air)~|botol~|tumbler|termos|ketel~|teko~|power ?bank~|baterai (?:cadangan|eksternal)|batre cadangan|charger~',
    fuzzy: { battery: ['baterai'], warranty: ['garansi'], capacity: ['kapasitas'], compatibility: ['kompatibel'], connection: ['bluetooth'] },
  },
  vi: {
    concepts: {
      waterproof: 'chong nuoc|khang nuoc|chiu nuoc|chong tham|(?:khong )?tham nuoc|ngam nuoc|vo nuoc|vao nuoc|dinh nuoc|=đi mưa|=mưa|duoi mua|dam mua|uot|(?:di|khi) boi|boi loi|ip ?x?\\d{1,2}|\\d+ ?atm|waterproof',
      battery: 'pin|(?:xai|dung|nghe|chay|xem) (?:duoc )?bao lau|bao nhieu (?:tieng|gio)|may (?:tieng|gio)|sac (?:day|1 lan|mot lan|bao lau|mat bao lau)|pin trau',
      weight: '=nặng|=nhẹ|trong luong|can nang|khoi luong|nang bao nhieu|nhe khong|bao nhieu (?:gram|gam|kg|ky|ki lo|can)|#gram|#kg',
      color: '=màu|mau sac|mau gi|may mau|mau (?:den|trang|do|xanh|hong|xam|bac|vang|tim|cam|nau|be|kem)',
      size: 'kich thuoc|kich co|size|co (?:giay|ao|quan)|(?:dai|rong|cao|day|to|lon) (?:bao nhieu|khong|ko|k)|bao nhieu (?:cm|phan|inch|mm)|chieu (?:dai|rong|cao)|do day|#cm|#inch|form (?:rong|nho|chuan)|so may',
      capacity: 'dung tich|dung luong|bao nhieu (?:ml|lit|mah|gb)|#ml|#lit|#mah|#gb|(?:chua|dung) (?:duoc )?bao nhieu|sac (?:duoc )?(?:bao nhieu|may) lan|bo nho',
      noise_cancelling: 'chong on|khu on|giam on|cach am|loc on|anc|noise ?-?cancel~',
      connection: 'bluetooth|blutut|khong day|co day|day cap|=cáp|cap sac|usb|type ?-?c|cong (?:sac|ket noi|usb|3\\.5)|jack|ket noi|ghep noi|wi ?-?fi|lightning',
      material: 'chat lieu|lam (?:bang|tu) (?:gi|chat gi)|bang chat (?:lieu )?gi|=vải|da (?:that|bo|tong hop|pu)|cotton|nhua|kim loai|inox|thep|thuy tinh|silicon|cao su|=gốm|=sứ|=gỗ|=len',
      warranty: 'bao hanh',
      compatibility: 'tuong thich|(?:dung|xai) (?:duoc )?(?:cho|voi|tren) (?:iphone|android|samsung|ip|dien thoai|laptop|ipad|mac~|may)|ho tro (?:iphone|android|ios)|vua (?:iphone|ip|dien thoai|laptop|may)|iphone|android|ios',
    },
    masks: 'binh nuoc|chai nuoc|binh giu (?:nhiet|lanh)|giu (?:lanh|nhiet|nong) (?:duoc )?(?:bao lau|may (?:tieng|gio)|bao nhieu (?:tieng|gio))|am (?:dun|sieu toc)|pin du phong|sac du phong|cuc sac|coc sac',
  },
  th: {
    concepts: {
      waterproof: 'กันน้ำ|ทนน้ำ|กันฝน|กันเหงื่อ|โดนน้ำ|โดนฝน|ลงน้ำ|น้ำเข้า|เปียก|ว่ายน้ำ|อาบน้ำ|ip ?x?\\d{1,2}|\\d+ ?atm|waterproof',
      battery: 'แบต|ถ่าน|ใช้(?:งาน)?ได้(?:นาน)?(?:กี่ชั่วโมง|แค่ไหน|เท่าไหร่)|อยู่ได้(?:นาน)?(?:กี่|แค่ไหน)|ฟังได้(?:นาน)?(?:กี่|แค่ไหน)|ชาร์จ|ชาร์ต|ชาร์ท',
      weight: 'น้ำหนัก|หนัก|เบาไหม|เบามั้ย|เบามาก|เบาไม่|กี่กรัม|#กรัม|#กิโล',
      color: '(?<!เ)สี(?![่ย])',
      size: 'ขนาด|ไซส์|ไซซ์|ไซต์|size|ความ(?:กว้าง|ยาว|สูง|หนา)|(?:กว้าง|ยาว|สูง|หนา)(?:เท่าไหร่|เท่าไร|กี่|ไหม|มั้ย)|กี่เซน|กี่ซม|#ซม|#เซนติเมตร|#นิ้ว|เบอร์อะไร|ใส่เบอร์',
      capacity: 'ความจุ|จุได้|จุกี่|กี่มล|#มล|#มิลลิลิตร|#ลิตร|#mah|#มิลลิแอมป์|#gb|ความจำ|พื้นที่เก็บ|ชาร์จได้กี่(?:รอบ|ครั้ง)',
      noise_cancelling: 'ตัดเสียง|ลดเสียงรบกวน|กันเสียง|เก็บเสียง|เสียงรบกวน|noise ?-?cancel~|anc',
      connection: 'บลูทู|bluetooth|ไร้สาย|ไม่มีสาย|มีสาย|ใช้สาย|usb|type ?-?c|ไทป์ซี|แจ็ค|ช่องเสียบ|เชื่อมต่อ|ต่อกับ|จับคู่|wi ?-?fi|ไวไฟ',
      material: 'วัสดุ|ทำจาก|ผลิตจาก|ผ้า|หนัง(?:แท้|เทียม|วัว)|คอตตอน|พลาสติก|โลหะ|สแตนเลส|ซิลิโคน|ยาง|เซรามิ|ไม้',
      warranty: 'ประกัน|การันตี',
      compatibility: 'รองรับ|ใช้(?:ได้)?กับ|เข้ากันได้|iphone|ไอโฟน|แอนดรอยด์|android|ios',
    },
    masks: 'ขวดน้ำ|กระบอกน้ำ|แก้วน้ำ|กาต้มน้ำ|กระติก|แบตสำรอง|แบตเตอรี่สำรอง|พาวเวอร์แบง|power ?bank|สายชาร์จ|ที่ชาร์จ|หัวชาร์จ',
  },
  zh: {
    concepts: {
      waterproof: '防水|防泼水|防潑水|防溅|防濺|防汗|耐水|进水|進水|泡水|沾水|碰水|淋雨|下雨|游泳|洗澡|ipx?\\d{1,2}|\\d+ ?atm',
      battery: '电池|電池|续航|續航|电量|電量|待机|待機|充一次|充满|充滿|(?:能|可以)?(?:用|听|聽|玩)多久|撑多久|撐多久|播放时间|充电(?!宝|器|线|头)|充電(?!寶|器|線|頭)',
      weight: '重量|多重|多沉|重吗|重嗎|重不重|沉不沉|沉吗|轻吗|輕嗎|轻不轻|輕不輕|轻便吗|几克|幾克|多少克|多少斤|几斤|公斤|克重',
      color: '颜色|顏色|配色|色号|色號|什么色|什麼色|啥色|哪些色|几种色|[黑白红紅蓝藍绿綠粉灰金银銀紫黄黃橙棕米]色',
      size: '尺寸|尺码|尺碼|大小|(?<!容量有?)多大(?!容量)|偏大|偏小|[鞋衣]码|多长(?!时间)|多長(?!時間)|多宽|多寬|多高|多厚|长度|長度|宽度|寬度|厚度|高度|码数|碼數|几码|幾碼|规格|規格|体积|體積',
      capacity: '容量|#毫安|#mah|#毫升|#ml|多少升|几升|幾升|能装|能裝|装多少|裝多少|内存|內存|存储|儲存|充几次|充幾次|#gb',
      noise_cancelling: '降噪|消噪|隔音|噪音|anc',
      connection: '蓝牙|藍牙|无线|無線|有线|有線|连接|連接|接口|usb|type-?c|插头|插頭|耳机孔|耳機孔|3\\.5|配对|配對|连手机|連手機|连电脑|連電腦|wifi',
      material: '材质|材質|材料|什么做的|什麼做的|啥做的|面料|真皮|皮的|纯棉|純棉|全棉|有机棉|棉(?:的|吗|嗎)|塑料|金属|金屬|不锈钢|不鏽鋼|玻璃|陶瓷|硅胶|矽膠|木头|木頭',
      warranty: '保修|保固|质保|質保|包换|包換|保障',
      compatibility: '兼容|相容|适用|適用|适配|適配|(?:苹果|蘋果|安卓|华为|華為|小米|三星|iphone|android|ipad|mac|电脑|電腦)(?:手机|手機)?(?:能|可以)(?:用|连|連)|(?:能|可以)?用(?:在|于|於)(?:苹果|蘋果|安卓|iphone|android|华为|華為|小米|三星|ipad|mac)|(?:能|可以)(?:用|连|連|配)(?:苹果|蘋果|安卓|华为|華為|小米|三星|iphone|android|ipad|mac|电脑|電腦)|(?:支持|支援)(?:苹果|蘋果|安卓|iphone|android|mac|windows|ipad)',
    },
    masks: '水杯|水壶|水壺|水瓶|保温杯|保溫杯|烧水壶|燒水壺|热水壶|熱水壺|充电宝|充電寶|移动电源|行動電源',
  },
  ja: {
    concepts: {
      waterproof: '防水|防滴|耐水|撥水|水に強|水に濡れ|濡れても|雨でも|雨の日|お風呂|風呂で|シャワー|泳げ|水没|ipx?\\d{1,2}|\\d+ ?atm',
      battery: 'バッテリー|バッテリ|電池|充電(?!器|ケーブル)|連続再生|再生時間|駆動時間|稼働時間|何時間(?:使え|もつ|持つ|再生)|(?:どのくらい|どれくらい|どれぐらい|どのぐらい)(?:持|も)つ',
      weight: '重さ|重量|重い|重く|軽い|軽さ|軽量|何グラム|何g|何キロ|#グラム|#キロ',
      color: '色(?!々)|カラー|(?:黒|白|赤|青|緑|ピンク|グレー|ブラック|ホワイト|レッド|ブルー|シルバー|ネイビー)(?:は|も|って)?(?:ある|あり)',
      size: 'サイズ|大きさ|寸法|長さ|幅|高さ|厚さ|厚み|何センチ|何cm|#センチ|#インチ',
      capacity: '容量|#mah|#ミリアンペア|#ml|#ミリリットル|#リットル|#gb|#ギガ|何回(?:フル)?充電',
      noise_cancelling: 'ノイズキャンセ|ノイキャン|ノイズ|騒音|遮音|anc',
      connection: 'bluetooth|ブルートゥース|ブルトゥース|ワイヤレス|無線|有線|接続|つなが|繋が|ペアリング|usb|type-?c|タイプc|ケーブル|ジャック|wi-?fi',
      material: '素材|材質|材料|何でできて|何製|本革|レザー|革|綿|コットン|プラスチック|金属|ステンレス|ガラス|陶器|磁器|シリコン|ゴム',
      warranty: '保証|保障|ワランティ',
      compatibility: '互換|対応(?:機種|端末|os)|(?:iphone|アイフォン|アイフォーン|android|アンドロイド|ipad|mac|macbook|windows|パソコン|pc|スマホ)[0-9a-z\\s]{0,8}(?:で|に|と|は)?(?:も)?(?:使|つか|対応|合|接続|つなが|繋が)',
    },
    masks: '急速充電|水筒|ウォーターボトル|ボトル|ケトル|モバイルバッテリー|モバイルバッテリ|モバイル充電器',
  },
  ko: {
    concepts: {
      waterproof: '방수|물에 강|물 ?들어|물에 젖|물 ?묻|비 ?맞|빗물|샤워|수영|ip ?x?\\d{1,2}|\\d+ ?atm',
      battery: '배터리|배러리|밧데리|건전지|충전|사용 ?시간|재생 ?시간|지속 ?시간|얼마나 ?(?:가요|가나요|갈까|오래)|오래 ?가',
      weight: '무게|무거|가벼|가볍|몇 ?(?:그램|g|키로|킬로|kg)|#그램|#키로|#킬로|중량',
      color: '색상|색깔|컬러|칼라|(?:무슨|어떤|다른|몇 ?가지) ?색|(?<![가-힣])색 ?(?:몇|뭐|종류)|(?:검은|검정|흰|하얀|빨간|파란|초록|분홍|회|노란|보라|갈)색|블랙|화이트|레드|블루(?!투)|그레이|실버|네이비|핑크',
      size: '사이즈|크기|치수|길이|너비|폭|높이|두께|몇 ?(?:cm|센치|센티|인치)|#센티|#인치|얼마나 ?(?:커|큰|길)|허리|기장',
      capacity: '용량|#mah|#밀리암페어|#ml|#리터|#gb|몇 ?기가|기가바이트|몇 ?번 ?충전|얼마나 ?들어가',
      noise_cancelling: '노이즈 ?캔슬링|노캔|노이즈|소음|차음|anc',
      connection: '블루투스|블투|무선|유선|연결|페어링|usb|c ?타입|타입 ?c|type-?c|케이블|단자|이어폰 ?잭|잭|와이파이',
      material: '소재|재질|재료|뭘로 만든|무엇으로 만든|원단|가죽|순면|면 ?소재|면 ?100|(?<![가-힣])면(?:이에요|인가요|이야|이죠)|폴리(?:에스테르|에요)|코튼|플라스틱|금속|스테인리스|스텐|유리|도자기|실리콘|고무',
      warranty: '보증|워런티|a ?/ ?s|에이에스|무상 ?수리',
      compatibility: '호환|지원 ?(?:되|돼|하)|(?:아이폰|갤럭시|안드로이드|맥북|아이패드|맥|윈도우|iphone|android|ipad|macbook|galaxy|mac|windows)[0-9a-z\\s]{0,8}(?:미니|프로|플러스|울트라)?(?:에서|에|이랑|하고|과|와)? ?(?:도 ?)?(?:돼|되|사용|써|쓸|호환|맞|연결|쓰)',
    },
    masks: '물병|텀블러|보틀|물통|전기 ?포트|보조 ?배터리|충전기|충전 ?(?:케이블|단자|포트)|충전선|(?:고속|급속) ?충전',
  },
};


/** The text as patterns see it: normalized, and (`plain`) without the accents typing often drops. */
export interface Prepared {
  marked: string;
  plain: string;
}

function prepare(text: string, lang: string): Prepared {
  const marked = normalizeText(text, lang);
  return { marked, plain: marksAreOptional(lang) ? stripMarks(marked) : marked };
}


interface Matcher {
  /** Matches against `Prepared.plain`; `marked` against `Prepared.marked` (entries that need their accents). */
  plain?: RegExp;
  marked?: RegExp;
}

function matcher(source: string, lang: string): Matcher {
  const all = alternatives(source);
  const build = (list: string[], strip: boolean): RegExp | undefined => {
    if (list.length === 0) return undefined;
    const sources = list.map((a) => {
      const unit = a.startsWith('#');
      const norm = normalizeText(unit ? a.slice(1) : a, lang);
      const re = alternative(strip && marksAreOptional(lang) ? stripMarks(norm) : norm, lang, { rest: '[\\p{L}\\p{M}]*' });
      return unit ? `(?<![\\d.,]\\s?)${re}` : re;
    });
    return new RegExp(sources.join('|'), 'gu');
  };
  const plain = build(all.filter((a) => !a.startsWith('=')), true);
  const marked = build(all.filter((a) => a.startsWith('=')).map((a) => a.slice(1)), false);
  return { ...(plain ? { plain } : {}), ...(marked ? { marked } : {}) };
}

interface CompiledLanguage {
  concepts: [AttributeConcept, Matcher][];
  masks: Matcher | undefined;
  fuzzy: [AttributeConcept, string[]][];
}

const compiled = new Map<string, CompiledLanguage>();

function compiledFor(lang: string): CompiledLanguage | undefined {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const words = WORDS[lang];
  if (!words) return undefined;
  const c: CompiledLanguage = {
    concepts: ATTRIBUTE_CONCEPTS.filter((k) => words.concepts[k]).map((k) => [k, matcher(words.concepts[k]!, lang)]),
    masks: words.masks ? matcher(words.masks, lang) : undefined,
    fuzzy: Object.entries(words.fuzzy ?? {}).map(([k, list]) => [k as AttributeConcept, list.map((w) => stripMarks(normalizeText(w, lang)))]),
  };
  compiled.set(lang, c);
  return c;
}

/** Masked text is filled with a mark that is neither a letter nor a space, so no pattern spans it. */
const blank = (s: string, re: RegExp): string => s.replace(re, (m) => '\u00b7'.repeat(m.length));

function applyMask(text: Prepared, m: Matcher | undefined): Prepared {
  if (!m) return text;
  return { marked: m.marked ? blank(text.marked, m.marked) : text.marked, plain: m.plain ? blank(text.plain, m.plain) : text.plain };
}

/**
 * The phrases of `names` that blank a message's words: every run of two or more words of a name, so that
 * "Waterproof Trail Running Shoes" or "sans fil" in "Casque sans fil X1" ask nothing, while "waterproof"
 * alone still does.
 */
function nameMasks(names: readonly string[], lang: string): Matcher | undefined {
  const runs = (form: keyof Prepared): RegExp | undefined => {
    const out = new Set<string>();
    for (const name of names) {
      const words = tokenizeNormalized(prepare(name, lang)[form], lang).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 2; j <= words.length; j++) out.add(words.slice(i, j).join('[\\s\\-]*'));
      }
    }
    if (out.size === 0) return undefined;
    const [edge, tail] = UNSPACED.has(lang) ? ['', ''] : [`(?<!${LETTER})`, `(?!${LETTER})`];
    return new RegExp([...out].sort((a, b) => b.length - a.length).map((r) => `${edge}${r}${tail}`).join('|'), 'gu');
  };
  const plain = runs('plain');
  const marked = runs('marked');
  return plain || marked ? { ...(plain ? { plain } : {}), ...(marked ? { marked } : {}) } : undefined;
}

/** Optimal string alignment distance, stopping early above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  if (i === a.length && i === b.length) return true;
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

/** Languages whose words take endings, so a typo is looked for in a word's start ("акумулятором"). */
const INFLECTED = new Set(['ru', 'tr', 'de']);

function fuzzyHit(token: string, word: string, lang: string): boolean {
  if (withinOneEdit(token, word)) return true;
  if (!INFLECTED.has(lang) || token.length <= word.length + 1) return false;
  return [-1, 0, 1].some((d) => withinOneEdit(token.slice(0, word.length + d), word));
}

/** Every match of `m` in `text`: where it starts, and the words it matched (as `plain` or `marked` writes them). */
function matchesOf(text: Prepared, m: Matcher): { at: number; words: string }[] {
  const out: { at: number; words: string }[] = [];
  for (const [re, s] of [[m.plain, text.plain], [m.marked, text.marked]] as const) {
    if (!re) continue;
    for (const hit of s.matchAll(re)) if (hit[0]) out.push({ at: hit.index, words: hit[0] });
  }
  return out;
}

export interface AttributeQuestionOptions {
  /** Names of the product asked about: runs of their words ask nothing ("Waterproof Trail Running Shoes"). */
  ignore?: readonly string[];
}

/** A concept a message asks about, where it first does, and the words that ask it ("waterproof", "防水"). */
export interface AttributeMention {
  concept: AttributeConcept;
  at: number;
  words: string[];
}

/** The message as the patterns see it, with common phrases and the product's own name blanked. */
function preparedQuestion(text: string, base: string, words: CompiledLanguage, options: AttributeQuestionOptions): Prepared {
  const prepared = applyMask(prepare(text, base), words.masks);
  return options.ignore?.length ? applyMask(prepared, nameMasks(options.ignore, base)) : prepared;
}

/**
 * The concepts `text` asks about with the words that ask them, in the order it names them: "is it waterproof
 * and how heavy?" → waterproof ("waterproof"), weight ("heavy"). `lang` is a base language or a locale.
 */
export function attributeMentions(text: string, lang: string, options: AttributeQuestionOptions = {}): AttributeMention[] {
  const base = languageOf(lang);
  const words = compiledFor(base);
  if (!words || !text.trim()) return [];
  const prepared = preparedQuestion(text, base, words, options);
  const found = new Map<AttributeConcept, AttributeMention>();
  const add = (concept: AttributeConcept, at: number, said: string) => {
    const m = found.get(concept) ?? { concept, at, words: [] };
    m.at = Math.min(m.at, at);
    if (!m.words.includes(said)) m.words.push(said);
    found.set(concept, m);
  };
  for (const [concept, m] of words.concepts) for (const hit of matchesOf(prepared, m)) add(concept, hit.at, hit.words);
  for (const token of prepared.plain.matchAll(/\p{L}{6,}/gu)) {
    for (const [concept, list] of words.fuzzy) {
      if (list.some((w) => fuzzyHit(token[0], w, base))) add(concept, token.index, token[0]);
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at || ATTRIBUTE_CONCEPTS.indexOf(a.concept) - ATTRIBUTE_CONCEPTS.indexOf(b.concept));
}

/**
 * The product properties `text` asks about, in the order it names them: `['waterproof']` for "is it
 * waterproof?", `['battery', 'weight']` for "电池能用多久，重不重", `[]` for "how much is it?".
 * `lang` is a base language or a locale (`zh-CN`); a language without words asks nothing.
 */
export function attributeQuestions(text: string, lang: string, options: AttributeQuestionOptions = {}): AttributeConcept[] {
  return attributeMentions(text, lang, options).map((m) => m.concept);
}

/**
 * `text` normalized as the patterns read it (`plain` without the accents typing drops, `marked` with them),
 * with the words that ask about `concepts` blanked, and the product's own name when `ignore` gives it: what
 * is left is what the message asks besides ("is it waterproof and cruelty-free?" → "is it · and cruelty-free?").
 */
export function withoutAttributeWords(text: string, lang: string, concepts: readonly AttributeConcept[], options: AttributeQuestionOptions = {}): Prepared {
  const base = languageOf(lang);
  const words = compiledFor(base);
  if (!words) return prepare(text, base);
  let prepared = preparedQuestion(text, base, words, options);
  for (const [concept, m] of words.concepts) if (concepts.includes(concept)) prepared = applyMask(prepared, m);
  const typos = words.fuzzy.filter(([concept]) => concepts.includes(concept)).flatMap(([, list]) => list);
  const plain = prepared.plain.replace(/\p{L}{6,}/gu, (w) => (typos.some((t) => fuzzyHit(w, t, base)) ? '\u00b7'.repeat(w.length) : w));
  // Blanks found in one form are blanks in the other, where accents did not change the length (they seldom do).
  if (plain.length !== prepared.marked.length) return { ...prepared, plain };
  const both = (a: string, b: string) => a.split('').map((ch, i) => (b[i] === '\u00b7' ? '\u00b7' : ch)).join('');
  return { marked: both(prepared.marked, plain), plain: both(plain, prepared.marked) };
}

/** The catalog keys that answer a concept: by name or as a prefix (`battery` covers `battery_hours`), or by unit. */
interface ConceptKeys {
  /** Keys that answer the question itself; for waterproof and noise cancelling, yes or no. */
  keys: readonly string[];
  /** Keys that tell something about it ("Rain cover: yes" for waterproof, "Rechargeable: yes" for battery). */
  related?: readonly string[];
  /** Unit suffixes whose keys count too (`teapot_ml` is a capacity). */
  units?: readonly string[];
  /** Keys the prefixes would take that mean something else (`color_temps` is light, not colour). */
  not?: readonly string[];
}

export const CONCEPT_KEYS: Readonly<Record<AttributeConcept, ConceptKeys>> = {
  waterproof: { keys: ['waterproof', 'water_proof', 'water_resistant', 'water_resistance', 'ip_rating', 'ip'], related: ['rain_cover', 'splash_proof', 'sweat_proof', 'sweatproof'] },
  battery: { keys: ['battery', 'battery_life', 'playtime', 'play_time', 'runtime', 'run_time'], related: ['rechargeable', 'charging_case', 'charging_time', 'capacity_mah'] },
  weight: { keys: ['weight', 'mass', 'net_weight'], units: ['g', 'kg', 'lb', 'lbs'] },
  color: { keys: ['color', 'colour', 'colors', 'colours', 'shade', 'shades'], not: ['color_temps', 'color_temp', 'color_temperature', 'colour_temperature'] },
  size: { keys: ['size', 'sizes', 'dimensions', 'dimension', 'length', 'width', 'height', 'depth', 'thickness', 'diameter', 'waist'], related: ['fit', 'screen', 'cable'] },
  capacity: { keys: ['capacity', 'volume', 'storage', 'memory'], units: ['ml', 'cl', 'l', 'mah', 'wh', 'gb', 'tb'] },
  noise_cancelling: { keys: ['noise_cancelling', 'noise_canceling', 'noise_cancellation', 'active_noise_cancelling', 'anc'] },
  connection: { keys: ['connection', 'connectivity', 'connector', 'connectors', 'bluetooth', 'wireless', 'wired'], related: ['ports', 'port', 'usb', 'usb_port', 'cable', 'multi_device'] },
  material: { keys: ['material', 'materials', 'fabric'], related: ['sole', 'lining', 'upper'] },
  warranty: { keys: ['warranty', 'guarantee'] },
  compatibility: { keys: ['compatibility', 'compatible', 'compatible_with', 'works_with', 'fits', 'fit_for'], related: ['connector', 'laptop'] },
};

/** `batteryLife`, `Battery-Life` → `battery_life`. */
export function keySlug(key: string): string {
  return key.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

const covers = (slug: string, names: readonly string[] = []): boolean => names.some((n) => slug === n || slug.startsWith(`${n}_`));

/** How a catalog key answers `concept`: `primary` (the question itself), `related`, or not at all. */
export function keyRole(key: string, concept: AttributeConcept): 'primary' | 'related' | undefined {
  const slug = keySlug(key);
  const c = CONCEPT_KEYS[concept];
  if (c.not?.includes(slug)) return undefined;
  if (covers(slug, c.keys)) return 'primary';
  const unit = /_([a-z]+)$/.exec(slug)?.[1];
  if (covers(slug, c.related) || (unit !== undefined && c.units?.includes(unit))) return 'related';
  return undefined;
}

/** The keys of `attributes` that answer `concept`, primary ones first, each group in catalog order. */
export function attributeKeysFor(concept: AttributeConcept, attributes: Readonly<Record<string, unknown>>): { key: string; primary: boolean }[] {
  const roles = Object.keys(attributes).map((key) => ({ key, role: keyRole(key, concept) }));
  return [
    ...roles.filter((r) => r.role === 'primary').map((r) => ({ key: r.key, primary: true })),
    ...roles.filter((r) => r.role === 'related').map((r) => ({ key: r.key, primary: false })),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Values asked about: "do you have it in black?", "is it 2 m long?", "in XL?" ask whether the product has one value.

export const COLOURS = [
  'black', 'white', 'red', 'blue', 'green', 'pink', 'gray', 'silver', 'gold', 'purple', 'yellow', 'orange', 'brown', 'beige',
  'navy', 'cream', 'clear', 'mint', 'olive',
] as const;
export type Colour = (typeof COLOURS)[number];

/** Shades a shopper asking for the wider colour means too: navy is a blue, mint a green. */
const FAMILY: Partial<Record<Colour, Colour>> = { navy: 'blue', mint: 'green', olive: 'green' };

/** Read first, and blanked, so that "azul marino" is navy and not also blue. */
const SHADES_FIRST: readonly Colour[] = ['navy', 'cream', 'mint', 'olive', 'clear'];

/** Colour words per base language, in the attribute patterns' syntax; `either` is a word for more than one ("xanh"). */
interface ColourWords {
  words: Partial<Record<Colour, string>>;
  either?: [string, Colour[]][];
  /** Phrases with a colour word that name something else ("احمر الشفاه" is lipstick). */
  masks?: string;
}

const COLOUR_WORDS: Record<string, ColourWords> = {
  en: {
    words: {
      black: 'black|blk', white: 'white|wht', red: 'red', blue: 'blue|sky blue', green: 'green', pink: 'pink|hot pink', gray: 'gr[ae]y',
      silver: 'silver', gold: 'gold|golden', purple: 'purple|violet|lilac|lavender', yellow: 'yellow', orange: 'orange', brown: 'brown|tan',
      beige: 'beige|nude|khaki', navy: 'navy(?: blue)?|dark blue', cream: 'cream ?-?colou?r~|in cream|ivory|off ?-?white', clear: 'clear|transparent|see ?-?through',
      mint: 'mint(?: green)?', olive: 'olive(?: green)?',
    },
  },
  zh: {
    words: {
      black: '黑色|黑的|黑款|纯黑|純黑', white: '白色|白的|白款|纯白|純白', red: '红色|紅色|红的|紅的|红款', blue: '蓝色|藍色|蓝的|藍的|天蓝|天藍',
      green: '绿色|綠色|绿的|綠的', pink: '粉色|粉红|粉紅|粉的', gray: '灰色|灰的', silver: '银色|銀色|银的', gold: '金色|金的',
      purple: '紫色|紫的', yellow: '黄色|黃色|黄的', orange: '橙色|橘色|橙的', brown: '棕色|咖啡色|褐色', beige: '米色|卡其',
      navy: '藏青|藏蓝|藏藍|海军蓝|海軍藍|深蓝|深藍', cream: '奶油色|米白|奶白', clear: '透明', mint: '薄荷(?:绿|綠|色)', olive: '橄榄绿|橄欖綠|军绿|軍綠',
    },
  },
  ja: {
    words: {
      black: '黒|ブラック', white: '白(?!浮)|ホワイト', red: '赤|レッド', blue: '青|ブルー', green: '緑|グリーン', pink: 'ピンク|桃色',
      gray: 'グレー|グレイ|灰色', silver: 'シルバー|銀色', gold: 'ゴールド|金色', purple: '紫|パープル', yellow: '黄色|イエロー',
      orange: 'オレンジ', brown: '茶色|ブラウン', beige: 'ベージュ', navy: 'ネイビー|紺', cream: 'クリーム色|アイボリー', clear: '透明|クリア',
      mint: 'ミント(?:グリーン)?', olive: 'オリーブ|カーキ',
    },
  },
  ko: {
    words: {
      black: '검정|검은|까만|블랙|흑색', white: '흰|하얀|하양|화이트|백색', red: '빨간|빨강|레드|적색', blue: '파란|파랑|블루(?!투)|청색|하늘색',
      green: '초록|녹색|그린', pink: '분홍|핑크', gray: '회색|그레이', silver: '은색|실버', gold: '금색|골드', purple: '보라|퍼플',
      yellow: '노란|노랑|옐로', orange: '주황|오렌지', brown: '갈색|브라운', beige: '베이지', navy: '네이비|남색', cream: '크림색|아이보리',
      clear: '투명', mint: '민트', olive: '올리브|카키',
    },
  },
  es: {
    words: {
      black: 'negr[oa]s?', white: 'blanc[oa]s?', red: 'roj[oa]s?', blue: 'azul(?:es)?|celeste', green: 'verdes?', pink: 'rosad[oa]s?|rosa|fucsia',
      gray: 'gris(?:es)?', silver: 'platead[oa]s?|plata', gold: 'dorad[oa]s?|oro', purple: 'morad[oa]s?|violeta|lila', yellow: 'amarill[oa]s?',
      orange: 'naranja|anaranjad[oa]', brown: 'marron(?:es)?|cafe|castan[oa]', beige: 'beige|nude|caqui', navy: 'azul marino|marino|azul oscuro',
      cream: 'color crema|en crema|marfil', clear: 'transparente~', mint: 'verde menta|menta|verde agua', olive: 'verde oliva|oliva|verde militar',
    },
  },
  fr: {
    words: {
      black: 'noir(?:e|s|es)?', white: 'blanc(?:he|s|hes)?', red: 'rouges?', blue: 'bleu(?:e|s|es)?', green: 'vert(?:e|s|es)?', pink: 'roses?|fuchsia',
      gray: 'gris(?:e|es)?', silver: 'argent~', gold: 'dore~|en or', purple: 'violet~|mauve|lilas', yellow: 'jaune~', orange: 'orange~',
      brown: 'marron|brun(?:e|s|es)?|chocolat', beige: 'beige~|nude', navy: 'bleu marine|marine|bleu fonce', cream: 'couleur creme|en creme|ivoire|blanc casse',
      clear: 'transparent~', mint: 'vert menthe|menthe|vert d\'eau', olive: 'vert olive|olive|kaki',
    },
  },
  de: {
    words: {
      black: 'schwarz~', white: 'weiss(?:e|en|er|es|em)?', red: 'rot(?:e|en|er|es|em)?', blue: 'blau(?:e|en|er|es|em)?|hellblau~',
      green: 'grun(?:e|en|er|es|em)?', pink: 'rosa|pink', gray: 'grau(?:e|en|er|es|em)?', silver: 'silber~', gold: 'gold~',
      purple: 'lila|violett~', yellow: 'gelb~', orange: 'orange~', brown: 'braun~', beige: 'beige|nude', navy: 'navy|dunkelblau~|marineblau~|marine',
      cream: 'cremefarben~|cremeweiss~|in creme|elfenbein~', clear: 'transparent~|durchsichtig~', mint: 'mintgrun~|mint', olive: 'olivgrun~|oliv~|khaki',
    },
  },
  ru: {
    words: {
      black: 'черн~', white: 'бел(?:ыи|ая|ое|ые|ого|ом|ои|ую|ых|ым|енькии)', red: 'красн~', blue: 'син(?:ии|яя|ее|ие|его|ем|еи|юю|их|им)|голуб~',
      green: 'зелен~', pink: 'розов~', gray: 'сер(?:ыи|ая|ое|ые|ого|ом|ои|ую|ых|ым)', silver: 'серебрист~|серебрян~', gold: 'золот~',
      purple: 'фиолетов~|сиренев~|лилов~', yellow: 'желт~', orange: 'оранжев~', brown: 'коричнев~', beige: 'бежев~',
      navy: 'темно ?-?син~', cream: 'кремов~|молочн~', clear: 'прозрачн~', mint: 'мятн~', olive: 'оливков~|хаки',
    },
  },
  pt: {
    words: {
      black: 'pret[oa]s?', white: 'branc[oa]s?', red: 'vermelh[oa]s?', blue: 'azul|azuis|azul claro', green: 'verdes?', pink: 'rosa|rosinha|pink',
      gray: 'cinza|cinzas|grafite', silver: 'prata|pratead[oa]', gold: 'dourad[oa]|ouro', purple: 'rox[oa]s?|lilas|violeta', yellow: 'amarel[oa]s?',
      orange: 'laranja', brown: 'marrom|marrons|caramelo', beige: 'bege|nude|caqui', navy: 'azul marinho|marinho|azul escuro',
      cream: 'cor creme|em creme|off ?-?white|marfim', clear: 'transparente~', mint: 'verde menta|menta|verde agua', olive: 'verde oliva|oliva|verde militar',
    },
  },
  it: {
    words: {
      black: 'ner[oaie]', white: 'bianc[oa]|bianchi|bianche', red: 'ross[oaie]', blue: 'blu|azzurr[oaie]', green: 'verd[ei]', pink: 'rosa',
      gray: 'grigi[oae]|grigie', silver: 'argent[oa]|argentat[oa]', gold: 'oro|dorat[oa]', purple: 'viola|lilla', yellow: 'giall[oaie]',
      orange: 'arancion[ei]', brown: 'marron[ei]?', beige: 'beige|nude|cachi', navy: 'blu navy|blu scuro|navy', cream: 'color crema|in crema|panna|avorio',
      clear: 'trasparent[ei]', mint: 'verde menta|menta|verde acqua', olive: 'verde oliva|oliva|verde militare',
    },
  },
  th: {
    words: {
      black: 'ดำ', white: 'ขาว', red: 'แดง', blue: 'น้ำเงิน|ฟ้า', green: 'เขียว', pink: 'ชมพู', gray: 'เทา', silver: 'สีเงิน|ซิลเวอร์', gold: 'ทอง',
      purple: 'ม่วง', yellow: 'เหลือง', orange: 'ส้ม', brown: 'น้ำตาล', beige: 'เบจ|นู้ด', navy: 'กรมท่า|น้ำเงินเข้ม', cream: 'สีครีม',
      clear: 'ใส(?![่้])|โปร่งใส', mint: 'เขียวมิ้นท์|มิ้นท์|มิ้นต์', olive: 'เขียวขี้ม้า|ขี้ม้า|โอลีฟ',
    },
  },
  vi: {
    words: {
      black: '=đen|mau den', white: '=trắng|mau trang', red: '=đỏ|mau do', blue: 'xanh duong|xanh lam|xanh nuoc bien|xanh da troi',
      green: 'xanh la(?: cay)?|xanh luc', pink: '=hồng|mau hong', gray: '=xám|mau xam|=ghi', silver: '=bạc|mau bac', gold: 'vang gold|mau gold|gold|=nhũ vàng',
      purple: '=tím|mau tim', yellow: '=vàng|mau vang', orange: 'mau cam', brown: '=nâu|mau nau', beige: 'mau be|nude', navy: 'xanh navy|navy|xanh den|xanh than|xanh dam',
      cream: 'mau kem', clear: 'trong suot', mint: 'xanh (?:bac ha|mint)|=bạc hà|mint', olive: 'xanh reu|xanh oliu|oliu|olive',
    },
    either: [['xanh', ['blue', 'green']]],
  },
  id: {
    words: {
      black: 'hitam', white: 'putih', red: 'merah(?! muda)', blue: 'biru(?! dongker| tua)|biru muda', green: 'hijau(?! mint| army| tua)', pink: 'pink|merah muda',
      gray: 'abu ?-?abu|abu|grey|gray', silver: 'silver|perak', gold: 'gold|emas|keemasan', purple: 'ungu|lilac', yellow: 'kuning', orange: 'oranye|orange|jingga',
      brown: 'coklat|cokelat|brown', beige: 'beige|nude|mocca|moka', navy: 'navy|biru dongker|dongker|biru tua', cream: 'krem|cream', clear: 'bening|transparan',
      mint: 'hijau mint|mint', olive: 'olive|hijau army|army|hijau tua',
    },
  },
  ar: {
    words: {
      black: 'اسود|سوداء|سودا', white: 'ابيض|بيضاء|بيضا', red: 'احمر|حمراء|حمرا', blue: 'ازرق|زرقاء|زرقا|سماوي|لبني', green: 'اخضر|خضراء|خضرا',
      pink: 'وردي|زهري|بمبي|روز', gray: 'رمادي|سكني', silver: 'فضي|سيلفر', gold: 'ذهبي|جولد|قولد', purple: 'بنفسجي|موف|ليلكي', yellow: 'اصفر|صفراء|صفرا',
      orange: 'برتقالي|اورنج', brown: 'بني|شوكولاتي', beige: 'بيج|نود', navy: 'كحلي|ازرق غامق|نيفي', cream: 'كريمي|اوف ?وايت', clear: 'شفاف',
      mint: 'نعناعي|منت', olive: 'زيتي|زيتوني',
    },
    masks: 'احمر (?:ال)?شفا~',
  },
  tr: {
    words: {
      black: 'siyah~', white: 'beyaz~', red: 'kirmizi~', blue: 'mavi~', green: 'yesil~', pink: 'pembe~', gray: 'gri~|fume', silver: 'gumus~', gold: 'altin~|gold',
      purple: 'mor(?:u|unu|lu|da)?|lila', yellow: 'sari(?:si|sini|li)?', orange: 'turuncu~', brown: 'kahverengi~|kahve rengi', beige: 'bej~|ten rengi|nude',
      navy: 'lacivert~', cream: 'krem rengi|krem renk~|ekru', clear: 'seffaf~', mint: 'mint~', olive: 'haki|zeytin yesili|zeytin rengi',
    },
  },
};

/** English words a catalog's colour values are written with, beyond the question words: "Sage Green", "Charcoal". */
const VALUE_WORDS: Partial<Record<Colour, string>> = {
  black: 'jet|onyx|ebony|midnight black', white: 'snow', red: 'ruby|crimson|burgundy|wine|cherry|scarlet|maroon', blue: 'indigo|teal|turquoise|aqua|cobalt|denim|sky',
  green: 'sage|forest|emerald|lime', pink: 'rose|blush|fuchsia|coral', gray: 'charcoal|graphite|slate|space gr[ae]y|ash', purple: 'plum|mauve',
  brown: 'chocolate|coffee|camel|mocha|espresso|walnut', beige: 'sand|taupe|champagne', cream: 'cream|ivory|eggshell', clear: 'frosted',
};

interface CompiledColours {
  order: [Colour[], Matcher][];
  masks: Matcher | undefined;
}

const compiledColours = new Map<string, CompiledColours>();

function coloursFor(lang: string, values = false): CompiledColours | undefined {
  const id = values ? `${lang}:values` : lang;
  const cached = compiledColours.get(id);
  if (cached) return cached;
  const words = COLOUR_WORDS[lang];
  if (!words) return undefined;
  const list = (c: Colour): string | undefined => [words.words[c], values ? VALUE_WORDS[c] : undefined].filter(Boolean).join('|') || undefined;
  const ordered = [...SHADES_FIRST, ...COLOURS.filter((c) => !SHADES_FIRST.includes(c))];
  const order: [Colour[], Matcher][] = ordered.flatMap((c) => {
    const source = list(c);
    return source ? [[[c], matcher(lang === 'id' ? alternatives(source).map((a) => `${a}(?:nya)?`).join('|') : source, lang)] as [Colour[], Matcher]] : [];
  });
  for (const [source, colours] of words.either ?? []) order.push([colours, matcher(source, lang)]);
  const c = { order, masks: words.masks ? matcher(words.masks, lang) : undefined };
  compiledColours.set(id, c);
  return c;
}

function readColours(prepared: Prepared, c: CompiledColours): Colour[][] {
  let text = applyMask(prepared, c.masks);
  const found: { at: number; colours: Colour[] }[] = [];
  for (const [colours, m] of c.order) {
    const hits = matchesOf(text, m);
    if (hits.length === 0) continue;
    found.push({ at: Math.min(...hits.map((h) => h.at)), colours });
    text = applyMask(text, m);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.colours);
}

/**
 * The colours a question asks for, in order, each as the colours it may mean: `[['black']]` for "do you have it
 * in black?", `[['blue', 'green']]` for Vietnamese "xanh". The product's own name asks nothing ("Classic White
 * Sneakers in black?" asks for black only).
 */
export function askedColours(text: string, lang: string, options: AttributeQuestionOptions = {}): Colour[][] {
  const base = languageOf(lang);
  const c = coloursFor(base);
  if (!c || !text.trim()) return [];
  let prepared = prepare(text, base);
  if (options.ignore?.length) prepared = applyMask(prepared, nameMasks(options.ignore, base));
  return readColours(prepared, c);
}

/**
 * The colours a catalog value is ("Matte Black" → black, "Sage Green" → green, "Navy" → navy and blue), read in
 * English and in `lang`; empty when the value names none ("assorted", "sheer berry").
 */
export function valueColours(value: string, lang: string): Colour[] {
  const out = new Set<Colour>();
  for (const l of new Set(['en', languageOf(lang)])) {
    const c = coloursFor(l, l === 'en');
    if (c) for (const colours of readColours(prepare(value, l), c)) for (const colour of colours) out.add(colour);
  }
  for (const colour of [...out]) {
    const family = FAMILY[colour];
    if (family) out.add(family);
  }
  return [...out];
}

/** Units a question gives an amount in, by dimension and size in the dimension's base unit. */
export const MEASURE_UNITS = {
  millimeter: ['length', 0.001], centimeter: ['length', 0.01], meter: ['length', 1], inch: ['length', 0.0254],
  gram: ['mass', 1], kilogram: ['mass', 1000], milliliter: ['volume', 1], liter: ['volume', 1000],
  hour: ['time', 1], day: ['time', 24], gigabyte: ['data', 1], terabyte: ['data', 1000], watt: ['power', 1], mah: ['charge', 1],
} as const satisfies Record<string, readonly [string, number]>;
export type MeasureUnit = keyof typeof MEASURE_UNITS;

/** Unit words Intl does not write, or not as shoppers do ("2m", "20w", "30 tiếng", "500 гр"). */
const UNIT_EXTRAS: Record<string, Partial<Record<MeasureUnit, string>>> = {
  '*': { millimeter: 'mm', centimeter: 'cm', meter: 'm|metres?|meters?', inch: 'inch(?:es)?|"|\'\'|”', gram: 'g|gr|grams?', kilogram: 'kg|kgs|kilos?', milliliter: 'ml', liter: 'l|lt|litres?|liters?', hour: 'h|hrs?|hours?', gigabyte: 'gb', terabyte: 'tb', watt: 'w|watts?', mah: 'mah' },
  zh: { kilogram: '公斤', mah: '毫安(?:时|時)?', inch: '寸', hour: '个小时|個小時|小时|小時' },
  ja: { centimeter: 'センチ', millimeter: 'ミリ', kilogram: 'キロ(?:グラム)?', mah: 'ミリアンペア', watt: 'ワット' },
  ko: { centimeter: '센티|센치', kilogram: '키로|킬로', millimeter: '미리', mah: '밀리암페어', watt: '와트' },
  th: { centimeter: 'ซม\\.?|เซน(?:ติ)?', kilogram: 'กิโล(?:กรัม)?', milliliter: 'มล\\.?', hour: 'ชม\\.?|ชั่วโมง', watt: 'วัตต์' },
  vi: { hour: 'tieng|gio', kilogram: 'ky|ki lo|kilo', centimeter: 'phan', watt: 'oat' },
  id: { centimeter: 'senti', hour: 'jam', kilogram: 'kilo' },
  ar: { centimeter: 'سم|سنتي~', milliliter: 'مل', gram: 'جرام|غرام|جم', kilogram: 'كيلو|كجم|كغ', hour: 'ساعه|ساعات', meter: 'متر|امتار|مترين', watt: 'واط' },
  tr: { centimeter: 'santim', hour: 'saat', gram: 'gr' },
  ru: { gram: 'гр|г|грамм~', kilogram: 'кг|кило', hour: 'ч|час~', milliliter: 'мл', liter: 'л|литр~', mah: 'мач|ма ?ч', watt: 'вт|ватт~', centimeter: 'см', millimeter: 'мм', meter: 'м|метр~' },
};

const INTL_MEASURES: readonly MeasureUnit[] = ['millimeter', 'centimeter', 'meter', 'inch', 'gram', 'kilogram', 'milliliter', 'liter', 'hour', 'day', 'gigabyte', 'terabyte'];

/** The words Intl writes a unit with in `lang`, every length and plural: "метра", "метров", "メートル", "mètres". */
function intlUnitWords(unit: MeasureUnit, lang: string): string[] {
  if (!INTL_MEASURES.includes(unit)) return [];
  const out = new Set<string>();
  for (const unitDisplay of ['long', 'short', 'narrow'] as const) {
    for (const n of [1, 2, 5, 1.5, 21]) {
      const parts = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay }).formatToParts(n);
      const word = parts.filter((p) => p.type === 'unit').map((p) => p.value).join(' ').trim();
      if (word) out.add(stripMarks(normalizeText(word, lang)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
  }
  return [...out];
}

const amountPatterns = new Map<string, RegExp>();

/** A number and a unit word after it, in `lang`: "2 m", "500ml", "2 метра", "30小时", "1,5 l". */
function amountPattern(lang: string): RegExp {
  const cached = amountPatterns.get(lang);
  if (cached) return cached;
  // One group per unit, its longest words first; "in" is never an inch ("2 in black").
  const words = (unit: MeasureUnit): string[] => {
    const extras = [UNIT_EXTRAS['*']?.[unit], UNIT_EXTRAS[lang]?.[unit]].filter((x): x is string => Boolean(x)).flatMap(alternatives);
    const all = [...intlUnitWords(unit, lang), ...extras.map((e) => stripMarks(normalizeText(e, lang)).replace(/~/g, '\\p{L}*'))];
    return [...new Set(all)].filter((w) => w !== 'in').sort((a, b) => b.length - a.length);
  };
  const groups = (Object.keys(MEASURE_UNITS) as MeasureUnit[]).map((unit) => ({ unit, words: words(unit) }))
    .sort((a, b) => (b.words[0]?.length ?? 0) - (a.words[0]?.length ?? 0))
    .map(({ unit, words: w }) => `(?<${unit}>${w.join('|')})`);
  const [lead, tail] = UNSPACED.has(lang) ? ['(?<![a-z\\p{N}.,])', ''] : ['(?<![\\p{L}\\p{N}.,])', `(?!${LETTER})`];
  const re = new RegExp(`${lead}(\\d+(?:[.,]\\d+)?)\\s?(?:${groups.join('|')})${tail}`, 'gu');
  amountPatterns.set(lang, re);
  return re;
}

/** Eastern Arabic and Persian digits as ASCII digits ("٢ متر" → "2 متر"). */
const asciiDigits = (s: string): string => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

export interface AskedAmount {
  amount: number;
  unit: MeasureUnit;
}

/**
 * Amounts a question gives with their units ("is it 2 m long?" → 2 meter, "500ml?" → 500 milliliter), outside
 * the product's own name ("the 20000mAh power bank" names it). Amounts in the name's words count when `ignore`
 * gives no name.
 */
export function askedAmounts(text: string, lang: string, options: AttributeQuestionOptions = {}): AskedAmount[] {
  const base = languageOf(lang);
  let prepared = prepare(asciiDigits(text), base);
  if (options.ignore?.length) prepared = applyMask(applyMask(prepared, nameMasks(options.ignore, base)), nameNumbers(options.ignore, base));
  // The amounts of the name's measures ("20000mAh Power Bank" asked as "20000毫安充电宝") name it too.
  const named = new Set((options.ignore ?? []).flatMap((n) => [...asciiDigits(n).matchAll(/(\d+(?:[.,]\d+)?)\s?[a-z]/giu)].map((m) => Number(m[1]!.replace(',', '.')))));
  const out: AskedAmount[] = [];
  for (const m of stripMarks(prepared.plain).matchAll(amountPattern(base))) {
    const unit = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as MeasureUnit | undefined;
    const amount = Number(m[1]!.replace(',', '.'));
    if (unit && !named.has(amount)) out.push({ amount, unit });
  }
  return out;
}

/** The name's words with a digit in them ("350ml", "K7", "2m"): they name the product, wherever they stand. */
function nameNumbers(names: readonly string[], lang: string): Matcher | undefined {
  const words = new Set(names.flatMap((n) => tokenizeNormalized(stripMarks(normalizeText(n, lang)), lang)).filter((w) => /\d/.test(w)));
  if (words.size === 0) return undefined;
  const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { plain: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
}

/**
 * Words that make an amount a bound, not a value ("more than 20 hours", "至少", "이상", "en az"), and words of
 * room ("does a 15-inch laptop fit?", "cabe", "들어가요"): no yes or no to those.
 */
const BOUND_WORDS: Record<string, string> = {
  en: 'more|less|over|under|above|below|at least|at most|longer|shorter|bigger|smaller|larger|heavier|lighter|than|up to|min|max|enough|about|around|approx~|\\+|fits?|hold|holds|take|takes',
  zh: '以上|以下|超过|超過|不到|至少|最多|多于|多於|少于|少於|比|够|夠|以内|以內|左右|大概|差不多|装得下|裝得下|放得下|能放|能装|能裝',
  ja: '以上|以下|未満|超え|超|より|少なくとも|最大|最低|くらい|ぐらい|程度|約|入る|入り|入れ',
  ko: '이상|이하|미만|초과|넘|최소|최대|보다|정도|쯤|약|들어가|들어와|수납',
  es: 'mas|menos|minimo|maximo|al menos|por lo menos|hasta|supera~|mayor|menor|aprox~|alrededor|unos|unas|entra~|cabe~|caben',
  fr: 'plus|moins|au moins|minimum|maximum|jusqu\'?a?|depasse~|superieur~|inferieur~|environ|a peu pres|rentre~|tient|tiennent|contient',
  de: 'mehr|weniger|mindestens|hochstens|uber|unter|bis|langer|kurzer|grosser|kleiner|schwerer|leichter|als|etwa|ungefahr|ca|passt|passen|rein',
  ru: 'больше|меньше|более|менее|минимум|максимум|хотя бы|до|свыше|дольше|примерно|около|где ?-?то|влез~|помест~|вмест~',
  pt: 'mais|menos|pelo menos|no minimo|no maximo|ate|acima|abaixo|aprox~|cerca|uns|umas|cabe~|aguenta~|entra~',
  it: 'piu|meno|almeno|minimo|massimo|fino|oltre|sopra|sotto|circa|all\'?incirca|entra~|ci sta|contiene',
  th: 'มากกว่า|น้อยกว่า|อย่างน้อย|ไม่เกิน|เกิน|ขึ้นไป|ประมาณ|ถึง|ใส่ได้|ใส่|จุ',
  vi: 'hon|tren|duoi|it nhat|toi da|toi thieu|den|khoang|tam|vua|dung duoc|nhet',
  id: 'lebih|kurang|minimal|maksimal|paling|sampai|di atas|di bawah|sekitar|kira|muat|masuk',
  ar: 'اكثر|اقل|على الاقل|حد اقصى|فوق|تحت|حتى|تقريبا|حوالي|يتسع|تتسع|يدخل|تدخل|يناسب|تناسب',
  tr: 'fazla|az|en az|en fazla|ustu|alti|kadar|daha|civari|yaklasik|sigar~|girer|alir~',
};
const boundMatchers = new Map<string, Matcher>();

/** True when the message asks about a bound ("at least 20 hours?") rather than a value ("is it 20 hours?"). */
export function asksBound(text: string, lang: string): boolean {
  const base = languageOf(lang);
  const source = BOUND_WORDS[base];
  if (!source) return true;
  let m = boundMatchers.get(base);
  if (!m) boundMatchers.set(base, (m = matcher(source, base)));
  return matchesOf(prepare(text, base), m).length > 0;
}

const LETTER_SIZES = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl'] as const;

/** Letter sizes in order, for ranges ("S-XXL"): 2XL is XXL. */
export function letterSize(word: string): number {
  const w = word.toLowerCase().replace(/^([2-4])xl$/, (_, n: string) => `${'x'.repeat(Number(n))}l`);
  return LETTER_SIZES.indexOf(w as (typeof LETTER_SIZES)[number]);
}

/**
 * The sizes a question asks for: letter sizes ("in XL?", "size m") and bare numbers that are no amount of a unit
 * ("size 42?", "44 var mı"), outside the product's own name.
 */
export function askedSizes(text: string, lang: string, options: AttributeQuestionOptions = {}): { letters: string[]; numbers: number[] } {
  const base = languageOf(lang);
  let prepared = prepare(asciiDigits(text), base);
  if (options.ignore?.length) prepared = applyMask(applyMask(prepared, nameMasks(options.ignore, base)), nameNumbers(options.ignore, base));
  const plain = stripMarks(prepared.plain).replace(amountPattern(base), (m) => '\u00b7'.repeat(m.length));
  const edge = UNSPACED.has(base) ? '[a-z\\p{N}]' : '[\\p{L}\\p{N}]';
  const letters = [...plain.matchAll(new RegExp(`(?<!${edge})(x{0,3}s|m|x{0,3}l|[2-4]xl)(?!${edge})`, 'gu'))].map((m) => m[1]!);
  const numbers = [...plain.matchAll(new RegExp(`(?<!${edge}|[.,])(\\d{1,3})(?:[.,](5))?(?!${edge}|[.,]\\d)`, 'gu'))].map((m) => Number(`${m[1]}${m[2] ? '.5' : ''}`));
  return { letters, numbers };
}
