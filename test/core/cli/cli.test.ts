import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';

const dirs: { remove(): void }[] = [];
afterAll(() => dirs.forEach((d) => d.remove()));

function shopmate(args: string[], input = '', cwd = ROOT) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/shopmate.js'), ...args], {
    cwd, input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyProject(): string {
  const d = tempDir();
  dirs.push(d);
  for (const f of ['bots', 'flows', 'locales']) cpSync(join(ROOT, f), join(d.path, f), { recursive: true });
  return d.path;
}

describe('shopmate CLI', () => {
  it('validate passes on the repository', () => {
    const r = shopmate(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: 1 bots, \d+ flows, 15 locales, \d+ keys/);
  });

  it('validate exits 1 with file:line:column on a broken flow', () => {
    const root = copyProject();
    const file = join(root, 'flows', 'order_status.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('if: "order == null"', 'if: "order == == null"'));
    const r = shopmate(['--root', root, 'validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/flows\/order_status\.yaml:\d+:\d+: invalid expression/);
  });

  it('validate reports a key missing in one locale, where it is used', () => {
    const root = copyProject();
    const file = join(root, 'locales', 'ko', 'coupon.json');
    writeFileSync(file, '{}\n');
    const r = shopmate(['--root', root, 'validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/flows\/coupon\.yaml:\d+:\d+: key "coupon\.ended" is missing in locales\/ko/);
  });

  it('chat --json prints one line per turn with intent, confidence, flow and replies', () => {
    const root = copyProject();
    // Reuse the shared model cache so the CLI does not retrain.
    cpSync(MODELS_DIR, join(root, 'data', 'models'), { recursive: true });
    const r = shopmate(['--root', root, 'chat', '--bot', 'demo-shop', '--json', '--locale', 'en'], "hello\nwhere's my order?\nSM100234\n");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { intent: string; confidence: number; flow: string; replies: { type: string; text?: string }[] });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ intent: 'greeting', flow: 'greeting' });
    expect(lines[1]).toMatchObject({ intent: 'order_status', flow: 'order_status' });
    expect(lines[1]!.confidence).toBeGreaterThan(0.45);
    expect(lines[2]!.flow).toBe('order_status');
    expect(lines[2]!.replies[0]!.text).toContain('SM100234');
  });
});
