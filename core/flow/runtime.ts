import type { Logger } from '../util/log.js';
import { ShopmateError } from '../model/errors.js';
import type { ActionContext, ActionRegistry } from './actions.js';
import { ActionError } from './actions.js';
import { stringify } from './expressions.js';
import type { ButtonSpec, Choices, CompiledFlow, Op } from './compile.js';
import type { Understanding } from './understanding.js';
import { describeShown, resolveReference, shownProducts, type ListReferenceOptions, type ReferenceLookup, type ShownList, type ShownProduct } from './references.js';

export type { Understanding } from './understanding.js';

/** A reply the flow wants to say: an i18n key with variables, rendered per locale later. */
export interface OutMessage {
  key: string;
  vars: Record<string, unknown>;
  buttons?: ButtonSpec[];
  products?: unknown[];
}

export interface FlowFrame {
  flow: string;
  version: string;
  pc: number;
  vars: Record<string, unknown>;
  slots: Record<string, unknown>;
  waiting?: { slot: string; tries: number };
  /** Times another flow interrupted this one's pending question. */
  digressions?: number;
}

export interface HistoryTurn {
  text: string;
  intent: string | null;
  replies: string[];
  at: number;
}

/** A button the bot's last message offered, with its label as the shopper saw it. */
export interface OfferedButton {
  label: string;
  value: string;
  /** The button answers a yes/no question (`answers:` in the flow). */
  answers?: 'yes' | 'no';
}

/** Per conversation+shopper state, persisted in the session store between turns. */
export interface DialogueState {
  /** The buttons of the bot's last message, so that typing a label counts as pressing it. */
  offered?: OfferedButton[];
  stack: FlowFrame[];
  fallbacks: number;
  history: HistoryTurn[];
  /** Conversation memory that outlives a flow (`set: { memory.product: ... }`). */
  memory: Record<string, unknown>;
  /** Messages the shopper has sent in this session (`dialogue.turn`), so flows can tell how recent a memory is. */
  turns?: number;
  /** When the shopper, waiting for a person, was last told the team has the request (epoch ms). */
  waitingNoteAt?: number;
  /** The product cards of the last turn that showed any, so "the second one" can name one (references.ts). */
  shown?: ShownList;
}

export const HISTORY_TURNS = 15;
const MAX_OPS_PER_TURN = 500;
/** A question the shopper walked away from this many times is dropped rather than asked again. */
const MAX_DIGRESSIONS = 2;
/** Buttons a `choices` list may make (platforms cap keyboards; 15 languages must fit). */
const MAX_CHOICES = 20;

/** Emoji and symbols only ("👍", "🙏🏻", "❤️"): an acknowledgement, not a request the bot failed to understand. */
const REACTION = /^(?:[\p{Extended_Pictographic}\p{S}\p{Emoji_Modifier}\s]|\u200d|\ufe0f)+$/u;

/**
 * Laughter alone, as chat writes it across the 15 languages: haha, jaja, kkkk, rsrs, wkwk, 555 (th),
 * ㅋㅋ/ㅎㅎ (ko), 哈哈/呵呵 (zh), www/笑 (ja), хаха, ههههه, lol, mdr, xd. Not "hi" or "ok": those say something.
 */
const LAUGHTER = /^(?:(?:a?(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:ja){2,}|(?:je){2,}|k{3,}|(?:rs){2,}|(?:wk){2,}|5{3,}|[ㅋㅎ]{2,}|[哈呵嘿]{2,}|[wｗ]{3,}|笑|(?:ха){2,}|а?(?:ха){2,}|ه{3,}|lol|lmao|rofl|mdr|ptdr|xd+)[\s!.~…,?]*)+$/iu;

export function isReaction(text: string): boolean {
  const t = text.trim();
  return REACTION.test(t) || LAUGHTER.test(t);
}

/**
 * A trigger keyword in a message (both lower case). A command keyword ("/language") also matches the
 * message that starts with its bare word: Telegram delivers commands as words ("language"), and a
 * shopper on another channel may type the word alone.
 */
