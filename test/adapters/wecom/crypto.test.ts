import { createCipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encrypt } from '@wecom/crypto';
import { CallbackRejected, checkTimestamp, openCiphertext, signatureMatches } from '../../../adapters/wecom/crypto.js';
import { envelopeCiphertext } from '../../../adapters/wecom/parse.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'wecom');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const vector = JSON.parse(fixture('crypto-official-vectors.json').toString('utf8')) as {
  token: string; encodingAESKey: string; receiveId_corpId: string;
  url_verification: { msg_signature: string; timestamp: string; nonce: string; echostr_urldecoded: string; expected_response_body: string };
  xml_message_callback: { msg_signature: string; timestamp: string; nonce: string; body_file: string; expected_plaintext_file: string };
  json_message_callback: { msg_signature: string; timestamp: string; nonce: string; body_file: string; expected_plaintext_file: string };
};

/** Encrypts a plaintext block layout ourselves, with a padding we choose (WeCom pads to 32-byte blocks). */
function encryptRaw(key43: string, layout: Buffer): string {
  const key = Buffer.from(`${key43}=`, 'base64');
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(layout), cipher.final()]).toString('base64');
}

function layout(message: string, id: string, pad: (n: number) => Buffer, lengthField = Buffer.byteLength(message)): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(lengthField);
  const body = Buffer.concat([randomBytes(16), len, Buffer.from(message), Buffer.from(id)]);
  const n = 32 - (body.length % 32);
  return Buffer.concat([body, pad(n)]);
}

const rejection = (fn: () => unknown): CallbackRejected => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CallbackRejected) return err;
    throw err;
  }
  throw new Error('expected a rejection');
};

describe('WeCom callback crypto: the official vector', () => {
  it('verifies and decrypts the URL verification echostr', () => {
    const v = vector.url_verification;
    expect(signatureMatches(vector.token, v.timestamp, v.nonce, v.echostr_urldecoded, v.msg_signature)).toBe(true);
    expect(openCiphertext(vector.encodingAESKey, v.echostr_urldecoded, vector.receiveId_corpId)).toBe(v.expected_response_body);
    // The GET line in the sample carries the same values, URL-encoded.
    const line = fixture('url-verification.request.txt').toString('utf8').split('\n')[0]!;
    const query = new URL(line.split(' ')[1]!, 'http://x').searchParams;
    expect(query.get('echostr')).toBe(v.echostr_urldecoded);
    expect(query.get('msg_signature')).toBe(v.msg_signature);
  });

  it.each([['xml_message_callback'], ['json_message_callback']] as const)('verifies and decrypts the %s body byte-exactly', (name) => {
    const v = vector[name];
    const ciphertext = envelopeCiphertext(fixture(v.body_file).toString('utf8'));
    expect(signatureMatches(vector.token, v.timestamp, v.nonce, ciphertext, v.msg_signature)).toBe(true);
    const plain = openCiphertext(vector.encodingAESKey, ciphertext, vector.receiveId_corpId);
    expect(Buffer.from(plain, 'utf8').equals(fixture(v.expected_plaintext_file))).toBe(true);
  });
});

describe('WeCom callback crypto: what must be refused', () => {
  const key = vector.encodingAESKey;
  const corp = vector.receiveId_corpId;

  it('refuses a forged or altered signature', () => {
    const v = vector.xml_message_callback;
    const ciphertext = envelopeCiphertext(fixture(v.body_file).toString('utf8'));
    const flipped = `${v.msg_signature.slice(0, -1)}${v.msg_signature.endsWith('0') ? '1' : '0'}`;
    expect(signatureMatches(vector.token, v.timestamp, v.nonce, ciphertext, flipped)).toBe(false);
    expect(signatureMatches('another-token', v.timestamp, v.nonce, ciphertext, v.msg_signature)).toBe(false);
    expect(signatureMatches(vector.token, String(Number(v.timestamp) + 1), v.nonce, ciphertext, v.msg_signature)).toBe(false);
    expect(signatureMatches(vector.token, v.timestamp, v.nonce, ciphertext, '')).toBe(false);
  });

  it('refuses a message encrypted for another receive id', () => {
    const err = rejection(() => openCiphertext(key, encrypt(key, '<xml/>', 'wwSomeOtherCorp'), corp));
    expect(err.reason).toBe('receive_id');
    expect(err.status).toBe(403);
  });

  it('refuses bad padding that @wecom/crypto would accept', () => {
    const zeros = encryptRaw(key, layout('<xml/>', corp, (n) => Buffer.alloc(n, 0)));
    expect(rejection(() => openCiphertext(key, zeros, corp)).reason).toBe('padding');
    const mixed = encryptRaw(key, layout('<xml/>', corp, (n) => Buffer.concat([Buffer.alloc(n - 1, 7), Buffer.from([n])])));
    expect(rejection(() => openCiphertext(key, mixed, corp)).reason).toBe('padding');
    // A length field that lies shifts bytes between message and receive id: still refused.
    for (const length of [3, 9_999]) {
      const lying = encryptRaw(key, layout('<xml/>', corp, (n) => Buffer.alloc(n, n), length));
      expect(rejection(() => openCiphertext(key, lying, corp)).status).toBe(403);
    }
    // The same layout with correct padding opens.
    expect(openCiphertext(key, encryptRaw(key, layout('<xml/>', corp, (n) => Buffer.alloc(n, n))), corp)).toBe('<xml/>');
  });

  it('refuses ciphertext that is not base64 or not whole blocks', () => {
    expect(rejection(() => openCiphertext(key, 'not base64!', corp)).reason).toBe('malformed');
    expect(rejection(() => openCiphertext(key, Buffer.alloc(40).toString('base64'), corp)).reason).toBe('malformed');
  });

  it('refuses a stale or future timestamp', () => {
    const now = 1_700_000_000_000;
    expect(() => checkTimestamp(String(now / 1000 - 60), now, 300)).not.toThrow();
    expect(rejection(() => checkTimestamp(String(now / 1000 - 301), now, 300)).reason).toBe('stale');
    expect(rejection(() => checkTimestamp(String(now / 1000 + 3600), now, 300)).reason).toBe('stale');
    expect(rejection(() => checkTimestamp('yesterday', now, 300)).reason).toBe('malformed');
  });
});
