/** The flow runtime's handling of a pending question: answers, digressions, and walking away. */
import { describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { compileFlow, type CompiledFlow } from '../../../core/flow/compile.js';
import { emptyDialogue, isReaction, runTurn, type DialogueState, type FlowHost } from '../../../core/flow/runtime.js';
import type { Entity } from '../../../core/nlu/types.js';
import { createLogger } from '../../../core/util/log.js';
import { readYamlFile } from '../../../core/util/yaml-file.js';

const SOURCES = {
  order: `id: order
triggers: { intents: [order_status] }
steps:
  - ask: id
    prompt: order.ask_id
    invalid: order.ask_id_again
    entity: order_id
  - say: order.found
`,
  feedback: `id: feedback
triggers: { intents: [feedback] }
steps:
  - ask: comment
    prompt: feedback.ask
  - say: feedback.thanks
`,
  shipping: `id: shipping
triggers: { intents: [shipping_info] }
steps:
  - say: faq.shipping
`,
  coupon: `id: coupon
triggers: { intents: [coupon] }
steps:
  - say: faq.coupon
`,
  menu: `id: menu
triggers: { intents: [menu] }
steps:
  - say: core.pick
    buttons: [ { label: menu.human, value: "intent:human_agent" } ]
    choices: { from: "sizes", label: "{{ item.label }} ({{ item.n }})", value: "intent:pick?size={{ item.id }}" }
`,
  remembered: `id: remembered
triggers: { intents: [remembered] }
steps:
  - ask: id
    prompt: order.ask_id
    entity: order_id
    default: "dialogue.turn - memory.order_turn <= 1 ? memory.order_id : null"
    validate: "value|length == 8"
  - say: order.found
    vars: { id: "{{ slots.id }}" }
  - set: { memory.order_id: "{{ slots.id }}", memory.order_turn: "{{ dialogue.turn }}" }
`,
  goodbye: `id: goodbye
triggers: { intents: [goodbye] }
resume_interrupted: false
steps:
  - say: smalltalk.goodbye
`,
};

function host(scope: Record<string, unknown> = {}): FlowHost {
  const flows = new Map<string, CompiledFlow>(
    Object.entries(SOURCES).map(([name, src]) => [name, compileFlow(readYamlFile(`${name}.yaml`, src), src)]),
  );
  return {
    flows, actions: new ActionRegistry(), threshold: 0.45, digressionThreshold: 0.75, fallbackFlow: undefined, scope,
    handoff: () => Promise.resolve(), signal: new AbortController().signal, log: createLogger({ level: 'silent' }), botId: 'test',
  };
}

async function say(state: DialogueState, intent: string | null, confidence: number, entities: Entity[] = [], text = 'text') {
  const out = await runTurn(state, { kind: 'message', text, locale: 'en', understanding: { intent, confidence, ranking: [], entities } }, host());
  return out.outputs.map((o) => o.key);
}

const orderId: Entity = { type: 'order_id', value: 'SM100234', text: 'SM100234', start: 0, end: 8, score: 1 };

describe('a pending question', () => {
  it('is answered by a message with the entity it asks for', async () => {
    const s = emptyDialogue();
    expect(await say(s, 'order_status', 0.9)).toEqual(['order.ask_id']);
    expect(await say(s, 'shipping_info', 0.6, [orderId])).toEqual(['order.found']);
  });

  it('gives way at the usual threshold when the message lacks the entity, then is asked again', async () => {
    const s = emptyDialogue();
    await say(s, 'order_status', 0.9);
    expect(await say(s, 'shipping_info', 0.6)).toEqual(['faq.shipping', 'order.ask_id']);
    expect(await say(s, null, 0.1, [orderId])).toEqual(['order.found']);
  });

  it('keeps a free-text question unless the other intent is confident', async () => {
    const s = emptyDialogue();
    expect(await say(s, 'feedback', 0.9)).toEqual(['feedback.ask']);
    expect(await say(s, 'shipping_info', 0.6, [], 'shipping was slow')).toEqual(['feedback.thanks']);
    const t = emptyDialogue();
    await say(t, 'feedback', 0.9);
    expect(await say(t, 'shipping_info', 0.9)).toEqual(['faq.shipping', 'feedback.ask']);
  });

  it('counts the same request again without the entity as a try, with the invalid text ("i don\'t have the number")', async () => {
    const s = emptyDialogue();
    await say(s, 'order_status', 0.9);
    expect(await say(s, 'order_status', 0.8, [], "where is my order, i don't have the number")).toEqual(['order.ask_id_again']);
    expect(s.stack.at(-1)?.waiting?.tries).toBe(1);
    expect(await say(s, null, 0.1, [orderId])).toEqual(['order.found']);
  });

  it('restarts a free-text question asked for again', async () => {
    const s = emptyDialogue();
    await say(s, 'feedback', 0.9);
    expect(await say(s, 'feedback', 0.9, [], 'feedback')).toEqual(['feedback.ask']);
    expect(s.stack.at(-1)?.waiting?.tries).toBe(0);
  });

  it('is dropped when the shopper walks away from it a second time', async () => {
    const s = emptyDialogue();
    await say(s, 'order_status', 0.9);
    expect(await say(s, 'shipping_info', 0.9)).toEqual(['faq.shipping', 'order.ask_id']);
    expect(await say(s, 'coupon', 0.9)).toEqual(['faq.coupon']);
    expect(s.stack).toEqual([]);
  });

  it('is not asked again after a flow that closes the conversation', async () => {
    const s = emptyDialogue();
    await say(s, 'order_status', 0.9);
    expect(await say(s, 'goodbye', 0.6)).toEqual(['smalltalk.goodbye']);
    expect(s.stack).toEqual([]);
  });
});

describe('an ask with a default', () => {
  const turn = async (state: DialogueState, entities: Entity[] = []) =>
    (await runTurn(state, { kind: 'message', text: 't', locale: 'en', understanding: { intent: 'remembered', confidence: 0.9, ranking: [], entities } }, host())).outputs
      .map((o) => `${o.key}${typeof o.vars?.id === 'string' ? ` ${o.vars.id}` : ''}`);

  it('takes the default when the message has no answer, and asks when the default is null', async () => {
    const s = emptyDialogue();
    expect(await turn(s)).toEqual(['order.ask_id']); // nothing remembered yet
    expect(await turn(s, [orderId])).toEqual(['order.found SM100234']);
    expect(await turn(s)).toEqual(['order.found SM100234']); // the next message: remembered
    expect(s.turns).toBe(3);
    await turn(s, [{ ...orderId, value: 'SM100999' }]);
    s.turns! += 5; // many messages later: no longer recent
    expect(await turn(s)).toEqual(['order.ask_id']);
  });

  it('asks when the default fails validation, and lets the message\'s own answer win', async () => {
    const s = emptyDialogue();
    s.memory = { order_id: 'too long to be one', order_turn: 0 };
    expect(await turn(s)).toEqual(['order.ask_id']);
    const t = emptyDialogue();
    t.memory = { order_id: 'SM100111', order_turn: 0 };
    expect(await turn(t, [orderId])).toEqual(['order.found SM100234']);
  });
});

describe('say with choices', () => {
  it('makes a button per item, with literal labels, after the fixed buttons', async () => {
    const sizes = [{ id: 's', label: 'Small', n: 3 }, { id: 'm', label: 'Medium', n: 0 }];
    const out = await runTurn(emptyDialogue(), {
      kind: 'message', text: 'menu', locale: 'en', understanding: { intent: 'menu', confidence: 1, ranking: [], entities: [] },
    }, host({ sizes }));
    expect(out.outputs[0]!.buttons).toEqual([
      { label: 'menu.human', value: 'intent:human_agent' },
      { label: 'Small (3)', value: 'intent:pick?size=s', literal: true },
      { label: 'Medium (0)', value: 'intent:pick?size=m', literal: true },
    ]);
  });

  it('makes no buttons from something that is not a list', async () => {
    const out = await runTurn(emptyDialogue(), {
      kind: 'message', text: 'menu', locale: 'en', understanding: { intent: 'menu', confidence: 1, ranking: [], entities: [] },
    }, host({ sizes: 'none' }));
    expect(out.outputs[0]!.buttons).toEqual([{ label: 'menu.human', value: 'intent:human_agent' }]);
  });
});

describe('laughter alone', () => {
  it.each(['haha', 'hahaha!!', 'jajaja', 'kkkkk', 'rsrs', 'wkwkwk', '555', 'ㅋㅋㅋ', 'ㅎㅎ', '哈哈哈', 'www', 'хахаха', 'هههه', 'lol', 'LMAO', 'mdr', 'xD', 'haha lol'])(
    '%j is a reaction, not a miss',
    (text) => expect(isReaction(text)).toBe(true),
  );
  it.each(['hi', 'ok', 'he', 'ha', 'kk', '55', 'hahaha where is my order', 'jaja cuánto cuesta', '5555 บาท', 'wow', 'hello'])(
    '%j says something',
    (text) => expect(isReaction(text)).toBe(false),
  );
});

describe('an emoji-only message', () => {
  it('is an acknowledgement: no fallback, no miss counted towards a handoff', async () => {
    const h = { ...host(), fallbackFlow: 'shipping' };
    const s = emptyDialogue();
    for (const text of ['👍', '🙏🏻', '❤️']) {
      const out = await runTurn(s, { kind: 'message', text, locale: 'en', understanding: { intent: null, confidence: 0, ranking: [], entities: [] } }, h);
      expect(out.outputs).toEqual([]);
    }
    expect(s.fallbacks).toBe(0);
    const miss = await runTurn(s, { kind: 'message', text: '???', locale: 'en', understanding: { intent: null, confidence: 0, ranking: [], entities: [] } }, h);
    expect(miss.outputs.map((o) => o.key)).toEqual(['faq.shipping']);
    expect(s.fallbacks).toBe(1);
  });
});
