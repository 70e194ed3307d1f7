import { z } from 'zod';

/**
 * DingTalk's inbound wire formats, validated at the edge.
 * Stream frames: https://open.dingtalk.com/document/direction/stream-mode-protocol-access-description
 * Robot messages: https://open.dingtalk.com/document/orgapp/receive-message
 */

/** The robot-message callback topic (also exported by dingtalk-stream as TOPIC_ROBOT). */
export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

/** `headers` of a downstream frame. One published EVENT sample spells it `header`; both are accepted. */
export const FrameHeadersSchema = z.looseObject({
  topic: z.string().optional(),
  messageId: z.string().optional(),
  contentType: z.string().optional(),
  time: z.union([z.string(), z.number()]).optional(),
  eventType: z.string().optional(),
  eventId: z.string().optional(),
  eventBornTime: z.union([z.string(), z.number()]).optional(),
  eventCorpId: z.string().optional(),
});

export const FrameSchema = z.looseObject({
  specVersion: z.string().optional(),
  type: z.enum(['SYSTEM', 'EVENT', 'CALLBACK']),
  headers: FrameHeadersSchema,
  data: z.string().default(''),
});

export type Frame = z.infer<typeof FrameSchema>;

/** Parses one frame, accepting the singular `header` spelling. Throws a ZodError (or SyntaxError) on anything else. */
export function parseFrame(text: string): Frame {
  const json: unknown = JSON.parse(text);
  if (json && typeof json === 'object' && !('headers' in json) && 'header' in json) {
    const { header, ...rest } = json;
    return FrameSchema.parse({ ...rest, headers: header });
  }
  return FrameSchema.parse(json);
}

export const RobotMessageSchema = z.looseObject({
  msgId: z.string().min(1),
  msgtype: z.string().min(1),
  conversationId: z.string().min(1),
  /** '1' single chat, '2' group. */
  conversationType: z.enum(['1', '2']),
  conversationTitle: z.string().optional(),
  senderId: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderNick: z.string().optional(),
  senderCorpId: z.string().optional(),
  chatbotUserId: z.string().optional(),
  robotCode: z.string().optional(),
  isAdmin: z.boolean().optional(),
  isInAtList: z.boolean().optional(),
  atUsers: z.array(z.looseObject({ dingtalkId: z.string().optional(), staffId: z.string().optional() })).optional(),
  sessionWebhook: z.string().optional(),
  sessionWebhookExpiredTime: z.number().optional(),
  createAt: z.number().optional(),
  text: z.looseObject({ content: z.string() }).optional(),
  content: z.looseObject({
    downloadCode: z.string().optional(),
    pictureDownloadCode: z.string().optional(),
    recognition: z.string().optional(),
    fileName: z.string().optional(),
    videoType: z.string().optional(),
    duration: z.union([z.string(), z.number()]).optional(),
    richText: z.array(z.looseObject({ text: z.string().optional(), type: z.string().optional(), downloadCode: z.string().optional() })).optional(),
  }).optional(),
});

export type RobotMessage = z.infer<typeof RobotMessageSchema>;
