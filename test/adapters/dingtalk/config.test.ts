import { describe, expect, it } from 'vitest';
import create from '../../../adapters/dingtalk/index.js';
import type { AdapterContext } from '../../../core/model/adapter.js';
import { ConfigError } from '../../../core/model/errors.js';
import { createLogger } from '../../../core/util/log.js';

/** Only what the factory reads before `start()`. */
function context(config: Record<string, unknown>, env: Record<string, string>): AdapterContext {
  return { botId: 'demo-shop', config, env, log: createLogger({ level: 'silent' }), store: { sessions: {} } } as unknown as AdapterContext;
}

const env = { DINGTALK_CLIENT_ID: 'dingid', DINGTALK_CLIENT_SECRET: 'secret' };

describe('DingTalk channel settings', () => {
  it('reads credentials from the environment variables the YAML names, with the robot code defaulting to the client id', async () => {
    const adapter = await create(context({}, env));
    expect(adapter.platform).toBe('dingtalk');
    const custom = await create(context({ client_id_env: 'SHOP_DT_ID', client_secret_env: 'SHOP_DT_SECRET', robot_code_env: 'SHOP_DT_ROBOT' }, { SHOP_DT_ID: 'a', SHOP_DT_SECRET: 'b', SHOP_DT_ROBOT: 'dingrobot' }));
    expect((custom as unknown as { api: { robotCode: string } }).api.robotCode).toBe('dingrobot');
    expect((adapter as unknown as { api: { robotCode: string } }).api.robotCode).toBe('dingid');
  });

  it('says which variable is missing and which setting is wrong', () => {
    expect(() => create(context({}, { DINGTALK_CLIENT_ID: 'x' }))).toThrow(new ConfigError('channels.dingtalk.client_secret_env: environment variable DINGTALK_CLIENT_SECRET is not set', 'bots/demo-shop.yaml'));
    expect(() => create(context({ gateway_url: 'not a url' }, env))).toThrow(/channels\.dingtalk\.gateway_url: /);
    expect(() => create(context({ client_id: 'inline-secrets-are-refused' }, env))).toThrow(ConfigError);
    expect(() => create(context({ reconnect: { initial_ms: 5_000, max_ms: 1_000 } }, env))).toThrow(/reconnect/);
  });
});
