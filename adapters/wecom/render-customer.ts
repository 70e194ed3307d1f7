/**
 * Customers and customer groups (externalcontact/add_msg_template, https://developer.work.weixin.qq.com/document/path/92135;
 * the welcome message, send_welcome_msg, https://developer.work.weixin.qq.com/document/path/92137) get one
 * message: a text of up to 4,000 bytes and up to nine attachments (links for products and link buttons,
 * uploaded images, videos and files). Postback buttons cannot be pressed there: they become a numbered list.
 */
import type { Route } from './route.js';
import { excerpt, splitBytes, type Parts, type PendingUpload, type WecomPayloadBody } from './render-parts.js';

const CUSTOMER_TEXT_MAX_BYTES = 4000;
const MAX_ATTACHMENTS = 9;

/** Customers get one mass-send (or welcome) message: text plus attachments. */
export function customerMessage(route: Extract<Route, { kind: 'customer' | 'customer_group' | 'welcome' }>, p: Parts): WecomPayloadBody[] {
  const attachments: Record<string, unknown>[] = [];
  const uploads: PendingUpload[] = [];
  const lines = [...p.text.map((t) => t.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2 $1'))];
  p.postback.forEach((b, i) => lines.push(`${i + 1}. ${b.label}`));
  for (const l of p.links) attachments.push({ msgtype: 'link', link: { title: excerpt(l.label, 128), url: l.url } });
  for (const a of p.articles) {
    if (a.url) attachments.push({ msgtype: 'link', link: { title: excerpt(a.title, 128), url: a.url, ...(a.picurl ? { picurl: a.picurl } : {}), ...(a.description ? { desc: excerpt(a.description, 512) } : {}) } });
    else lines.push([a.title, a.description].filter(Boolean).join(' — '));
  }
  for (const m of p.media) {
    const msgtype = m.mediaType === 'voice' ? 'file' : m.mediaType;
    uploads.push({ src: m.src, name: m.name, mediaType: msgtype, path: `attachments.${attachments.length}.${msgtype}.media_id` });
    attachments.push({ msgtype, [msgtype]: { media_id: '' } });
  }
  for (const r of p.raw) attachments.push({ msgtype: r.msgtype, [r.msgtype]: r.content });
  const text = splitBytes(lines.join('\n').trim(), CUSTOMER_TEXT_MAX_BYTES)[0];
  if (!text && !attachments.length) return [];
  const kept = attachments.slice(0, MAX_ATTACHMENTS);
  return [{ route, request: { ...(text ? { text: { content: text } } : {}), ...(kept.length ? { attachments: kept } : {}) }, uploads: uploads.filter((u) => Number(u.path.split('.')[1]) < MAX_ATTACHMENTS) }];
}

