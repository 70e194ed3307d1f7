import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/model/errors.js';
import { openAdapter, SECRET, TOKEN } from './helpers.js';

async function boot(config: Record<string, unknown>, env: Record<string, string> = {}, publicUrl?: string): Promise<void> {
  const { close } = await openAdapter({ config, env, ...(publicUrl ? { publicUrl } : {}) });
  await close();
}

describe('telegram channel configuration', () => {
  it('needs the token variable the YAML names, holding a bot token', async () => {
    await expect(boot({ token_env: 'MY_TG_TOKEN' })).rejects.toThrow(/channels\.telegram\.token_env: environment variable MY_TG_TOKEN is not set/);
    await expect(boot({}, { TELEGRAM_BOT_TOKEN: 'not-a-token' })).rejects.toThrow(ConfigError);
    await expect(boot({}, { TELEGRAM_BOT_TOKEN: TOKEN })).resolves.toBeUndefined();
  });

  it('never prints the token', async () => {
    const error = await boot({}, { TELEGRAM_BOT_TOKEN: 'not-a-token' }).then(() => undefined, (err: unknown) => err as Error);
    expect(error?.message).toMatch(/does not hold a bot token/);
    expect(error?.message).not.toContain('not-a-token');
  });

  it('needs a secret and a public URL in webhook mode', async () => {
    await expect(boot({ mode: 'webhook' }, { TELEGRAM_BOT_TOKEN: TOKEN })).rejects.toThrow(/secret_token_env: .*TELEGRAM_WEBHOOK_SECRET is not set/);
    await expect(boot({ mode: 'webhook' }, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: 'has spaces' })).rejects.toThrow(/secret_token_env/);
    await expect(boot({ mode: 'webhook' }, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET })).rejects.toThrow(/SHOPMATE_PUBLIC_URL/);
    await expect(boot({ mode: 'webhook' }, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET }, 'https://shop.example')).resolves.toBeUndefined();
    await expect(boot({ mode: 'webhook', register_webhook: false }, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET })).resolves.toBeUndefined();
  });

  it('names the file and the field of a wrong setting', async () => {
    await expect(boot({ mode: 'websocket' }, { TELEGRAM_BOT_TOKEN: TOKEN })).rejects.toThrow(/bots\/demo-shop\.yaml: channels\.telegram\.mode/);
    await expect(boot({ tokn_env: 'X' }, { TELEGRAM_BOT_TOKEN: TOKEN })).rejects.toThrow(/tokn_env/);
    await expect(boot({ api_root: 'ftp://example' }, { TELEGRAM_BOT_TOKEN: TOKEN })).rejects.toThrow(/api_root/);
  });

  it('is what the demo bot\'s YAML enables with `enabled: true`', async () => {
    // bots/demo-shop.yaml carries `telegram: { enabled: false, token_env: TELEGRAM_BOT_TOKEN }`.
    await expect(boot({ token_env: 'TELEGRAM_BOT_TOKEN' }, { TELEGRAM_BOT_TOKEN: TOKEN })).resolves.toBeUndefined();
  });
});
