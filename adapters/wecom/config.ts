import { z } from 'zod';
import { ConfigError } from '../../core/model/errors.js';

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name like WECOM_SECRET');

/** `channels.wecom` with `mode: callback`: a self-built app (自建应用) receiving callbacks at `/channels/wecom/<botId>`. */
const CallbackConfigSchema = z.strictObject({
  mode: z.literal('callback').default('callback'),
  corp_id_env: envName.default('WECOM_CORP_ID'),
  agent_id_env: envName.default('WECOM_AGENT_ID'),
  secret_env: envName.default('WECOM_SECRET'),
  token_env: envName.default('WECOM_TOKEN'),
  encoding_aes_key_env: envName.default('WECOM_ENCODING_AES_KEY'),
  /** The API host; tests point it at a local fake. */
  api_base: z.url().default('https://qyapi.weixin.qq.com'),
  api_timeout_ms: z.number().int().positive().max(30_000).default(5_000),
  /** A callback whose timestamp is further than this from our clock is refused (replay protection). */
  max_clock_skew_s: z.number().int().positive().max(3_600).default(300),
  max_body_bytes: z.number().int().positive().max(1_048_576).default(65_536),
});

/** `channels.wecom` with `mode: aibot`: a WeCom intelligent robot (智能机器人) over WeCom's WebSocket, no public URL needed. */
const AibotConfigSchema = z.strictObject({
  mode: z.literal('aibot'),
  bot_id_env: envName.default('WECOM_BOT_ID'),
  bot_secret_env: envName.default('WECOM_BOT_SECRET'),
  /** WeCom's long-connection gateway; private deployments and tests override it. */
  ws_url: z.string().regex(/^wss?:\/\//, 'expected a ws:// or wss:// URL').default('wss://openws.work.weixin.qq.com'),
  /** The robot's display name, stripped from the start of group messages (`@name question`). */
  bot_name: z.string().min(1).optional(),
  heartbeat_ms: z.number().int().min(1_000).default(30_000),
});

export type CallbackConfig = z.infer<typeof CallbackConfigSchema>;
export type AibotConfig = z.infer<typeof AibotConfigSchema>;

/** Credentials of a self-built app, read from the environment variables the YAML names. */
export interface AppCredentials {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  encodingAesKey: string;
}

export interface AibotCredentials {
  botId: string;
  secret: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function need(env: Env, name: string, field: string): string {
  const v = env[name]?.trim();
  if (!v) throw new ConfigError(`channels.wecom.${field}: environment variable ${name} is not set`, 'bots/');
  return v;
}

export function appCredentials(config: CallbackConfig, env: Env): AppCredentials {
  const agent = need(env, config.agent_id_env, 'agent_id_env');
  if (!/^\d+$/.test(agent)) throw new ConfigError(`channels.wecom.agent_id_env: ${config.agent_id_env} must be the app's numeric AgentId`, 'bots/');
  const encodingAesKey = need(env, config.encoding_aes_key_env, 'encoding_aes_key_env');
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new ConfigError(`channels.wecom.encoding_aes_key_env: ${config.encoding_aes_key_env} must be the 43-character EncodingAESKey`, 'bots/');
  }
  return {
    corpId: need(env, config.corp_id_env, 'corp_id_env'),
    agentId: Number(agent),
    secret: need(env, config.secret_env, 'secret_env'),
    token: need(env, config.token_env, 'token_env'),
    encodingAesKey,
  };
}

export function aibotCredentials(config: AibotConfig, env: Env): AibotCredentials {
  return { botId: need(env, config.bot_id_env, 'bot_id_env'), secret: need(env, config.bot_secret_env, 'bot_secret_env') };
}

/** Validates `channels.wecom`; a bad value names the field. */
export function parseConfig(raw: Record<string, unknown>): CallbackConfig | AibotConfig {
  const parsed = raw.mode === 'aibot' ? AibotConfigSchema.safeParse(raw) : CallbackConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(`channels.wecom${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`, 'bots/');
}
