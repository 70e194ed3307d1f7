import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../model/errors.js';
import { readYamlFile } from '../util/yaml-file.js';
import { compileFlow, type CompiledFlow } from './compile.js';

/** Loads and compiles every `*.yaml` flow in `dir`. Duplicate ids and unknown `goto` targets are errors. */
export function loadFlows(dir: string): Map<string, CompiledFlow> {
  if (!existsSync(dir)) throw new ConfigError('flows folder not found', dir);
  const flows = new Map<string, CompiledFlow>();
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const flow = compileFlow(readYamlFile(path, source), source);
    const dup = flows.get(flow.id);
    if (dup) throw new ConfigError(`flow id "${flow.id}" is also defined in ${dup.file}`, path, 1, 1);
    flows.set(flow.id, flow);
  }
  for (const flow of flows.values()) {
    for (const op of flow.ops) {
      if (op.op === 'goto' && !flows.has(op.flow)) {
        throw new ConfigError(`goto: unknown flow "${op.flow}"`, op.at.file, op.at.line, op.at.column);
      }
    }
  }
  return flows;
}

/** Every i18n key a flow can say, with where it is used (for `shopmate validate`). */
export function flowKeys(flow: CompiledFlow): { key: string; at: CompiledFlow['ops'][number]['at'] }[] {
  const out: { key: string; at: CompiledFlow['ops'][number]['at'] }[] = [];
  for (const op of flow.ops) {
    if (op.op === 'say') out.push({ key: op.key, at: op.at });
    if (op.op === 'ask') {
      out.push({ key: op.prompt, at: op.at });
      if (op.invalid) out.push({ key: op.invalid, at: op.at });
    }
    if (op.op === 'handoff' && op.say) out.push({ key: op.say, at: op.at });
    if ((op.op === 'say' || op.op === 'ask') && op.buttons) for (const b of op.buttons) out.push({ key: b.label, at: op.at });
  }
  return out;
}
