import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../../core/flow/compile.js';
import { readYamlFile } from '../../../core/util/yaml-file.js';
import { ConfigError } from '../../../core/model/errors.js';

const compile = (src: string) => compileFlow(readYamlFile('flows/test.yaml', src), src);
const errorOf = (src: string): ConfigError => {
  try {
    compile(src);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a validation error');
};

describe('flow validation', () => {
  it('compiles a valid flow into ops with jumps', () => {
    const flow = compile(`id: t
steps:
  - ask: order_id
    prompt: order.ask_id
    entity: order_id
  - if: "order == null"
    then: [ { say: order.not_found } ]
    else: [ { say: order.status } ]
`);
    expect(flow.ops.map((o) => o.op)).toEqual(['ask', 'jumpUnless', 'say', 'jump', 'say']);
  });

  it('points at broken YAML syntax', () => {
    const e = errorOf('id: t\nsteps:\n  - say: [unclosed\n');
    expect(e.message).toMatch(/^flows\/test\.yaml:\d+:\d+: YAML syntax/);
  });

  it('names file, line and column of an unknown step', () => {
    const e = errorOf('id: t\nsteps:\n  - say: core.apology\n  - shout: core.apology\n');
    expect(e.message).toContain('flows/test.yaml:4:5');
    expect(e.message).toMatch(/unknown step .*shout.*expected one of: say, ask/);
    expect([e.line, e.column]).toEqual([4, 5]);
  });

  it('rejects literal text where an i18n key is expected, at its line', () => {
    const e = errorOf('id: t\nsteps:\n  - say: Hello there!\n');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/i18n key/);
  });

  it('rejects a bad expression with its position', () => {
    const e = errorOf('id: t\nsteps:\n  - say: core.apology\n  - if: "order == == null"\n    then: [ { end: true } ]\n');
    expect(e.message).toMatch(/flows\/test\.yaml:4:\d+: invalid expression/);
  });

  it('rejects a step with two kinds, a missing field and unknown keys', () => {
    expect(errorOf('id: t\nsteps:\n  - say: a.b\n    goto: x\n').message).toMatch(/exactly one kind, found say and goto/);
    expect(errorOf('id: t\nsteps:\n  - ask: order_id\n').message).toMatch(/flows\/test\.yaml:3:\d+: .*prompt/);
    expect(errorOf('id: t\nsteps:\n  - say: a.b\n    colour: red\n').message).toMatch(/colour/);
  });

  it('rejects a flow without steps and a bad id', () => {
    expect(errorOf('id: t\nsteps: []\n').message).toMatch(/at least one step/);
    expect(errorOf('id: Bad-Id\nsteps: [ { end: true } ]\n').message).toMatch(/flows\/test\.yaml:1:5/);
  });
});
