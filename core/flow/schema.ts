import { z } from 'zod';

/** The YAML shape of flows. Steps are validated one kind at a time (see loader.ts) for precise errors. */

const i18nKey = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'expected an i18n key like "order.ask_id" (text lives in locales/)');
const templates = z.record(z.string(), z.unknown());

export const ButtonSchema = z.strictObject({
  label: i18nKey,
  value: z.string().optional(),
  url: z.string().optional(),
  id: z.string().optional(),
  /** The button answers a yes/no question: a typed "yes" ("да", "はい", "evet") or "no" presses it. */
  answers: z.enum(['yes', 'no']).optional(),
});

export const STEP_KINDS = ['say', 'ask', 'if', 'call', 'set', 'goto', 'handoff', 'end'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const StepSchemas = {
  say: z.strictObject({
    say: i18nKey,
    vars: templates.optional(),
    buttons: z.array(ButtonSchema).optional(),
    /** An expression giving product ids (or objects with `id`) to show as product cards. */
    products: z.string().optional(),
    /**
     * Buttons made from a list: `from` is an expression giving the items; `label` and `value` are
     * templates over each `item` (the label is shown as is, not looked up in locales/).
     */
    choices: z.strictObject({ from: z.string().min(1), label: z.string().min(1), value: z.string().min(1) }).optional(),
  }),
  ask: z.strictObject({
    ask: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'slot names are lowercase identifiers'),
    prompt: i18nKey,
    vars: templates.optional(),
    entity: z.enum(['order_id', 'phone', 'email', 'money', 'quantity', 'datetime', 'product', 'number', 'ordinal']).optional(),
    /** Expression over `value` (and the scope) that must be true for the answer to be accepted. */
    validate: z.string().optional(),
    /**
     * An expression giving the answer when the message holds none (the order the shopper just asked
     * about: `default: "memory.order_id"`): the slot is filled without asking. null or "" asks as usual.
     */
    default: z.string().optional(),
    invalid: i18nKey.optional(),
    retries: z.number().int().min(0).max(10).default(2),
    buttons: z.array(ButtonSchema).optional(),
    on_fail: z.array(z.unknown()).optional(),
  }),
  if: z.strictObject({
    if: z.string().min(1),
    then: z.array(z.unknown()),
    else: z.array(z.unknown()).optional(),
  }),
  call: z.strictObject({
    call: z.string().regex(/^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, 'expected an action name like "shop.getOrder"'),
    with: templates.optional(),
    as: z.string().regex(/^[a-z_][A-Za-z0-9_]*$/).optional(),
    timeout_ms: z.number().int().positive().max(60_000).optional(),
    on_error: z.array(z.unknown()).optional(),
  }),
  /** `set: { x: expr }` sets a flow variable; `memory.x` is kept across flows for the conversation (e.g. the product being discussed). */
  set: z.strictObject({ set: z.record(z.string().regex(/^(memory\.)?[a-z_][A-Za-z0-9_]*$/, 'expected a variable name, or memory.<name>'), z.unknown()) }),
  goto: z.strictObject({ goto: z.string().min(1) }),
  handoff: z.strictObject({
    handoff: z.union([z.literal(true), z.strictObject({ reason: z.string().optional(), say: i18nKey.optional() })]),
  }),
  end: z.strictObject({ end: z.literal(true) }),
} as const;

export type SayStep = z.infer<typeof StepSchemas.say>;
export type AskStep = z.infer<typeof StepSchemas.ask>;
export type CallStep = z.infer<typeof StepSchemas.call>;

export const FlowSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'flow ids are lowercase identifiers'),
  description: z.string().optional(),
  triggers: z.strictObject({
    intents: z.array(z.string()).optional(),
    /** Per-locale keywords (or `any` for all locales); a message containing one starts the flow. */
    keywords: z.record(z.string(), z.array(z.string().min(1))).optional(),
    events: z.array(z.enum(['join', 'leave', 'install', 'uninstall', 'start'])).optional(),
  }).default({}),
  /** Whether another flow may interrupt this one and then resume it (default true). */
  digressions: z.boolean().default(true),
  /**
   * Whether a flow this one interrupted resumes after it (default true). `false` for flows that close
   * the conversation ("bye", "thanks"): the question the shopper walked away from is not asked again.
   */
  resume_interrupted: z.boolean().default(true),
  steps: z.array(z.unknown()).min(1, 'a flow needs at least one step'),
});

export type FlowFile = z.infer<typeof FlowSchema>;
