/** Order numbers: the shop's own patterns, or shopmate's default `SM` + 6 digits. */
import { makeEntity, type ScanInput } from './entities-text.js';
import type { Entity } from './types.js';

/** `SM123456`, `sm-123456`, `SM 123456`. */
export const DEFAULT_ORDER_PATTERN = /(?<![A-Za-z0-9])SM[- ]?(\d{6})(?!\d)/giu;

/** Words that announce an order number, in the 15 languages. */
const ORDER_WORDS = [
  String.raw`order(?:\s*(?:number|no\.?|id|num))?`, '订单(?:号码?|编号)?', '訂單(?:號碼?|編號)?', '单号',
  '注文(?:番号)?', 'オーダー(?:番号)?', '주문(?:\\s*번호)?', 'pedido', 'encomenda', 'commande', 'bestell(?:ung|nummer)',
  'auftrag(?:snummer)?', 'заказ[ау]?', 'ordine', 'đơn(?:\\s*hàng)?', 'mã\\s*đơn', 'pesanan', 'kode\\s*pesanan',
  'คำสั่งซื้อ', 'ออเดอร์', 'رقم\\s*الطلب', 'طلب(?:ية|ي)?', 'sipariş(?:im|in|imin)?',
];
/** Keyword, then up to 15 characters of "number is", "#", "：", "番号は"…, then exactly six digits. */
const AFTER_WORD = new RegExp(`(?<!\\p{Script=Latin})(?:${ORDER_WORDS.join('|')})[^\\d\\n]{0,15}?(?<!\\d)(\\d{6})(?!\\d)`, 'giu');
/** The whole message is the number: "123456", "#123456.", "№ 123456". */
const WHOLE_MESSAGE = /^\s*(?:#|№|no\.?)?\s*(\d{6})\s*[.!?。！？]?\s*$/iu;

export interface OrderOptions {
  /**
   * The shop's order-number patterns. A named group `id` gives the value; otherwise the match,
   * upper-cased without spaces or hyphens. When set, the default `SM` rules are off.
   */
  patterns?: readonly (RegExp | string)[] | undefined;
}

export function extractOrderIds(input: ScanInput, options: OrderOptions): Entity[] {
  if (options.patterns && options.patterns.length > 0) return customOrders(input, options.patterns);
  const out: Entity[] = [];
  for (const m of input.norm.matchAll(DEFAULT_ORDER_PATTERN)) {
    out.push(makeEntity('order_id', `SM${m[1]}`, input, m.index, m.index + m[0].length));
  }
  const whole = WHOLE_MESSAGE.exec(input.norm);
  if (whole?.[1]) {
    const start = input.norm.indexOf(whole[1]);
    out.push(makeEntity('order_id', `SM${whole[1]}`, input, start, start + 6));
  }
  for (const m of input.norm.matchAll(AFTER_WORD)) {
    const digits = m[1] as string;
    const start = m.index + m[0].length - 6;
    out.push(makeEntity('order_id', `SM${digits}`, input, start, start + 6));
    out.push(...listedAfter(input, m.index + m[0].length));
  }
  return out;
}

/** "and", "or", "和", "と", "랑", "y", "und", "и", "và", "dan", "و", "ve"…: what joins numbers in a list, in the 15 languages. */
const LIST_JOIN = String.raw`(?:,|、|，|;|&|\+|/|and|or|和|跟|与|與|及|或|と|や|か|및|랑|이랑|하고|y|o|e|ou|et|und|oder|и|или|а|và|hoặc|với|dan|atau|و|أو|او|ve|veya|ile|และ|กับ|หรือ)`;
/** The next number of a list that an order word opened ("订单100236和100244", "orders 100236, 100244"). */
const LIST_NEXT = new RegExp(String.raw`^\s*${LIST_JOIN}?\s*(?:#|№|no\.?\s*)?(?<!\d)(\d{6})(?!\d)`, 'iu');

/** Numbers listed right after an order number: each one is an order too ("orders 100236, 100237 and 100244"). */
function listedAfter(input: ScanInput, from: number): Entity[] {
  const out: Entity[] = [];
  let at = from;
  for (let m = LIST_NEXT.exec(input.norm.slice(at)); m; m = LIST_NEXT.exec(input.norm.slice(at))) {
    const start = at + m[0].length - 6;
    out.push(makeEntity('order_id', `SM${m[1] as string}`, input, start, start + 6));
    at += m[0].length;
  }
  return out;
}

function customOrders(input: ScanInput, patterns: readonly (RegExp | string)[]): Entity[] {
  const out: Entity[] = [];
  for (const p of patterns) {
    const re = typeof p === 'string' ? new RegExp(p, 'giu') : new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    for (const m of input.norm.matchAll(re)) {
      if (m[0] === '') continue;
      const value = m.groups?.id ?? m[0].replace(/[\s-]/g, '').toUpperCase();
      out.push(makeEntity('order_id', value, input, m.index, m.index + m[0].length));
    }
  }
  return out;
}
