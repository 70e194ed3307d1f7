import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Button } from '../model/elements.js';
import { compileExpression, compileTemplate, compileTemplateMap, ExpressionError, type Expression, type Template } from './expressions.js';
import { FlowSchema, STEP_KINDS, StepSchemas, type StepKind } from './schema.js';
import { parseWith, type YamlFile } from '../util/yaml-file.js';
import type { EntityType } from '../nlu/types.js';

export interface Position { file: string; line: number; column: number }
type Scoped = (scope: object) => Record<string, unknown>;
/** A button: `label` is an i18n key, unless `literal` (a label made by `choices`, shown as is). */
export interface ButtonSpec { label: string; value?: string; url?: string; id?: string; literal?: boolean; answers?: 'yes' | 'no' }
/** Buttons made from a list at run time (`say.choices`). */
export interface Choices { from: Expression; label: Template; value: Template }

/** Flows compile to a flat list of ops with jumps, so a paused flow is just (flow, pc): easy to persist. */
export type Op =
  | { op: 'say'; at: Position; key: string; vars?: Scoped; buttons?: ButtonSpec[]; products?: Expression; choices?: Choices }
  | { op: 'ask'; at: Position; slot: string; prompt: string; vars?: Scoped; entity?: EntityType; validate?: Expression; default?: Expression; invalid?: string; retries: number; buttons?: ButtonSpec[]; failTarget?: number }
  | { op: 'jumpUnless'; at: Position; cond: Expression; target: number }
  | { op: 'jump'; at: Position; target: number }
  | { op: 'call'; at: Position; action: string; with?: Scoped; as?: string; timeoutMs?: number; errorTarget?: number }
  | { op: 'set'; at: Position; values: Scoped }
  | { op: 'goto'; at: Position; flow: string }
  | { op: 'handoff'; at: Position; reason?: string; say?: string }
  | { op: 'end'; at: Position };

export interface CompiledFlow {
  id: string;
  file: string;
  version: string;
  triggers: z.infer<typeof FlowSchema>['triggers'];
  digressions: boolean;
  resumeInterrupted: boolean;
  ops: Op[];
}

type Path = (string | number)[];

