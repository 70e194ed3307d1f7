/**
 * What the real Bot API rejects, so render bugs fail here as they would in production.
 * https://core.telegram.org/bots/api#formatting-options, #sendmessage, #inlinekeyboardbutton
 */
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const ENTITY = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;
const TAG = /^<(\/?)([a-z][a-z-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/i;

/** Text of a `parse_mode: HTML` string after entity parsing, or the error Telegram gives. */
export function parseHtml(html: string): { text: string } | { error: string } {
  const open: string[] = [];
  let text = '';
  for (let i = 0; i < html.length;) {
    const rest = html.slice(i);
    const at = Buffer.byteLength(html.slice(0, i));
    if (rest[0] === '<') {
      const m = TAG.exec(rest);
      if (!m || !TAGS.has(m[2]!.toLowerCase())) return { error: `Bad Request: can't parse entities: Unsupported start tag "${rest.slice(1, 10)}" at byte offset ${at}` };
      const name = m[2]!.toLowerCase();
      if (m[1]) {
        if (open.pop() !== name) return { error: `Bad Request: can't parse entities: Unmatched end tag at byte offset ${at}, expected "</${open.at(-1) ?? ''}>", found "</${name}>"` };
      } else {
        if (name === 'a' && !/\shref="[^"]+"/.test(m[3] ?? '')) return { error: `Bad Request: can't parse entities: Can't find end of href at byte offset ${at}` };
        open.push(name);
      }
      i += m[0].length;
    } else if (rest[0] === '&') {
      const m = ENTITY.exec(rest);
      if (!m) return { error: `Bad Request: can't parse entities: Character entity expected at byte offset ${at}` };
      text += m[1] === 'lt' ? '<' : m[1] === 'gt' ? '>' : m[1] === 'amp' ? '&' : m[1] === 'quot' ? '"' : '?';
      i += m[0].length;
    } else if (rest[0] === '>') {
      return { error: `Bad Request: can't parse entities: Unexpected end tag at byte offset ${at}` };
    } else {
      text += rest[0];
      i++;
    }
  }
  if (open.length) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"` };
  return { text };
}

/** The message text or caption as Telegram counts it, or the error it gives. */
export function checkText(value: unknown, parseMode: unknown, field: 'text' | 'caption'): string | undefined {
  if (value === undefined && field === 'caption') return undefined;
  if (typeof value !== 'string') return field === 'text' ? 'Bad Request: message text is empty' : undefined;
  const parsed = parseMode === 'HTML' ? parseHtml(value) : { text: value };
  if ('error' in parsed) return parsed.error;
  if (field === 'text' && parsed.text.trim() === '') return 'Bad Request: message text is empty';
  if (field === 'text' && parsed.text.length > 4096) return 'Bad Request: message is too long';
  if (field === 'caption' && parsed.text.length > 1024) return 'Bad Request: message caption is too long';
  return undefined;
}

/** An inline keyboard as Telegram accepts it. */
export function checkMarkup(markup: unknown): string | undefined {
  if (markup === undefined) return undefined;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) return 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays';
  for (const button of rows.flat() as Record<string, unknown>[]) {
    if (typeof button.text !== 'string' || button.text === '') return 'Bad Request: text buttons are unallowed in the inline keyboard';
    if ('callback_data' in button) {
      const data = button.callback_data;
      if (typeof data !== 'string' || data === '' || Buffer.byteLength(data) > 64) return 'Bad Request: BUTTON_DATA_INVALID';
    } else if ('url' in button) {
      if (typeof button.url !== 'string' || !/^(https?|tg):\/\//.test(button.url)) return 'Bad Request: BUTTON_URL_INVALID';
    } else {
      return 'Bad Request: can\'t parse inline keyboard button: InlineKeyboardButton must have exactly one optional field';
    }
  }
  return undefined;
}
