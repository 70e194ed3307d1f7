import { assertNever } from '../../core/model/elements.js';
import type { DingMessage } from './render.js';

/** A robot-API message: a template key and its parameters (sent as a JSON string). */
export interface RobotTemplate {
  msgKey: string;
  msgParam: Record<string, string>;
}

/**
 * A sessionWebhook message → the robot API's template for proactive sends.
 * Templates: https://open.dingtalk.com/document/development/robot-message-type
 * (sampleText, sampleMarkdown, sampleActionCard with one button, sampleActionCard2…5 with 2–5 buttons).
 * The robot API has no feedCard: products go out as markdown with their pictures and links.
 */
export function toRobotTemplate(message: DingMessage): RobotTemplate {
  switch (message.msgtype) {
    case 'text':
      return { msgKey: 'sampleText', msgParam: { content: message.text.content } };
    case 'markdown':
      return { msgKey: 'sampleMarkdown', msgParam: { title: message.markdown.title, text: message.markdown.text } };
    case 'actionCard': {
      const { title, text, btns } = message.actionCard;
      if (btns.length === 0) return { msgKey: 'sampleMarkdown', msgParam: { title, text } };
      if (btns.length === 1) return { msgKey: 'sampleActionCard', msgParam: { title, text, singleTitle: btns[0]!.title, singleURL: btns[0]!.actionURL } };
      const msgParam: Record<string, string> = { title, text };
      btns.slice(0, 5).forEach((b, i) => {
        msgParam[`actionTitle${i + 1}`] = b.title;
        msgParam[`actionURL${i + 1}`] = b.actionURL;
      });
      return { msgKey: `sampleActionCard${Math.min(btns.length, 5)}`, msgParam };
    }
    case 'feedCard': {
      const text = message.feedCard.links
        .map((l) => [l.picURL ? `![](${l.picURL})` : '', `[${l.title}](${l.messageURL})`].filter(Boolean).join('\n\n'))
        .join('\n\n---\n\n');
      return { msgKey: 'sampleMarkdown', msgParam: { title: message.feedCard.links[0]?.title ?? '…', text } };
    }
    default:
      return assertNever(message);
  }
}