/** Validates and compiles one flow file. Errors are ConfigErrors with file:line:column. */
export function compileFlow(file: YamlFile, source: string): CompiledFlow {
  const flow = parseWith(file, FlowSchema);
  const ops: Op[] = [];
  const pos = (path: Path): Position => ({ file: file.path, ...file.position(path) });

  const guard = <T>(path: Path, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ExpressionError) throw file.error(err.message, path);
      throw err;
    }
  };

  const block = (steps: unknown[], path: Path): void => {
    steps.forEach((raw, i) => step(raw, [...path, i]));
  };

  const step = (raw: unknown, path: Path): void => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw file.error(`a step must be a mapping with one of: ${STEP_KINDS.join(', ')}`, path);
    }
    const kinds = STEP_KINDS.filter((k) => k in raw);
    if (kinds.length !== 1) {
      const keys = Object.keys(raw).join(', ') || 'nothing';
      throw file.error(
        kinds.length === 0
          ? `unknown step (has ${keys}); expected one of: ${STEP_KINDS.join(', ')}`
          : `a step has exactly one kind, found ${kinds.join(' and ')}`,
        path,
      );
    }
    emit(kinds[0]!, raw, path);
  };

  const emit = (kind: StepKind, raw: object, path: Path): void => {
    const at = pos(path);
    switch (kind) {
      case 'say': {
        const s = parseWith(file, StepSchemas.say, raw, path);
        ops.push({
          op: 'say', at, key: s.say,
          ...(s.vars ? { vars: guard([...path, 'vars'], () => compileTemplateMap(s.vars!)) } : {}),
          ...(s.buttons ? { buttons: s.buttons.map(stripUndefined) } : {}),
          ...(s.products ? { products: guard([...path, 'products'], () => compileExpression(s.products!)) } : {}),
          ...(s.choices ? { choices: guard([...path, 'choices'], () => ({
            from: compileExpression(s.choices!.from), label: compileTemplate(s.choices!.label), value: compileTemplate(s.choices!.value),
          })) } : {}),
        });
        return;
      }
      case 'ask': {
        const s = parseWith(file, StepSchemas.ask, raw, path);
        const op: Extract<Op, { op: 'ask' }> = {
          op: 'ask', at, slot: s.ask, prompt: s.prompt, retries: s.retries,
          ...(s.vars ? { vars: guard([...path, 'vars'], () => compileTemplateMap(s.vars!)) } : {}),
          ...(s.entity ? { entity: s.entity } : {}),
          ...(s.validate ? { validate: guard([...path, 'validate'], () => compileExpression(s.validate!)) } : {}),
          ...(s.default ? { default: guard([...path, 'default'], () => compileExpression(s.default!)) } : {}),
          ...(s.invalid ? { invalid: s.invalid } : {}),
          ...(s.buttons ? { buttons: s.buttons.map(stripUndefined) } : {}),
        };
        ops.push(op);
        if (s.on_fail) {
          const skip: Extract<Op, { op: 'jump' }> = { op: 'jump', at, target: -1 };
          ops.push(skip);
          op.failTarget = ops.length;
          block(s.on_fail, [...path, 'on_fail']);
          skip.target = ops.length;
        }
        return;
      }
      case 'if': {
        const s = parseWith(file, StepSchemas.if, raw, path);
        const cond = guard([...path, 'if'], () => compileExpression(s.if));
        const test: Extract<Op, { op: 'jumpUnless' }> = { op: 'jumpUnless', at, cond, target: -1 };
        ops.push(test);
        block(s.then, [...path, 'then']);
        if (s.else) {
          const skip: Extract<Op, { op: 'jump' }> = { op: 'jump', at, target: -1 };
          ops.push(skip);
          test.target = ops.length;
          block(s.else, [...path, 'else']);
          skip.target = ops.length;
        } else {
          test.target = ops.length;
        }
        return;
      }
      case 'call': {
        const s = parseWith(file, StepSchemas.call, raw, path);
        const op: Extract<Op, { op: 'call' }> = {
          op: 'call', at, action: s.call,
          ...(s.with ? { with: guard([...path, 'with'], () => compileTemplateMap(s.with!)) } : {}),
          ...(s.as ? { as: s.as } : {}),
          ...(s.timeout_ms ? { timeoutMs: s.timeout_ms } : {}),
        };
        ops.push(op);
        if (s.on_error) {
          const skip: Extract<Op, { op: 'jump' }> = { op: 'jump', at, target: -1 };
          ops.push(skip);
          op.errorTarget = ops.length;
          block(s.on_error, [...path, 'on_error']);
          skip.target = ops.length;
        }
        return;
      }
      case 'set': {
        const s = parseWith(file, StepSchemas.set, raw, path);
        ops.push({ op: 'set', at, values: guard([...path, 'set'], () => compileTemplateMap(s.set)) });
        return;
      }
      case 'goto': {
        const s = parseWith(file, StepSchemas.goto, raw, path);
        ops.push({ op: 'goto', at, flow: s.goto });
        return;
      }
      case 'handoff': {
        const s = parseWith(file, StepSchemas.handoff, raw, path);
        const h = s.handoff === true ? {} : s.handoff;
        ops.push({ op: 'handoff', at, ...(h.reason ? { reason: h.reason } : {}), ...(h.say ? { say: h.say } : {}) });
        return;
      }
      case 'end':
        parseWith(file, StepSchemas.end, raw, path);
        ops.push({ op: 'end', at });
        return;
      default: {
        const never: never = kind;
        throw new Error(`unhandled step kind ${String(never)}`);
      }
    }
  };

  block(flow.steps, ['steps']);
  return {
    id: flow.id,
    file: file.path,
    version: createHash('sha1').update(source).digest('hex').slice(0, 12),
    triggers: flow.triggers,
    digressions: flow.digressions,
    resumeInterrupted: flow.resume_interrupted,
    ops,
  };
}

function stripUndefined(b: { label: string; value?: string | undefined; url?: string | undefined; id?: string | undefined; answers?: 'yes' | 'no' | undefined }): ButtonSpec {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as ButtonSpec;
}

export type { Button };
