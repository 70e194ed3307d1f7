/** The demo's opt-out flow: a message the NLU is unsure about is asked about before anything changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { compileFlow, type CompiledFlow } from '../../../core/flow/compile.js';
import { emptyDialogue, runTurn, type FlowHost } from '../../../core/flow/runtime.js';
import { parseIntentValue } from '../../../core/pipeline/stages/understand.js';
import { createLogger } from '../../../core/util/log.js';
import { readYamlFile } from '../../../core/util/yaml-file.js';
import { ROOT } from '../../helpers/chat.js';

const file = join(ROOT, 'flows/unsubscribe.yaml');
const source = readFileSync(file, 'utf8');

function setup() {
  const optOuts: unknown[] = [];
  const actions = new ActionRegistry().register('profile.optOut', (args) => {
    optOuts.push(args);
    return Promise.resolve(true);
  });
  const flows = new Map<string, CompiledFlow>([['unsubscribe', compileFlow(readYamlFile(file, source), source)]]);
  const host: FlowHost = {
    flows, actions, threshold: 0.45, digressionThreshold: 0.75, fallbackFlow: undefined, scope: {},
    handoff: () => Promise.resolve(), signal: new AbortController().signal, log: createLogger({ level: 'silent' }), botId: 'test',
  };
  const state = emptyDialogue();
  const turn = async (text: string, confidence: number) => {
    const understanding = parseIntentValue(text) ?? { intent: 'unsubscribe', confidence, ranking: [], entities: [] };
    const out = await runTurn(state, { kind: 'message', text, locale: 'en', understanding }, host);
    return out.outputs;
  };
  return { optOuts, turn };
}

describe('the unsubscribe flow', () => {
  it('opts out at once when the NLU is sure', async () => {
    const { optOuts, turn } = setup();
    expect((await turn('stop sending me promos', 0.97)).map((o) => o.key)).toEqual(['unsubscribe.done']);
    expect(optOuts).toHaveLength(1);
  });

  it('asks first when it is not, and opts out only on "yes"', async () => {
    const { optOuts, turn } = setup();
    const asked = await turn('i dont have the number rn', 0.6);
    expect(asked.map((o) => o.key)).toEqual(['unsubscribe.confirm']);
    expect(optOuts).toHaveLength(0);
    const [yes, no] = asked[0]!.buttons!;
    expect((await turn(no!.value!, 1)).map((o) => o.key)).toEqual(['unsubscribe.kept']);
    expect(optOuts).toHaveLength(0);
    expect((await turn(yes!.value!, 1)).map((o) => o.key)).toEqual(['unsubscribe.done']);
    expect(optOuts).toHaveLength(1);
  });
});