function keywordIn(text: string, keyword: string): boolean {
  if (text.includes(keyword)) return true;
  if (!keyword.startsWith('/')) return false;
  const bare = keyword.slice(1);
  const t = text.trim();
  return t === bare || t.startsWith(`${bare} `);
}

/** The flow a message starts by one of its trigger keywords ("/language", "🕒"), if any. */
export function keywordTrigger(flows: Iterable<CompiledFlow>, text: string, locale: string): string | undefined {
  const lower = text.toLowerCase();
  for (const f of flows) {
    const words = [...(f.triggers.keywords?.[locale] ?? []), ...(f.triggers.keywords?.any ?? [])];
    if (words.some((w) => keywordIn(lower, w.toLowerCase()))) return f.id;
  }
  return undefined;
}

export function emptyDialogue(): DialogueState {
  return { stack: [], fallbacks: 0, history: [], memory: {} };
}

export interface TurnInput {
  /** The event kind: `message`, `action`, `join`, `leave`, `install`, `start`, ... */
  kind: string;
  text: string;
  locale: string;
  understanding: Understanding;
}

export interface FlowHost {
  flows: ReadonlyMap<string, CompiledFlow>;
  actions: ActionRegistry;
  /** Confidence at or above which an intent starts a flow. */
  threshold: number;
  /** Confidence at or above which an intent interrupts a flow waiting for an answer. */
  digressionThreshold: number;
  fallbackFlow: string | undefined;
  /** Read-only values flows can see: profile, bot, channel. */
  scope: Record<string, unknown>;
  handoff(reason: string): Promise<void>;
  signal: AbortSignal;
  log: Logger;
  botId: string;
  profileId?: string;
  customer?: ActionContext['customer'];
  /** How "the second one" after a list of products is understood; none: ordinals name nothing. */
  listReference?: Omit<ListReferenceOptions, 'threshold' | 'sure'> | undefined;
  /** The products shown and the words for their attributes, read to resolve "the leather one"; none: only places and "both". */
  references?: ReferenceLookup | undefined;
}

export interface TurnOutcome {
  outputs: OutMessage[];
  /** The understanding the turn ran on: the classifier's, or with a referred product (references.ts). */
  understanding: Understanding;
  /** The flow that handled the turn (started, continued or resumed). */
  flow: string | undefined;
  handoff: boolean;
}

export class FlowRuntimeError extends ShopmateError {}

/** Runs one turn of the dialogue, mutating `state`. Throws only for errors no flow handles. */
export async function runTurn(state: DialogueState, input: TurnInput, host: FlowHost): Promise<TurnOutcome> {
  const turn = new Turn(state, input, host);
  await turn.run();
  const shown = shownProducts(turn.outputs);
  if (shown.length) state.shown = { ids: shown, turn: state.turns ?? 0 };
  const { understanding } = turn.input;
  state.history.push({ text: input.text, intent: understanding.intent, replies: turn.outputs.map((o) => o.key), at: Date.now() });
  if (state.history.length > HISTORY_TURNS) state.history.splice(0, state.history.length - HISTORY_TURNS);
  return { outputs: turn.outputs, understanding, flow: turn.flow, handoff: turn.handedOff };
}

class Turn {
  readonly outputs: OutMessage[] = [];
  flow: string | undefined;
  handedOff = false;
  #ops = 0;
  /** The message may fill an `ask` only once per turn. */
  #inputUsed = false;

  constructor(
    readonly state: DialogueState,
    public input: TurnInput,
    readonly host: FlowHost,
  ) {}

