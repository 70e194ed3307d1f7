import type { AdapterContext } from '../../core/model/adapter.js';
import { matchLocale } from '../../core/util/locales.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: `<` escaped so no text can close the tag. */
const json = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

const CHROME = ['title', 'placeholder', 'send', 'language', 'connecting', 'offline', 'agent'] as const;

/** The web chat page: no build step, one WebSocket, renders every element kind the web chat sends. */
export function chatPage(ctx: AdapterContext, requested: string | undefined): string {
  const locale = matchLocale(requested, ctx.bot.locales) ?? ctx.bot.defaultLocale;
  const strings = Object.fromEntries(ctx.bot.locales.map((l) => [l, Object.fromEntries(CHROME.map((k) => [k, ctx.t(l, `webchat.${k}`, { shop: ctx.bot.name })]))]));
  const names = Object.fromEntries(ctx.bot.locales.map((l) => [l, new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l]));
  return `<!doctype html>
<html lang="${esc(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(strings[locale]?.title ?? ctx.bot.name)}</title>
<style>
  :root { font-family: system-ui, sans-serif; color-scheme: light dark; }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; background: Canvas; }
  header { display: flex; justify-content: space-between; align-items: center; padding: .6rem 1rem; background: #0b6e4f; color: #fff; }
  header h1 { font-size: 1.05rem; margin: 0; }
  #log { flex: 1; overflow-y: auto; padding: 1rem; display: flex; flex-direction: column; gap: .5rem; }
  #log > * { flex-shrink: 0; }
  .msg { max-width: 80%; padding: .55rem .8rem; border-radius: .8rem; white-space: pre-wrap; line-height: 1.35; }
  .me { align-self: flex-end; background: #0b6e4f; color: #fff; }
  .bot { align-self: flex-start; background: color-mix(in srgb, CanvasText 8%, Canvas); }
  .agent { align-self: flex-start; background: #fff3cd; color: #222; }
  .buttons { display: flex; flex-wrap: wrap; gap: .4rem; }
  .buttons button { border: 1px solid #0b6e4f; background: transparent; color: inherit; border-radius: 1rem; padding: .3rem .8rem; cursor: pointer; }
  .cards { display: flex; gap: .6rem; overflow-x: auto; max-width: 100%; }
  .card { min-width: 12rem; max-width: 14rem; border: 1px solid color-mix(in srgb, CanvasText 20%, Canvas); border-radius: .6rem; overflow: hidden; }
  .card img { width: 100%; height: 7rem; object-fit: cover; display: block; }
  .card .body { padding: .5rem; font-size: .9rem; }
  .card .price { font-weight: 600; margin: .2rem 0 .4rem; }
  .card .desc { font-size: .8rem; opacity: .8; margin-bottom: .4rem; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
  form { display: flex; gap: .5rem; padding: .6rem; border-top: 1px solid color-mix(in srgb, CanvasText 15%, Canvas); }
  input { flex: 1; padding: .6rem; border-radius: .5rem; border: 1px solid #888; font-size: 1rem; }
  form button { padding: 0 1rem; border: 0; border-radius: .5rem; background: #0b6e4f; color: #fff; font-size: 1rem; }
  #status { font-size: .8rem; opacity: .7; padding: 0 1rem; }
</style>
</head>
<body>
<header><h1 id="title"></h1>
  <label><span id="langLabel"></span> <select id="lang"></select></label></header>
<div id="status"></div>
<main id="log" aria-live="polite"></main>
<form id="form"><input id="text" autocomplete="off" maxlength="2000"><button id="send"></button></form>
<script>
const BOT = ${json(ctx.botId)}, STRINGS = ${json(strings)}, NAMES = ${json(names)};
let locale = ${json(locale)};
const userId = localStorage.getItem('shopmate-user') || ('web-' + crypto.randomUUID());
localStorage.setItem('shopmate-user', userId);
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
function chrome() {
  const s = STRINGS[locale];
  document.documentElement.lang = locale; document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  $('title').textContent = s.title; $('text').placeholder = s.placeholder; $('send').textContent = s.send; $('langLabel').textContent = s.language;
}
for (const l of Object.keys(STRINGS)) { const o = el('option', null, NAMES[l]); o.value = l; if (l === locale) o.selected = true; $('lang').append(o); }
$('lang').onchange = (e) => { locale = e.target.value; chrome(); };
function show(elements, who) {
  const log = $('log');
  for (const x of elements) {
    if (x.type === 'text') log.append(el('div', 'msg ' + who, x.text));
    else if (x.type === 'link') { const a = el('a', 'msg ' + who, x.text || x.href); a.href = x.href; a.target = '_blank'; a.rel = 'noopener'; log.append(a); }
    else if (x.type === 'image') { const i = el('img', 'msg ' + who); i.src = x.src; i.alt = x.name || ''; log.append(i); }
    else if (x.type === 'buttons') log.append(buttons(x.buttons));
    else if (x.type === 'card' || x.type === 'product') {
      let row = log.lastElementChild;
      if (!row || !row.classList.contains('cards')) { row = el('div', 'cards'); log.append(row); }
      const c = el('div', 'card');
      if (x.image) { const i = el('img'); i.src = x.image; i.alt = x.title; c.append(i); }
      const b = el('div', 'body'); b.append(el('div', null, x.title));
      if (x.price) b.append(el('div', 'price', x.price));
      if (x.text) b.append(el('div', 'desc', x.text));
      if (x.buttons) b.append(buttons(x.buttons));
      c.append(b); row.append(c);
    } else if (x.type === 'file' || x.type === 'audio' || x.type === 'video') { const a = el('a', 'msg ' + who, x.name || x.src); a.href = x.src; log.append(a); }
  }
  log.scrollTop = log.scrollHeight;
}
function buttons(list) {
  const row = el('div', 'buttons');
  for (const b of list) {
    const btn = el('button', null, b.label); btn.type = 'button';
    btn.onclick = () => b.url ? window.open(b.url, '_blank', 'noopener') : send({ action: { id: b.id, value: b.value ?? b.label } }, b.label);
    row.append(btn);
  }
  return row;
}
let ws, queue = [];
function connect() {
  $('status').textContent = STRINGS[locale].connecting;
  ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat/' + BOT + '/ws?userId=' + encodeURIComponent(userId));
  ws.onopen = () => { $('status').textContent = ''; for (const m of queue.splice(0)) ws.send(m); };
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.replies) show(m.replies, m.type === 'replies' ? 'agent' : 'bot');
    if (m.error) show([{ type: 'text', text: m.error }], 'bot');
    // A language chosen in the chat ("/language") becomes the page's too.
    if (m.locale && m.locale !== locale && STRINGS[m.locale]) { locale = m.locale; $('lang').value = locale; chrome(); }
  };
  ws.onclose = () => { $('status').textContent = STRINGS[locale].offline; setTimeout(connect, 1500); };
}
function send(body, echo) {
  show([{ type: 'text', text: echo }], 'me');
  const m = JSON.stringify({ ...body, locale, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, messageId: crypto.randomUUID() });
  if (ws && ws.readyState === 1) ws.send(m); else queue.push(m);
}
$('form').onsubmit = (e) => { e.preventDefault(); const t = $('text').value.trim(); if (!t) return; $('text').value = ''; send({ text: t }, t); };
chrome(); connect();
</script>
</body>
</html>`;
}
