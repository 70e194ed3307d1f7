/**
 * Words shoppers write onto a product word without a space in Korean, Japanese, Chinese and Thai: the device, brand
 * or colour it is for ("갤럭시케이스", "삼성폰케이스", "アイフォンケース", "华为手机壳", "เคสซัมซุง"). They are no products, but
 * they vouch for a compound as the catalog's own words do (entities-product-bounds.ts): 케이스 in 갤럭시케이스 is a
 * word of the message, as 헤드폰 is in 블루투스헤드폰. Words that make another thing of the product word are left
 * out: 아이스 would make 크림 of 아이스크림 a cream.
 */
export const COMPOUND_MODIFIERS: Readonly<Record<string, readonly string[]>> = {
  ko: [
    '갤럭시', '갤럭시폰', '갤노트', '갤탭', '삼성', '삼성폰', '아이폰', '애플', '아이패드', '에어팟', '맥북', '애플워치', '샤오미', '픽셀', '엘지',
    '핸드폰', '휴대폰', '스마트폰', '폰', '노트북', '태블릿', '블랙', '화이트', '검정', '검은색', '흰색', '하얀색', '핑크', '네이비', '그레이',
  ],
  ja: [
    'アイフォン', 'アイフォーン', 'ギャラクシー', 'アンドロイド', 'サムスン', 'ピクセル', 'エクスペリア', 'アクオス', 'アイパッド', 'マック',
    'スマホ', 'パソコン', 'ノートパソコン', 'タブレット', 'ブラック', 'ホワイト', 'ピンク', 'ネイビー', 'グレー',
  ],
  zh: ['苹果', '华为', '華為', '小米', '三星', '荣耀', '榮耀', '安卓', '手机', '手機', '平板', '笔记本', '筆記本', '黑色', '白色', '粉色'],
  th: [
    'ไอโฟน', 'ซัมซุง', 'กาแลคซี่', 'กาแล็กซี่', 'แอนดรอยด์', 'มือถือ', 'โทรศัพท์', 'ไอแพด', 'โน้ตบุ๊ก', 'โน้ตบุ๊ค', 'สีดำ', 'สีขาว', 'สีชมพู',
  ],
};
