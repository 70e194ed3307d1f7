/**
 * Builds callbacks exactly as WeCom sends them (https://developer.work.weixin.qq.com/document/path/91144):
 * the plaintext XML is encrypted with the app's EncodingAESKey and its receive id (the CorpID), wrapped
 * in `<xml><ToUserName/><Encrypt/><AgentID/></xml>`, and signed with
 * `msg_signature = sha1(sort(token, timestamp, nonce, Encrypt))` in the query string.
 */
import { createCipheriv, randomBytes, randomInt } from 'node:crypto';
import { encrypt, getSignature } from '@wecom/crypto';

export interface AppSecrets {
  corpId: string;
  agentId: number;
  token: string;
  encodingAesKey: string;
}

/** Test credentials of a made-up app (a valid 43-character EncodingAESKey). */
export function testSecrets(overrides: Partial<AppSecrets> = {}): AppSecrets {
  return {
    corpId: 'ww0123456789abcdef',
    agentId: 1000002,
    token: 'T0kenForTests',
    encodingAesKey: randomBytes(32).toString('base64').slice(0, 43),
    ...overrides,
  };
}

export interface SignedCallback {
  /** `?msg_signature=...&timestamp=...&nonce=...` */
  query: string;
  body: string;
  params: { msg_signature: string; timestamp: string; nonce: string };
}

export interface SignOptions {
  timestamp?: number;
  nonce?: string;
  /** Encrypt for another receive id (a forged or misrouted message). */
  receiveId?: string;
  /** Replace the ciphertext after signing it, or sign a ciphertext we made ourselves. */
  ciphertext?: string;
}

/** Encrypts and signs one plaintext callback. */
export function signCallback(secrets: AppSecrets, plaintext: string, options: SignOptions = {}): SignedCallback {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? String(randomInt(1e9));
  const ciphertext = options.ciphertext ?? encrypt(secrets.encodingAesKey, plaintext, options.receiveId ?? secrets.corpId);
  const signature = getSignature(secrets.token, timestamp, nonce, ciphertext);
  const body = `<xml><ToUserName><![CDATA[${secrets.corpId}]]></ToUserName><Encrypt><![CDATA[${ciphertext}]]></Encrypt><AgentID><![CDATA[${secrets.agentId}]]></AgentID></xml>`;
  const params = { msg_signature: signature, timestamp, nonce };
  return { query: `?${new URLSearchParams(params).toString()}`, body, params };
}

/**
 * Encrypts like WeCom but pads with `padByte` instead of PKCS#7: what a forger who knows the Token but
 * not the key cannot avoid producing (`@wecom/crypto`'s decrypt would accept it).
 */
export function encryptWithBadPadding(secrets: AppSecrets, plaintext: string, padByte = 0): string {
  const key = Buffer.from(`${secrets.encodingAesKey}=`, 'base64');
  const msg = Buffer.from(plaintext);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const body = Buffer.concat([randomBytes(16), len, msg, Buffer.from(secrets.corpId)]);
  const padded = Buffer.concat([body, Buffer.alloc(32 - (body.length % 32), padByte)]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

/** The GET WeCom sends when the callback URL is saved. */
export function signUrlVerification(secrets: AppSecrets, echo: string, options: SignOptions = {}): string {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? String(randomInt(1e9));
  const echostr = encrypt(secrets.encodingAesKey, echo, options.receiveId ?? secrets.corpId);
  return `?${new URLSearchParams({ msg_signature: getSignature(secrets.token, timestamp, nonce, echostr), timestamp, nonce, echostr }).toString()}`;
}

const cdata = (v: string | number) => (typeof v === 'number' ? String(v) : `<![CDATA[${v}]]>`);

/** A plaintext callback document from fields, in WeCom's layout (`Item` lists for arrays). */
export function xml(fields: Record<string, string | number | string[]>): string {
  const inner = Object.entries(fields).map(([k, v]) =>
    Array.isArray(v) ? `<${k}>${v.map((i) => `<Item>${cdata(i)}</Item>`).join('')}</${k}>` : `<${k}>${cdata(v)}</${k}>`).join('');
  return `<xml>${inner}</xml>`;
}

let msgIds = 7_000_000_000_000_000_000n;

/** A member's text message to the app (普通消息 › 文本消息). */
export function textMessage(secrets: AppSecrets, from: string, content: string, msgId = String(++msgIds)): string {
  return xml({ ToUserName: secrets.corpId, FromUserName: from, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: content, MsgId: msgId, AgentID: secrets.agentId });
}

/** A self-built app's customer-group member change (客户群变更事件, update/add_member or del_member). */
export function externalChatMembers(secrets: AppSecrets, chatId: string, detail: 'add_member' | 'del_member', members: string[]): string {
  return xml({
    ToUserName: secrets.corpId, FromUserName: 'sys', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'change_external_chat',
    ChatId: chatId, ChangeType: 'update', UpdateDetail: detail, ...(detail === 'add_member' ? { JoinScene: 1 } : { QuitScene: 0 }),
    MemChangeCnt: members.length, MemChangeList: members, LastMemVer: randomBytes(16).toString('hex'), CurMemVer: randomBytes(16).toString('hex'),
  });
}
