import { z } from 'zod';

/** `channels.webchat` in a bot's YAML. */
export const WebchatConfigSchema = z.strictObject({
  /** Largest accepted request body, in bytes (larger → 413). */
  max_body_bytes: z.number().int().positive().max(1_048_576).default(16_384),
  /** Longest accepted message text, in characters. */
  max_text_chars: z.number().int().positive().max(10_000).default(2_000),
});

export type WebchatConfig = z.infer<typeof WebchatConfigSchema>;

/** The body of `POST /chat/:botId/messages` and of WebSocket messages. */
export const MessageBodySchema = z.strictObject({
  userId: z.string().regex(/^[\w.@:-]{1,128}$/, 'userId: 1–128 letters, digits or . _ @ : -'),
  text: z.string().trim().min(1, 'text must not be empty').optional(),
  /** A pressed button: its value is fed back into the conversation. */
  action: z.strictObject({ id: z.string().max(128), value: z.string().max(512) }).optional(),
  locale: z.string().max(16).optional(),
  /** The browser's IANA time zone (the chat page sends it); an unknown name is ignored. */
  timezone: z.string().max(64).optional(),
  /** Client-chosen id; a retried request with the same id is answered once. */
  messageId: z.string().regex(/^[\w-]{1,64}$/).optional(),
  name: z.string().max(64).optional(),
}).refine((b) => b.text !== undefined || b.action !== undefined, { message: 'text or action is required' });

export type MessageBody = z.infer<typeof MessageBodySchema>;
