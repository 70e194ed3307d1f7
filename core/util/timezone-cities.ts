/**
 * Cities shoppers type to choose their time zone, as the 15 languages write them. IANA names cities in
 * English (`Asia/Tokyo`) and CLDR names a one-clock country's zone by the country ("日本"), so a capital
 * or big city in the shopper's own language or script ("東京", "Roma", "서울", "กรุงเทพ", "الرياض") is
 * found nowhere else. timezones.ts asks this table last, after the IANA and CLDR names.
 *
 * One line per city, sorted by country: the country, the zone as the menu shows it (current IANA names:
 * Asia/Kolkata, Asia/Ho_Chi_Minh, Europe/Kyiv), and the city's names separated by `|`, informal and
 * unaccented spellings too ("sao paulo", "hcm", "กทม", "питер"). A name another well-known place on
 * another clock also bears is left out: "Barcelona" and "Valencia" (Venezuela), "Naples" (Florida),
 * English "St. Petersburg" (Florida), "Washington" alone (the state), "عمان" (Amman and Oman), "科隆"
 * (Cologne and Colón). So are names that are ordinary words a shopper may type alone ("Cologne",
 * "カイロ" the hand warmer, "マスカット" the grape, "汉堡" the burger, "Deli", "선전", "بالي").
 */
