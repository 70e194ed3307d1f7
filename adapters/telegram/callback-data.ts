import { createHash } from 'node:crypto';

/** callback_data is 1–64 bytes (https://core.telegram.org/bots/api#inlinekeyboardbutton). */
const MAX_BYTES = 64;
/** Marks a callback_data that stands for a longer value kept in the store. */
export const STORED_PREFIX = '#cb:';

export interface EncodedCallback {
  data: string;
  /** Set when the value did not fit: keep it under `data` so a press can be resolved. */
  stored?: string;
}

/**
 * A button's value as callback_data: as is when it fits, otherwise a content hash (deterministic,
 * so render stays pure and the same value always maps to the same key).
 */
export function encodeCallback(value: string): EncodedCallback {
  if (value.length > 0 && Buffer.byteLength(value) <= MAX_BYTES && !value.startsWith(STORED_PREFIX)) return { data: value };
  const data = STORED_PREFIX + createHash('sha256').update(value).digest('base64url').slice(0, 32);
  return { data, stored: value };
}

export const isStoredCallback = (data: string): boolean => data.startsWith(STORED_PREFIX);

/** The key under which `send` keeps a stored value in `store.references`. */
export const callbackReference = (data: string): string => `callback:${data.slice(STORED_PREFIX.length)}`;
