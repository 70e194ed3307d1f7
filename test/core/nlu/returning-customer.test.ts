import { describe, expect, it } from 'vitest';
import { saysReturningCustomer } from '../../../core/nlu/returning-customer.js';

describe('saysReturningCustomer', () => {
  it.each([
    ['en', "it's not my first order"], ['en', 'im a returning customer, any codes?'], ['en', 'i have ordered from you before'],
    ['zh-CN', '不是第一次买了'], ['zh-CN', '我是老顾客'], ['zh-CN', '之前买过'],
    ['ja', '初めてじゃないんですが'], ['ja', '前にも買いました'], ['ja', '2回目の注文です'],
    ['ko', '첫 주문 아닌데요'], ['ko', '전에도 샀어요'], ['ko', '주문한 적 있어요'],
    ['es', 'no es mi primer pedido'], ['es', 'soy cliente habitual'], ['es', 'ya compré antes'],
    ['fr', "ce n'est pas ma première commande"], ['fr', "j'ai déjà commandé chez vous"], ['fr', 'cliente fidèle'],
    ['de', 'ist nicht meine erste Bestellung'], ['de', 'ich hab schon mal bestellt'], ['de', 'Bestandskundin'],
    ['ru', 'у меня не первый заказ'], ['ru', 'есть промокод? это не первый мой заказ'], ['id', 'udh pernah belanja sih sebelumnya'], ['de', 'is aber nich meine erste bestellung'], ['ru', 'я постоянный клиент'], ['ru', 'уже заказывала у вас'],
    ['pt', 'não é minha primeira compra'], ['pt', 'ja comprei com voces'], ['pt', 'sou cliente antiga'],
    ['it', 'non è il mio primo ordine'], ['it', 'ho già acquistato'], ['it', 'sono cliente abituale'],
    ['th', 'ไม่ใช่ครั้งแรกค่ะ'], ['th', 'เคยสั่งแล้ว'], ['th', 'ลูกค้าประจำ'],
    ['vi', 'không phải lần đầu'], ['vi', 'khach quen ne'], ['vi', 'mình đã mua rồi'],
    ['id', 'bukan pesanan pertama'], ['id', 'udah pernah beli'], ['id', 'pelanggan setia'],
    ['ar', 'مو اول طلب لي'], ['ar', 'أنا زبون دائم'], ['ar', 'اشتريت منكم من قبل'],
    ['tr', 'ilk siparişim değil'], ['tr', 'eski müşterinizim'], ['tr', 'daha önce sipariş verdim'],
  ])('%s: "%s"', (lang, text) => {
    expect(saysReturningCustomer(text, lang)).toBe(true);
  });

  it.each([
    ['en', "it's my first order, any code?"], ['en', 'new customer here'], ['en', 'do you have discount codes'],
    ['zh-CN', '第一次买有优惠吗'], ['ja', '初めての注文です'], ['ko', '첫 주문이에요'], ['es', 'es mi primer pedido'],
    ['fr', 'première commande'], ['de', 'meine erste Bestellung'], ['ru', 'первый заказ'], ['pt', 'primeira compra'],
    ['it', 'primo ordine'], ['th', 'สั่งครั้งแรก'], ['vi', 'lần đầu mua'], ['id', 'pesanan pertama'], ['ar', 'أول طلب لي'],
    ['tr', 'ilk siparişim'],
  ])('%s: not "%s"', (lang, text) => {
    expect(saysReturningCustomer(text, lang)).toBe(false);
  });
});