const CITIES: readonly (readonly [country: string, zone: string, names: string])[] = [
  ['AE', 'Asia/Dubai', 'Dubai|Dubaï|Dubái|Dubay|迪拜|杜拜|ドバイ|두바이|ดูไบ|Дубай|دبي'],
  ['AE', 'Asia/Dubai', 'Abu Dhabi|Abou Dabi|Abu Dabi|Abu Zabi|阿布扎比|阿布達比|アブダビ|아부다비|อาบูดาบี|Абу-Даби|أبوظبي|أبو ظبي'],
  ['AO', 'Africa/Luanda', 'Luanda|罗安达|羅安達|ルアンダ|루안다|ลูอันดา|Луанда|لواندا'],
  ['AR', 'America/Argentina/Buenos_Aires', 'Buenos Aires|BsAs|Baires|布宜诺斯艾利斯|布宜諾斯艾利斯|ブエノスアイレス|부에노스아이레스|บัวโนสไอเรส|Буэнос-Айрес|بوينس آيرس'],
  ['AT', 'Europe/Vienna', 'Vienna|Wien|Vienne|Viena|Viyana|Wina|维也纳|維也納|ウィーン|비엔나|เวียนนา|Вена|فيينا'],
  ['AU', 'Australia/Melbourne', 'Melbourne|墨尔本|墨爾本|メルボルン|멜버른|เมลเบิร์น|Мельбурн|ملبورن'],
  ['AU', 'Australia/Sydney', 'Sydney|Sídney|Sidney|悉尼|雪梨|シドニー|시드니|ซิดนีย์|Сидней|سيدني'],
  ['BE', 'Europe/Brussels', 'Brussels|Bruxelles|Brüssel|Bruselas|Bruxelas|Brüksel|Brussel|布鲁塞尔|布魯塞爾|ブリュッセル|브뤼셀|บรัสเซลส์|Брюссель|بروكسل'],
  ['BH', 'Asia/Bahrain', 'Manama|麦纳麦|麥納麥|マナーマ|마나마|Манама|المنامة'],
  ['BR', 'America/Sao_Paulo', 'Brasília|Brasilia|巴西利亚|巴西利亞|ブラジリア|브라질리아|บราซิเลีย|Бразилиа|برازيليا'],
  ['BR', 'America/Sao_Paulo', 'Rio de Janeiro|Río de Janeiro|Rio|里约热内卢|里約熱內盧|里约|里約|リオデジャネイロ|リオ|리우데자네이루|리우|ริโอเดจาเนโร|Рио-де-Жанейро|Рио|ريو دي جانيرو'],
  ['BR', 'America/Sao_Paulo', 'São Paulo|Sampa|San Pablo|圣保罗|聖保羅|サンパウロ|상파울루|เซาเปาลู|Сан-Паулу|ساو باولو'],
  ['BY', 'Europe/Minsk', 'Minsk|明斯克|ミンスク|민스크|มินสก์|Минск|مينسك'],
  ['CA', 'America/Toronto', 'Toronto|多伦多|多倫多|トロント|토론토|โทรอนโต|Торонто|تورونتو'],
  ['CA', 'America/Vancouver', 'Vancouver|温哥华|溫哥華|バンクーバー|밴쿠버|แวนคูเวอร์|Ванкувер|فانكوفر'],
  ['CH', 'Europe/Zurich', 'Geneva|Genève|Genf|Ginevra|Ginebra|Genebra|Cenevre|Jenewa|日内瓦|日內瓦|ジュネーブ|제네바|เจนีวา|Женева|جنيف'],
  ['CH', 'Europe/Zurich', 'Zürich|Zurigo|Zúrich|Zurique|Zürih|苏黎世|蘇黎世|チューリッヒ|취리히|ซูริก|Цюрих|زيورخ'],
  ['CN', 'Asia/Shanghai', 'Beijing|Peking|Pékin|Pekín|Pechino|Pequim|Pekin|Bắc Kinh|北京|ペキン|베이징|북경|ปักกิ่ง|Пекин|بكين'],
  ['CN', 'Asia/Shanghai', 'Chengdu|Thành Đô|成都|청두|เฉิงตู|Чэнду|تشنغدو'],
  ['CN', 'Asia/Shanghai', 'Guangzhou|Quảng Châu|广州|廣州|広州|광저우|กวางโจว|Гуанчжоу|قوانغتشو'],
  ['CN', 'Asia/Shanghai', 'Hangzhou|Hàng Châu|杭州|항저우|หางโจว|Ханчжоу|هانغتشو'],
  ['CN', 'Asia/Shanghai', 'Shanghai|Shanghái|Changhaï|Xangai|Şanghay|Sciangai|Schanghai|Thượng Hải|上海|シャンハイ|상하이|เซี่ยงไฮ้|Шанхай|شانغهاي|شنغهاي'],
  ['CN', 'Asia/Shanghai', 'Shenzhen|Thâm Quyến|深圳|深セン|シンセン|심천|เซินเจิ้น|Шэньчжэнь|شنتشن'],
  ['CO', 'America/Bogota', 'Bogotá|波哥大|ボゴタ|보고타|โบโกตา|Богота|بوغوتا'],
  ['CZ', 'Europe/Prague', 'Prague|Prag|Praga|Praha|布拉格|プラハ|프라하|ปราก|Прага|براغ'],
  ['DE', 'Europe/Berlin', 'Berlin|Berlino|Berlín|Berlim|Béc-lin|柏林|ベルリン|베를린|เบอร์ลิน|Берлин|برلين'],
  ['DE', 'Europe/Berlin', 'Frankfurt|Frankfurt am Main|Francfort|Francoforte|Fráncfort|法兰克福|法蘭克福|フランクフルト|프랑크푸르트|แฟรงก์เฟิร์ต|Франкфурт|فرانكفورت'],
  ['DE', 'Europe/Berlin', 'Hamburg|Hambourg|Amburgo|Hamburgo|ハンブルク|함부르크|ฮัมบูร์ก|Гамбург|هامبورغ'],
  ['DE', 'Europe/Berlin', 'Köln|Koeln|ケルン|쾰른|โคโลญ|Кёльн|Кельн|كولونيا'],
  ['DE', 'Europe/Berlin', 'Munich|München|Muenchen|Monaco di Baviera|Múnich|Munique|Münih|慕尼黑|ミュンヘン|뮌헨|มิวนิก|Мюнхен|ميونخ'],
  ['DZ', 'Africa/Algiers', 'Alger|Algier|Argel|Algeri|阿尔及尔|阿爾及爾|アルジェ|알제|แอลเจียร์|Алжир|الجزائر|الجزائر العاصمة'],
  ['EG', 'Africa/Cairo', 'Alexandrie|Alejandría|Alexandrien|İskenderiye|亚历山大港|亞歷山大港|アレクサンドリア|알렉산드리아|الإسكندرية'],
  ['EG', 'Africa/Cairo', 'Le Caire|Kairo|El Cairo|Kahire|开罗|開羅|카이로|ไคโร|Каир|القاهرة'],
  ['ES', 'Europe/Madrid', 'Madrid|马德里|馬德里|マドリード|마드리드|มาดริด|Мадрид|مدريد'],
  ['ES', 'Europe/Madrid', 'Sevilla|Seville|Séville|Siviglia|Sevilha|塞维利亚|塞維利亞|セビリア|세비야|เซบิยา|Севилья|إشبيلية'],
  ['FR', 'Europe/Paris', 'Lyon|Lione|里昂|リヨン|리옹|ลียง|Лион'],
  ['FR', 'Europe/Paris', 'Marseille|Marseilles|Marsiglia|Marsella|Marselha|Marsilya|马赛|馬賽|マルセイユ|마르세유|มาร์แซย์|Марсель|مرسيليا'],
  ['FR', 'Europe/Paris', 'Paris|Parigi|París|巴黎|パリ|파리|ปารีส|Париж|باريس'],
  ['GB', 'Europe/London', 'Edinburgh|Édimbourg|Edimburgo|爱丁堡|愛丁堡|エディンバラ|에든버러|เอดินบะระ|Эдинбург|إدنبرة'],
  ['GB', 'Europe/London', 'London|Londres|Londra|Luân Đôn|伦敦|倫敦|ロンドン|런던|ลอนดอน|Лондон|لندن'],
  ['GR', 'Europe/Athens', 'Athen|Athènes|Atenas|Atene|Atina|雅典|アテネ|아테네|เอเธนส์|Афины|أثينا'],
  ['HK', 'Asia/Hong_Kong', 'Hong Kong|Hồng Kông|香港|ホンコン|홍콩|ฮ่องกง|Гонконг|هونغ كونغ|هونج كونج'],
  ['ID', 'Asia/Jakarta', 'Bandung|万隆|萬隆|バンドン|반둥|บันดุง|Бандунг|باندونغ'],
  ['ID', 'Asia/Jakarta', 'Jakarta|JKT|DKI Jakarta|Yakarta|Giacarta|Jacarta|Cakarta|Djakarta|雅加达|雅加達|ジャカルタ|자카르타|จาการ์ตา|Джакарта|جاكرتا'],
  ['ID', 'Asia/Jakarta', 'Medan|棉兰|棉蘭|メダン|메단|เมดาน|Медан'],
  ['ID', 'Asia/Jakarta', 'Surabaya|泗水|スラバヤ|수라바야|สุราบายา|Сурабая|سورابايا'],
  ['ID', 'Asia/Jakarta', 'Yogyakarta|Jogjakarta|Jogja|Yogya|日惹|ジョグジャカルタ|족자카르타|ยอกยาการ์ตา|Джокьякарта'],
  ['ID', 'Asia/Makassar', 'Bali|Denpasar|巴厘岛|巴厘島|峇里島|巴里島|バリ|バリ島|デンパサール|발리|บาหลี|Бали'],
  ['IE', 'Europe/Dublin', 'Dublín|Dublino|Dublim|都柏林|ダブリン|더블린|ดับลิน|Дублин|دبلن'],
  ['IN', 'Asia/Kolkata', 'Bangalore|Bengaluru|班加罗尔|班加羅爾|バンガロール|벵갈루루|บังกาลอร์|Бангалор|بنغالور'],
  ['IN', 'Asia/Kolkata', 'Delhi|New Delhi|Neu-Delhi|Nueva Delhi|Nova Deli|Nova Délhi|Nuova Delhi|Yeni Delhi|Nouvelle-Delhi|德里|新德里|デリー|ニューデリー|델리|뉴델리|เดลี|นิวเดลี|Дели|Нью-Дели|دلهي|نيودلهي'],
  ['IN', 'Asia/Kolkata', 'Mumbai|Bombay|Bombaim|孟买|孟買|ムンバイ|뭄바이|มุมไบ|Мумбаи|Бомбей|مومباي'],
  ['IQ', 'Asia/Baghdad', 'Bagdad|Bagdá|Bağdat|巴格达|巴格達|バグダッド|바그다드|แบกแดด|Багдад|بغداد'],
  ['IT', 'Europe/Rome', 'Florence|Firenze|Florenz|Florença|Floransa|佛罗伦萨|佛羅倫斯|翡冷翠|フィレンツェ|피렌체|ฟลอเรนซ์|Флоренция|فلورنسا'],
  ['IT', 'Europe/Rome', 'Milan|Milano|Mailand|Milán|Milão|米兰|米蘭|ミラノ|밀라노|มิลาน|Милан|ميلانو'],
  ['IT', 'Europe/Rome', 'Napoli|Neapel|Nápoles|那不勒斯|拿坡里|ナポリ|나폴리|เนเปิลส์|Неаполь|نابولي'],
  ['IT', 'Europe/Rome', 'Rome|Roma|Rom|Rô-ma|罗马|羅馬|ローマ|로마|โรม|Рим|روما'],
  ['IT', 'Europe/Rome', 'Turin|Torino|Turín|Turim|都灵|都靈|トリノ|토리노|ตูริน|Турин|تورينو'],
  ['IT', 'Europe/Rome', 'Venice|Venezia|Venedig|Venise|Venecia|Veneza|Venedik|威尼斯|ヴェネツィア|ベネチア|ベニス|베네치아|เวนิส|Венеция|فينيسيا'],
  ['JP', 'Asia/Tokyo', 'Fukuoka|福岡|福冈|ふくおか|후쿠오카|ฟุกุโอกะ|Фукуока|فوكوكا'],
  ['JP', 'Asia/Tokyo', 'Kyoto|Kioto|Quioto|京都|きょうと|교토|เกียวโต|Киото|كيوتو'],
  ['JP', 'Asia/Tokyo', 'Nagoya|名古屋|なごや|나고야|นาโกย่า|Нагоя|ناغويا'],
  ['JP', 'Asia/Tokyo', 'Osaka|Ōsaka|大阪|大阪府|おおさか|オオサカ|오사카|โอซากา|Осака|أوساكا'],
  ['JP', 'Asia/Tokyo', 'Sapporo|札幌|さっぽろ|삿포로|ซัปโปโร|Саппоро|سابورو'],
  ['JP', 'Asia/Tokyo', 'Tokyo|Tokio|Tóquio|Tô-ky-ô|東京|东京|東京都|とうきょう|トウキョウ|トーキョー|도쿄|โตเกียว|Токио|طوكيو'],
  ['JP', 'Asia/Tokyo', 'Yokohama|横浜|横滨|橫濱|よこはま|요코하마|โยโกฮามา|Иокогама|يوكوهاما'],
  ['KR', 'Asia/Seoul', 'Busan|Pusan|釜山|プサン|부산|ปูซาน|Пусан|بوسان'],
  ['KR', 'Asia/Seoul', 'Incheon|仁川|インチョン|인천|อินช็อน|Инчхон|إنتشون'],
  ['KR', 'Asia/Seoul', 'Seoul|Séoul|Seúl|Seul|Xơ-un|首尔|首爾|漢城|汉城|ソウル|서울|โซล|Сеул|سيول'],
  ['KW', 'Asia/Kuwait', 'Kuwait City|Koweït|Kuwait-Stadt|Ciudad de Kuwait|Cidade do Kuwait|Kuveyt|科威特城|クウェート市|쿠웨이트시티|คูเวตซิตี|Эль-Кувейт|مدينة الكويت|الكويت'],
  ['KZ', 'Asia/Almaty', 'Almaty|Alma-Ata|阿拉木图|阿拉木圖|アルマトイ|알마티|อัลมาตี|Алматы|Алма-Ата|ألماتي'],
  ['KZ', 'Asia/Almaty', 'Astana|Nur-Sultan|阿斯塔纳|阿斯塔納|アスタナ|아스타나|อัสตานา|Астана|أستانا'],
  ['LB', 'Asia/Beirut', 'Beyrouth|Beirute|Beyrut|贝鲁特|貝魯特|ベイルート|베이루트|เบรุต|Бейрут|بيروت'],
  ['MA', 'Africa/Casablanca', 'Casablanca|Kazablanka|卡萨布兰卡|卡薩布蘭卡|カサブランカ|카사블랑카|คาซาบลังกา|Касабланка|الدار البيضاء|كازابلانكا'],
  ['MA', 'Africa/Casablanca', 'Marrakech|Marrakesh|Marrakesch|Marraquexe|Marraquech|Marakeş|马拉喀什|馬拉喀什|マラケシュ|마라케시|มาร์ราเกช|Марракеш|مراكش'],
  ['MA', 'Africa/Casablanca', 'Rabat|拉巴特|ラバト|라바트|ราบัต|Рабат|الرباط'],
  ['MO', 'Asia/Macau', 'Macau|澳门|澳門|マカオ|마카오|มาเก๊า|Макао|ماكاو'],
  ['MX', 'America/Mexico_City', 'Mexico City|Ciudad de México|CDMX|Mexiko-Stadt|Città del Messico|Cidade do México|Meksiko City|Thành phố México|墨西哥城|メキシコシティ|メキシコ・シティ|멕시코시티|เม็กซิโกซิตี|Мехико|مكسيكو سيتي|مدينة مكسيكو'],
  ['MY', 'Asia/Kuala_Lumpur', 'Kuala Lumpur|吉隆坡|クアラルンプール|쿠알라룸푸르|กัวลาลัมเปอร์|Куала-Лумпур|كوالالمبور|كوالا لمبور'],
  ['NG', 'Africa/Lagos', 'Abuja|阿布贾|阿布賈|アブジャ|아부자|อาบูจา|Абуджа|أبوجا'],
  ['NG', 'Africa/Lagos', 'Lagos|拉各斯|ラゴス|라고스|ลากอส|Лагос|لاغوس'],
  ['NL', 'Europe/Amsterdam', 'Ámsterdam|Amsterdã|阿姆斯特丹|アムステルダム|암스테르담|อัมสเตอร์ดัม|Амстердам|أمستردام'],
  ['PE', 'America/Lima', 'Lima|利马|利馬|リマ|리마|ลิมา|Лима|ليما'],
  ['PH', 'Asia/Manila', 'Manila|Manille|马尼拉|馬尼拉|マニラ|마닐라|มะนิลา|Манила|مانيلا'],
  ['PK', 'Asia/Karachi', 'Karachi|Karatschi|Karaçi|卡拉奇|喀拉蚩|カラチ|카라치|การาจี|Карачи|كراتشي'],
  ['PK', 'Asia/Karachi', 'Lahore|拉合尔|拉合爾|ラホール|라호르|ละฮอร์|Лахор|لاهور'],
  ['PT', 'Europe/Lisbon', 'Lisbon|Lisboa|Lissabon|Lisbonne|Lisbona|Lizbon|Lisabon|里斯本|リスボン|리스본|ลิสบอน|Лиссабон|لشبونة'],
  ['PT', 'Europe/Lisbon', 'Porto|Oporto|波尔图|波爾圖|ポルト|포르투|ปอร์โต|Порту|بورتو'],
  ['QA', 'Asia/Qatar', 'Doha|多哈|ドーハ|도하|โดฮา|Доха|الدوحة'],
  ['RU', 'Europe/Moscow', 'Moscow|Moskau|Moscou|Moscú|Mosca|Moscovo|Moskova|Moskwa|Moskva|Mát-xcơ-va|Matxcơva|莫斯科|モスクワ|모스크바|มอสโก|Москва|Мск|موسكو'],
  ['RU', 'Europe/Moscow', 'Sankt Petersburg|Saint-Pétersbourg|San Petersburgo|São Petersburgo|San Pietroburgo|Sankt-Peterburg|Xanh Pê-téc-bua|圣彼得堡|聖彼得堡|サンクトペテルブルク|상트페테르부르크|เซนต์ปีเตอร์สเบิร์ก|Санкт-Петербург|Петербург|Питер|СПб|سانت بطرسبرغ'],
  ['SA', 'Asia/Riyadh', 'Jeddah|Jiddah|Jedda|Djeddah|Yeda|Yida|Gedda|Cidde|吉达|吉達|ジッダ|ジェッダ|제다|เจดดาห์|Джидда|جدة'],
  ['SA', 'Asia/Riyadh', 'Mecca|Makkah|Mekka|Mekah|La Mecque|La Meca|Meca|Mekke|麦加|麥加|メッカ|메카|เมกกะ|Мекка|مكة|مكة المكرمة'],
  ['SA', 'Asia/Riyadh', 'Riyadh|Riad|Riyad|Riade|利雅得|利雅德|リヤド|리야드|ริยาด|Эр-Рияд|Рияд|الرياض'],
  ['SG', 'Asia/Singapore', 'Singapore|Singapour|Singapur|Singapura|Cingapura|Xin-ga-po|Xinh-ga-po|新加坡|星加坡|シンガポール|싱가포르|สิงคโปร์|Сингапур|سنغافورة'],
  ['SY', 'Asia/Damascus', 'Damasco|Damaskus|大马士革|大馬士革|ダマスカス|다마스쿠스|ดามัสกัส|Дамаск|دمشق'],
  ['TH', 'Asia/Bangkok', 'Bangkok|BKK|Banguecoque|Băng Cốc|曼谷|バンコク|방콕|กรุงเทพ|กรุงเทพฯ|กรุงเทพมหานคร|กทม|บางกอก|Бангкок|بانكوك'],
  ['TH', 'Asia/Bangkok', 'Chiang Mai|Chiangmai|Chiềng Mai|清迈|清邁|チェンマイ|치앙마이|เชียงใหม่|Чиангмай|شيانغ ماي'],
  ['TH', 'Asia/Bangkok', 'Pattaya|芭提雅|芭達雅|パタヤ|파타야|พัทยา|Паттайя|باتايا'],
  ['TH', 'Asia/Bangkok', 'Phuket|普吉|普吉岛|普吉島|プーケット|푸껫|푸켓|ภูเก็ต|Пхукет|بوكيت'],
  ['TN', 'Africa/Tunis', 'Túnez|Tunisi|Tunus|突尼斯|チュニス|튀니스|ตูนิส|Тунис|تونس'],
  ['TR', 'Europe/Istanbul', 'Ankara|安卡拉|アンカラ|앙카라|อังการา|Анкара|أنقرة'],
  ['TR', 'Europe/Istanbul', 'Antalya|安塔利亚|安塔利亞|アンタルヤ|안탈리아|อันตัลยา|Анталья|Анталия|أنطاليا'],
  ['TR', 'Europe/Istanbul', 'İzmir|Esmirna|Smirne|伊兹密尔|伊茲密爾|イズミル|이즈미르|อิซมีร์|Измир|إزمير'],
  ['TR', 'Europe/Istanbul', 'Istanbul|Estambul|Istambul|Stamboul|伊斯坦布尔|伊斯坦堡|伊斯坦布爾|イスタンブール|이스탄불|อิสตันบูล|Стамбул|إسطنبول'],
  ['TW', 'Asia/Taipei', 'Kaohsiung|高雄|가오슝|เกาสง|Гаосюн|كاوهسيونغ'],
  ['TW', 'Asia/Taipei', 'Taipei|Taipé|Taipéi|Đài Bắc|台北|臺北|タイペイ|타이베이|ไทเป|Тайбэй|تايبيه'],
  ['UA', 'Europe/Kyiv', 'Kyiv|Kiev|Kiew|基辅|基輔|キーウ|キエフ|키이우|키예프|เคียฟ|Київ|Киев|كييف'],
  ['US', 'America/Chicago', 'Chicago|芝加哥|シカゴ|시카고|ชิคาโก|Чикаго|شيكاغو'],
  ['US', 'America/Chicago', 'Dallas|达拉斯|達拉斯|ダラス|댈러스|ดัลลัส|Даллас|دالاس'],
  ['US', 'America/Chicago', 'Houston|休斯顿|休斯頓|休士頓|ヒューストン|휴스턴|ฮิวสตัน|Хьюстон|هيوستن'],
  ['US', 'America/Los_Angeles', 'Las Vegas|Vegas|拉斯维加斯|拉斯維加斯|ラスベガス|라스베이거스|ลาสเวกัส|Лас-Вегас|لاس فيغاس'],
  ['US', 'America/Los_Angeles', 'Los Angeles|Los Ángeles|洛杉矶|洛杉磯|ロサンゼルス|ロサンジェルス|로스앤젤레스|엘에이|ลอสแอนเจลิส|แอลเอ|Лос-Анджелес|لوس أنجلوس|لوس انجلوس'],
  ['US', 'America/Los_Angeles', 'San Francisco|旧金山|舊金山|三藩市|サンフランシスコ|샌프란시스코|ซานฟรานซิสโก|Сан-Франциско|سان فرانسيسكو'],
  ['US', 'America/Los_Angeles', 'Seattle|西雅图|西雅圖|シアトル|시애틀|ซีแอตเทิล|Сиэтл|سياتل'],
  ['US', 'America/New_York', 'Atlanta|亚特兰大|亞特蘭大|アトランタ|애틀랜타|แอตแลนตา|Атланта|أتلانتا'],
  ['US', 'America/New_York', 'Boston|波士顿|波士頓|ボストン|보스턴|บอสตัน|Бостон|بوسطن'],
  ['US', 'America/New_York', 'Miami|迈阿密|邁阿密|マイアミ|마이애미|ไมแอมี|Майами|ميامي'],
  ['US', 'America/New_York', 'New York|New York City|NYC|Nueva York|Nova Iorque|Nova York|Niu Oóc|纽约|紐約|ニューヨーク|뉴욕|นิวยอร์ก|Нью-Йорк|نيويورك'],
  ['US', 'America/New_York', 'Washington DC|Washington D.C.|华盛顿特区|華盛頓特區|ワシントンDC|ワシントンD.C.|워싱턴DC|วอชิงตันดีซี|واشنطن العاصمة'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Cần Thơ|芹苴|껀터|เกิ่นเทอ|Кантхо'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Đà Nẵng|Danang|岘港|峴港|ダナン|다낭|ดานัง|Дананг|دا نانغ'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Hà Nội|Hanoi|Hanoï|Hanói|Hanoy|河内|河內|ハノイ|하노이|ฮานอย|Ханой|هانوي'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Hải Phòng|Haiphong|ハイフォン|하이퐁|ไฮฟอง|Хайфон'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Hồ Chí Minh|Thành phố Hồ Chí Minh|TPHCM|HCM|HCMC|Sài Gòn|Saigon|Ho-Chi-Minh-Stadt|Hô-Chi-Minh-Ville|Ciudad Ho Chi Minh|Cidade de Ho Chi Minh|Città di Ho Chi Minh|胡志明市|胡志明|西贡|西貢|ホーチミン|サイゴン|호찌민|호치민|사이공|โฮจิมินห์|ไซ่ง่อน|Хошимин|Сайгон|هو تشي منه|مدينة هو تشي منه'],
  ['VN', 'Asia/Ho_Chi_Minh', 'Nha Trang|芽庄|芽莊|ニャチャン|나트랑|ญาจาง|Нячанг'],
  ['ZA', 'Africa/Johannesburg', 'Cape Town|Le Cap|Kapstadt|Ciudad del Cabo|Cidade do Cabo|Città del Capo|开普敦|開普敦|ケープタウン|케이프타운|เคปทาวน์|Кейптаун|كيب تاون'],
  ['ZA', 'Africa/Johannesburg', 'Johannesburg|Johannesburgo|Joanesburgo|Joburg|Jozi|约翰内斯堡|約翰尼斯堡|ヨハネスブルグ|요하네스버그|โจฮันเนสเบิร์ก|Йоханнесбург|جوهانسبرغ'],
];

/**
 * A city's name as a shopper types it, for matching: compatibility forms folded (full-width letters,
 * half-width kana), no case, no spaces or punctuation ("New-York", "TP.HCM", "กทม."), Latin letters
 * without their accents ("São" = "sao", "Hà Nội" = "ha noi", "İzmir" = "izmir"), and Arabic without
 * its vowel marks and with one alef, one ya and ta marbuta as ha ("إسطنبول" = "اسطنبول", "جدة" = "جده").
 * Other scripts keep their marks: a Thai vowel or a Japanese dakuten changes the word.
 */
export function cityNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[đ]/gu, 'd')
    .replace(/ı/gu, 'i')
    .replace(/ß/gu, 'ss')
    .replace(/ø/gu, 'o')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[\u064B-\u065F\u0670]/gu, '')
    .normalize('NFC')
    .replace(/ٱ/gu, 'ا')
    .replace(/[ىی]/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ک/gu, 'ك')
    .replace(/[^\p{L}\p{N}\p{M}]+|ـ/gu, '');
}

