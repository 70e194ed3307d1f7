/**
 * WeCom callback crypto (加解密方案, https://developer.work.weixin.qq.com/document/path/91144):
 * `msg_signature = sha1(sort(token, timestamp, nonce, ciphertext))`, ciphertext = AES-256-CBC with
 * key = base64(EncodingAESKey + "="), IV = key[0..16), plaintext = random(16) | len(4, BE) | msg | receiveid,
 * PKCS#7-padded to 32-byte blocks.
 *
 * `@wecom/crypto`'s `decrypt` trusts its input: it checks neither the padding nor the receive id, and
 * a bogus length field silently truncates the message. The signature only proves knowledge of the
 * Token, not of the AES key, so everything after it is checked here.
 */
import { createDecipheriv, timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';
import { ShopmateError } from '../../core/model/errors.js';

export type RejectReason = 'signature' | 'stale' | 'malformed' | 'padding' | 'receive_id';

/** A callback that must not reach the pipeline. `status` is what WeCom (or the forger) gets back. */
export class CallbackRejected extends ShopmateError {
  readonly status: 400 | 401 | 403;
  constructor(
    readonly reason: RejectReason,
    message: string,
  ) {
    super(message);
    this.status = reason === 'signature' ? 401 : reason === 'malformed' ? 400 : 403;
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BLOCK = 32;

/** Constant-time comparison of the expected and the received `msg_signature`. */
export function signatureMatches(token: string, timestamp: string, nonce: string, ciphertext: string, signature: string): boolean {
  const expected = Buffer.from(getSignature(token, timestamp, nonce, ciphertext), 'utf8');
  const got = Buffer.from(signature.toLowerCase(), 'utf8');
  return expected.length === got.length && timingSafeEqual(expected, got);
}

/** Refuses a timestamp (seconds) further than `maxSkewS` from `nowMs`: a replay, or a badly wrong clock. */
export function checkTimestamp(timestamp: string, nowMs: number, maxSkewS: number): void {
  if (!/^\d{1,12}$/.test(timestamp)) throw new CallbackRejected('malformed', 'timestamp is not a number of seconds');
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  if (skew > maxSkewS) throw new CallbackRejected('stale', `timestamp is ${Math.round(skew)} s away from now (limit ${maxSkewS} s)`);
}

function aesKey(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('EncodingAESKey does not decode to 32 bytes');
  return key;
}

/** The PKCS#7 pad length of the plaintext, from the last two blocks only (CBC decrypts any block given the one before it). */
function padLength(key: Buffer, raw: Buffer): number {
  const start = raw.length - 32;
  const iv = start === 0 ? key.subarray(0, 16) : raw.subarray(start - 16, start);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const tail = Buffer.concat([decipher.update(raw.subarray(start)), decipher.final()]);
  const pad = tail[tail.length - 1]!;
  if (pad < 1 || pad > BLOCK) throw new CallbackRejected('padding', `bad PKCS#7 padding value ${pad}`);
  for (let i = tail.length - pad; i < tail.length; i++) {
    if (tail[i] !== pad) throw new CallbackRejected('padding', 'PKCS#7 padding bytes differ');
  }
  return pad;
}

/**
 * Decrypts a ciphertext whose signature was already verified, and returns the message. Throws
 * `CallbackRejected` on bad base64, bad padding, an inconsistent length field, or a receive id that is
 * not ours (a message for another corp or robot encrypted with the same key).
 */
export function openCiphertext(encodingAesKey: string, ciphertext: string, receiveId: string): string {
  if (!BASE64.test(ciphertext)) throw new CallbackRejected('malformed', 'ciphertext is not base64');
  const key = aesKey(encodingAesKey);
  const raw = Buffer.from(ciphertext, 'base64');
  if (raw.length < 32 || raw.length % BLOCK !== 0) throw new CallbackRejected('malformed', `ciphertext of ${raw.length} bytes is not whole 32-byte blocks`);
  const pad = padLength(key, raw);
  const { message, id } = decrypt(encodingAesKey, ciphertext);
  // random(16) + length(4) + message + id must fill the unpadded plaintext exactly.
  if (20 + Buffer.byteLength(message) + Buffer.byteLength(id) !== raw.length - pad) {
    throw new CallbackRejected('padding', 'message length field does not match the plaintext');
  }
  if (id !== receiveId) throw new CallbackRejected('receive_id', 'receive id does not match this app');
  return message;
}