  async run(): Promise<void> {
    this.state.memory ??= {};
    if (this.input.kind === 'message' || this.input.kind === 'action') this.state.turns = (this.state.turns ?? 0) + 1;
    this.#dropStale();
    const top = this.state.stack.at(-1);
    if (this.host.listReference && this.input.kind === 'message') {
      const options = { ...this.host.listReference, threshold: this.host.threshold, sure: this.host.digressionThreshold };
      const shown = await this.#describeShown(options);
      const resolved = resolveReference(this.input.understanding, this.state, this.input.text, this.input.locale, Boolean(top?.waiting), options, shown);
      if (resolved) {
        // The intent a reference started reads the message without the words that refer (references.ts `Resolved`).
        const { rest, ...understanding } = resolved;
        this.input = { ...this.input, understanding, ...(rest === undefined ? {} : { text: rest }) };
      }
    }
    if (top?.waiting) {
      await this.#answerAsk(top);
    } else {
      this.state.stack = [];
      const start = this.#triggered();
      if (start) this.#push(start);
      else if ((this.input.kind === 'message' || this.input.kind === 'action') && !isReaction(this.input.text)) this.#fallback();
    }
    await this.#execute();
  }

  /** The products shown with their words, for "the leather one"; a shop that cannot say leaves them out of this turn. */
  async #describeShown(options: ListReferenceOptions): Promise<ShownProduct[]> {
    if (!this.host.references) return [];
    try {
      return await describeShown(this.input.understanding, this.state, this.input.locale, options, this.host.references);
    } catch (err) {
      this.host.log.warn({ err }, 'shown products could not be read; no reference by their words this turn');
      return [];
    }
  }

  /** A flow edited since the session was saved cannot resume at an old pc. */
  #dropStale(): void {
    this.state.stack = this.state.stack.filter((f) => this.host.flows.get(f.flow)?.version === f.version);
  }

  #triggered(exclude?: string, threshold = this.host.threshold): string | undefined {
    const { text, understanding, locale, kind } = this.input;
    const candidates = [...this.host.flows.values()].filter((f) => f.id !== exclude);
    if (kind === 'message' || kind === 'action') {
      const byKeyword = keywordTrigger(candidates, text, locale);
      if (byKeyword) return byKeyword;
      const { intent, confidence } = understanding;
      if (intent && confidence >= threshold) {
        return candidates.find((f) => f.triggers.intents?.includes(intent))?.id;
      }
      return undefined;
    }
    return candidates.find((f) => (f.triggers.events as string[] | undefined)?.includes(kind))?.id;
  }

  #fallback(): void {
    this.state.fallbacks++;
    if (this.host.fallbackFlow && this.host.flows.has(this.host.fallbackFlow)) this.#push(this.host.fallbackFlow);
  }

  #push(flowId: string): void {
    const flow = this.#flow(flowId);
    if (flowId !== this.host.fallbackFlow) this.state.fallbacks = 0;
    this.state.stack.push({ flow: flow.id, version: flow.version, pc: 0, vars: {}, slots: {} });
    this.flow = flow.id;
  }

  #flow(id: string): CompiledFlow {
    const flow = this.host.flows.get(id);
    if (!flow) throw new FlowRuntimeError(`unknown flow "${id}"`);
    return flow;
  }

  async #answerAsk(frame: FlowFrame): Promise<void> {
    const op = this.#flow(frame.flow).ops[frame.pc];
    if (op?.op !== 'ask' || !frame.waiting) return;
    this.flow = frame.flow;
    const filled = op.entity ? this.#fill(op, frame) : false;
    if (filled) return;
    // A message without the entity asked for cannot be the answer, so the usual threshold starts another
    // flow; a free-text answer could be anything, so only a confident intent interrupts it.
    const threshold = op.entity ? this.host.threshold : Math.max(this.host.threshold, this.host.digressionThreshold);
    const other = this.#triggered(frame.flow, threshold);
    const sameFlow = this.#triggered() === frame.flow && !this.input.understanding.forced;
    if (other && this.#flow(frame.flow).digressions) {
      // Digression: answer the other question, then come back to this ask, unless the other flow closes
      // the conversation or the shopper has already walked away from this question before.
      delete frame.waiting;
      frame.digressions = (frame.digressions ?? 0) + 1;
      if (!this.#flow(other).resumeInterrupted || frame.digressions >= MAX_DIGRESSIONS) this.state.stack = [];
      this.#push(other);
      return;
    }
    if (!op.entity && !sameFlow && this.#fill(op, frame)) return;
    // The same request again restarts a free-text question; for an entity it is an answer without one
    // ("where is my order? i don't have the number"), so it counts as a try and gets the `invalid` text.
    if (sameFlow && !op.entity) {
      delete frame.waiting;
      return;
    }
    frame.waiting.tries++;
    if (frame.waiting.tries > op.retries) {
      delete frame.waiting;
      if (op.failTarget !== undefined) frame.pc = op.failTarget;
      else {
        frame.pc = Number.MAX_SAFE_INTEGER;
        await this.#handoff('ask_failed');
      }
      return;
    }
    this.#say(op.invalid ?? op.prompt, op.vars, frame, op.buttons);
  }

  /** Fills the slot of `op` from this turn's message when it has a valid answer. */
  #fill(op: Extract<Op, { op: 'ask' }>, frame: FlowFrame): boolean {
    if (this.#inputUsed) return false;
    let value: unknown;
    if (op.entity) {
      value = this.input.understanding.entities.find((e) => e.type === op.entity)?.value;
    } else {
      const t = this.input.text.trim();
      value = t === '' ? undefined : t;
    }
    if (value === undefined) return false;
    if (op.validate && !op.validate.evaluate({ ...this.#scope(frame), value })) return false;
    frame.slots[op.slot] = value;
    delete frame.waiting;
    frame.pc++;
    this.#inputUsed = true;
    return true;
  }

  /** Fills the slot of `op` from its `default` expression, when that gives a (valid) value. */
  #fillDefault(op: Extract<Op, { op: 'ask' }>, frame: FlowFrame): boolean {
    if (!op.default) return false;
    const scope = this.#scope(frame);
    const value: unknown = op.default.evaluate(scope);
    if (value === undefined || value === null || value === '') return false;
    if (op.validate && !op.validate.evaluate({ ...scope, value })) return false;
    frame.slots[op.slot] = value;
    frame.pc++;
    return true;
  }

  async #execute(): Promise<void> {
    while (!this.handedOff) {
      const frame = this.state.stack.at(-1);
      if (!frame || frame.waiting) return;
      const flow = this.#flow(frame.flow);
      const op = flow.ops[frame.pc];
      if (!op) {
        this.state.stack.pop();
        continue;
      }
      if (++this.#ops > MAX_OPS_PER_TURN) {
        throw new FlowRuntimeError(`flow "${flow.id}" ran more than ${MAX_OPS_PER_TURN} steps in one turn (${op.at.file}:${op.at.line})`);
      }
      await this.#step(frame, op);
    }
  }

  async #step(frame: FlowFrame, op: Op): Promise<void> {
    switch (op.op) {
      case 'say':
        this.#say(op.key, op.vars, frame, [...(op.buttons ?? []), ...this.#choices(op.choices, frame)], op.products?.evaluate(this.#scope(frame)));
        frame.pc++;
        return;
      case 'ask':
        if (op.entity && this.#fill(op, frame)) return;
        if (this.#fillDefault(op, frame)) return;
        this.#say(op.prompt, op.vars, frame, op.buttons);
        frame.waiting = { slot: op.slot, tries: 0 };
        this.flow = frame.flow;
        return;
      case 'jumpUnless':
        frame.pc = op.cond.evaluate(this.#scope(frame)) ? frame.pc + 1 : op.target;
        return;
      case 'jump':
        frame.pc = op.target;
        return;
      case 'call':
        await this.#call(frame, op);
        return;
      case 'set':
        for (const [k, v] of Object.entries(op.values(this.#scope(frame)))) {
          if (k.startsWith('memory.')) this.state.memory[k.slice(7)] = v;
          else frame.vars[k] = v;
        }
        frame.pc++;
        return;
      case 'goto':
        this.state.stack.pop();
        this.#push(op.flow);
        return;
      case 'handoff':
        await this.#handoff(op.reason ?? 'flow', op.say);
        return;
      case 'end':
        this.state.stack.pop();
        return;
      default: {
        const never: never = op;
        throw new FlowRuntimeError(`unhandled op ${JSON.stringify(never)}`);
      }
    }
  }

  async #call(frame: FlowFrame, op: Extract<Op, { op: 'call' }>): Promise<void> {
    const args = op.with ? op.with(this.#scope(frame)) : {};
    try {
      const result = await this.host.actions.run(op.action, args, {
        botId: this.host.botId, locale: this.input.locale, signal: this.host.signal, log: this.host.log,
        ...(this.host.profileId ? { profileId: this.host.profileId } : {}),
        ...(this.host.customer ? { customer: this.host.customer } : {}),
      }, op.timeoutMs);
      if (op.as) frame.vars[op.as] = result ?? null;
      delete frame.vars.error;
      frame.pc++;
    } catch (err) {
      if (op.errorTarget === undefined) throw err;
      const code = err instanceof ActionError ? err.code : 'failed';
      this.host.log.warn({ err, action: op.action, at: `${op.at.file}:${op.at.line}` }, 'action failed; taking on_error');
      frame.vars.error = { code, message: (err as Error).message };
      frame.pc = op.errorTarget;
    }
  }

  async #handoff(reason: string, say = 'handoff.waiting'): Promise<void> {
    await this.host.handoff(reason);
    this.outputs.push({ key: say, vars: {} });
    this.state.stack = [];
    this.handedOff = true;
  }

  #say(key: string, vars: ((s: object) => Record<string, unknown>) | undefined, frame: FlowFrame, buttons?: ButtonSpec[], products?: unknown): void {
    this.outputs.push({
      key,
      vars: vars ? vars(this.#scope(frame)) : {},
      ...(buttons?.length ? { buttons } : {}),
      ...(Array.isArray(products) && products.length ? { products } : {}),
    });
  }

  /** Buttons of `say.choices`: one per item of the list (at most 20), labels shown as they are. */
  #choices(choices: Choices | undefined, frame: FlowFrame): ButtonSpec[] {
    if (!choices) return [];
    const scope = this.#scope(frame);
    const items = choices.from.evaluate(scope);
    if (!Array.isArray(items)) return [];
    return items.slice(0, MAX_CHOICES).map((item: unknown) => {
      const s = { ...scope, item };
      return { label: stringify(choices.label.render(s)), value: stringify(choices.value.render(s)), literal: true };
    });
  }

  #scope(frame: FlowFrame): Record<string, unknown> {
    const u = this.input.understanding;
    const entities: Record<string, unknown> = {};
    for (const e of u.entities) if (!(e.type in entities)) entities[e.type] = e.value;
    // Every product the message names (or a comparison weighs), in order: `entities.product` is the first.
    entities.products = [...new Set(u.entities.filter((e) => e.type === 'product').map((e) => e.value))];
    // "If I order today, will it arrive by Friday?": every day the message names, in order.
    entities.datetimes = u.entities.filter((e) => e.type === 'datetime').map((e) => e.value);
    // Where each product was named, so a basket can tell "2 phone cases" (one kind) from "X1 and Boom 5" (core/shop/basket.ts).
    entities.product_mentions = u.entities.filter((e) => e.type === 'product').map((e) => ({ id: e.value, start: e.start, end: e.end }));
    // "where are SM100236 and SM100244?": every order number, in order, each once.
    entities.order_ids = [...new Set(u.entities.filter((e) => e.type === 'order_id').map((e) => e.value))];
    return {
      ...this.host.scope,
      ...frame.vars,
      slots: frame.slots,
      text: this.input.text,
      locale: this.input.locale,
      intent: u.intent,
      confidence: u.confidence,
      offTopic: u.offTopic === true,
      entities,
      history: this.state.history,
      memory: this.state.memory,
      dialogue: {
        fallbacks: this.state.fallbacks, depth: this.state.stack.length, turn: this.state.turns ?? 0,
        // The product cards last shown and the turn they were shown in ("can I use SAVE15 on these?").
        shown: this.state.shown?.ids ?? [], shown_turn: this.state.shown?.turn ?? null,
      },
    };
  }
}