/**
 * What a city's name may carry around it: "北京市", "서울시", "부산광역시", "TP Hà Nội", "Thành phố Đà Nẵng",
 * "Tokyo City", "Kota Bandung". Tried only when the name as typed is not in the table.
 */
const AFFIXES: readonly RegExp[] = [/^(.{2,}?)(?:市|특별시|광역시|시)$/u, /^(?:thanhpho|tp)(.{2,})$/u, /^(.{3,})city$/u, /^kota(.{3,})$/u];

let index: Map<string, string> | undefined;

/** Every name's key and its city's zone; a key two cities share is kept by the first, and test/core/util/timezone-cities.test.ts checks no two do. */
function cityIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const [, zone, names] of CITIES) {
      for (const name of names.split('|')) {
        const key = cityNameKey(name);
        if (key && !index.has(key)) index.set(key, zone);
      }
    }
  }
  return index;
}

/** The zone of the city the whole of `text` names in any of the 15 languages ("東京", "Mailand", "กทม", "sai gon"), or undefined. */
export function cityZoneByName(text: string): string | undefined {
  const key = cityNameKey(text);
  if (!key) return undefined;
  const cities = cityIndex();
  const zone = cities.get(key);
  if (zone) return zone;
  for (const affix of AFFIXES) {
    const bare = affix.exec(key)?.[1];
    const found = bare === undefined ? undefined : cities.get(bare);
    if (found) return found;
  }
  return undefined;
}

/** The table's cities with their names, for tests and tools: `{ country, zone, names }`. */
export function timeZoneCities(): { country: string; zone: string; names: string[] }[] {
  return CITIES.map(([country, zone, names]) => ({ country, zone, names: names.split('|') }));
}
