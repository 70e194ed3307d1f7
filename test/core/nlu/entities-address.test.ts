/** A delivery address to be changed, in shoppers' words in 15 languages, with the new address when given; and what only looks like it. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';

const addressChange = (text: string, locale: string) => extractEntities(text, { locale }).find((e) => e.type === 'address_change')?.value;

/** Per locale: requests to change the address, [a request that gives the new address, the address], then messages that are none. */
const CASES: Record<string, [asks: string[], given: [string, string], not: string[]]> = {
  en: [
    ['I need to change my shipping address for SM100236', 'can i change the delivery address?', 'wrong adress on my order, can u fix it', 'pls send it to a different address'],
    ['change address for SM100236 to 5 Main St, Springfield 12345 please', '5 Main St, Springfield 12345'],
    ['cancel SM100236, wrong address', 'what is your email address?', 'do you ship to my address in canada', 'where do i send the return, what address', 'where are SM100236 and SM100244?'],
  ],
  'zh-CN': [
    ['地址填错了能改吗', '我想改一下收货地址', '发货前能改地址吗'],
    ['SM100236的地址改成上海市浦东新区世纪大道100号', '上海市浦东新区世纪大道100号'],
    ['地址写错了 取消重拍', '退货地址发我', '你们发货地址在哪'],
  ],
  ja: [
    ['住所を変更したい', 'お届け先を変えたいです', '住所間違えたんですけど直せますか'],
    ['SM100236の住所を東京都渋谷区神南1-2-3に変更したいです', '東京都渋谷区神南1-2-3'],
    ['住所間違えたからキャンセルしたい', 'メールアドレスを変更したい', '返品先の住所は？'],
  ],
  ko: [
    ['배송지 변경하고 싶어요', '주소 잘못 적었어요 수정 가능한가요'],
    ['배송지를 서울시 강남구 테헤란로 123으로 변경해주세요', '서울시 강남구 테헤란로 123'],
    ['주소 잘못 써서 취소하고 다시 주문할게요', '반품 주소 알려주세요', '이메일 주소 변경'],
  ],
  es: [
    ['quiero cambiar la dirección de envío', 'me equivoqué de dirección, se puede corregir?'],
    ['cambiar la dirección del pedido SM100236 a Calle Mayor 5, 28013 Madrid', 'Calle Mayor 5, 28013 Madrid'],
    ['puse mal la dirección quiero cancelar', 'a qué dirección mando la devolución', 'hacen envíos a mi dirección en Chile?'],
  ],
  fr: [
    ["je me suis trompé d'adresse", "je peux changer l'adresse de livraison ?"],
    ['nouvelle adresse : 5 avenue Foch, 69006 Lyon', '5 avenue Foch, 69006 Lyon'],
    ["il faut annuler la commande SM509931, je me suis trompé d'adresse", 'supprimer mon adresse e-mail de vos envois'],
  ],
  de: [
    ['Adresse ändern', 'kann ich die lieferadresse noch ändern?', 'geht eine adressänderung noch vor dem versand'],
    ['Lieferadresse für SM100236 auf Hauptstraße 5, 10115 Berlin ändern bitte', 'Hauptstraße 5, 10115 Berlin'],
    ['rechnungsadresse wird ständig abgelehnt', 'falsche adresse, bitte stornieren', 'liefert ihr an eine firmenadresse?'],
  ],
  ru: [
    ['можно поменять адрес доставки?', 'я ошибся в адресе, можно исправить?'],
    ['поменяйте адрес на ул. Ленина 5, Москва', 'ул. Ленина 5, Москва'],
    ['нужно отменить SM509931, адрес неправильный', 'какой у вас адрес для возврата?'],
  ],
  pt: [
    ['preciso mudar o endereço de entrega', 'coloquei o endereço errado, tem como corrigir?'],
    ['troca o endereço do pedido pra Rua Augusta 500, São Paulo', 'Rua Augusta 500, São Paulo'],
    ['cancelem a encomenda, a morada estava errada', 'qual o endereço de devolução?'],
  ],
  it: [
    ['posso cambiare indirizzo di consegna?', 'ho sbagliato indirizzo, si può correggere?'],
    ["cambiate l'indirizzo in Via Roma 10, 20121 Milano", 'Via Roma 10, 20121 Milano'],
    ["l'indirizzo di fatturazione viene sempre rifiutato", 'indirizzo sbagliato, annullate tutto'],
  ],
  th: [
    ['ขอเปลี่ยนที่อยู่จัดส่งค่ะ', 'ใส่ที่อยู่ผิด แก้ได้ไหมครับ'],
    ['เปลี่ยนที่อยู่เป็น 99/1 ถนนสุขุมวิท กรุงเทพฯ 10110', '99/1 ถนนสุขุมวิท กรุงเทพฯ 10110'],
    ['SM509931 ยกเลิกด้วยครับ ที่อยู่ผิด', 'ต้องส่งคืนที่อยู่ไหนครับ'],
  ],
  vi: [
    ['mình muốn đổi địa chỉ giao hàng', 'doi dia chi giao hang dc ko shop', 'ghi nhầm địa chỉ, sửa giúp mình được ko'],
    ['đổi địa chỉ thành 12 Lê Lợi, Quận 1, TP.HCM', '12 Lê Lợi, Quận 1, TP.HCM'],
    ['đặt nhầm địa chỉ, huỷ đơn cho e để đặt lại', 'gửi hàng trả về địa chỉ nào', 'đợi mãi chưa thấy hàng'],
  ],
  id: [
    ['mau ganti alamat pengiriman', 'alamatnya salah tulis, bisa dibenerin?'],
    ['ganti alamat jadi Jl. Sudirman No. 5, Jakarta 10220', 'Jl. Sudirman No. 5, Jakarta 10220'],
    ['cancel dong min salah alamat', 'alamat retur dimana', 'bisa kirim ke alamat kantor?'],
  ],
  ar: [
    ['ابغى اغير عنوان التوصيل', 'كتبت العنوان غلط، ممكن تصححونه؟'],
    ['العنوان الجديد: شارع الملك فهد 25، الرياض', 'شارع الملك فهد 25، الرياض'],
    ['عنوان الفاتورة ينرفض كل مرة', 'العنوان غلط، الغوا الطلب'],
  ],
  tr: [
    ['teslimat adresini değiştirmek istiyorum', 'adresi yanlış yazdım düzeltebilir misiniz'],
    ['SM100236 adresimi Atatürk Cad. No:5 Kadıköy İstanbul olarak değiştirmek istiyorum', 'Atatürk Cad. No:5 Kadıköy İstanbul'],
    ['ya yanlış adrese sipariş verdim iptal edebilir misiniz', 'iadeyi hangi adrese göndereceğim'],
  ],
};

describe.each(Object.keys(CASES))('address changes in %s', (locale) => {
  const [asks, [given, address], not] = CASES[locale]!;
  it.each(asks)('%s: a change, the new address still to come', (text) => {
    expect(addressChange(text, locale)).toEqual({});
  });
  it('reads the new address the message gives, without the order number or "please"', () => {
    expect(addressChange(given, locale)).toEqual({ address });
  });
  it.each(not)('%s: no change of a delivery address', (text) => {
    expect(addressChange(text, locale)).toBeUndefined();
  });
});

describe('the new address', () => {
  it('needs a number in it: a house number or a postcode', () => {
    expect(addressChange('please change my address to the one on my account', 'en')).toEqual({});
  });
  it('announced on its own asks for the change ("new address: …")', () => {
    expect(addressChange('my new address is 22 Elm St Apt 3, Boston MA 02115', 'en')).toEqual({ address: '22 Elm St Apt 3, Boston MA 02115' });
    expect(addressChange('新地址是北京市朝阳区建国路88号', 'zh-CN')).toEqual({ address: '北京市朝阳区建国路88号' });
  });
  it('is not read from a shipping question that only mentions an address', () => {
    expect(addressChange('do you deliver to 5 Main St, Springfield?', 'en')).toBeUndefined();
  });
});
